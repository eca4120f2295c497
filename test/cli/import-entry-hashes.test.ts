import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const project = (title: string, text: string): string => `  <project cat="proj">\n    <title>${title}</title>\n    <body><p>${text}</p></body>\n  </project>\n`;
const REPORT =
  '<?xml version="1.0" encoding="utf-8"?>\n<report>\n  <date><month>April-June</month><year>2032</year></date>\n' +
  '  <category><name>proj</name><description>Projects</description></category>\n' +
  project('Loom Controller', 'The loom controller weaves two threads at once.') +
  project('Spindle Sensors', 'Spindle sensors report their speed.') +
  '</report>\n';

const ID = '2032-04-2032-06';

function source(): string {
  const src = tempDir('kb-hashes-src-');
  writeFileSync(path.join(src, `report-${ID}.xml`), REPORT);
  return src;
}

const edit = (file: string, change: (text: string) => string): void => writeFileSync(file, change(readFileSync(file, 'utf8')));
const pin = (slug: string) => (text: string) => text.replace(/^category: (.*)$/m, `category: $1\nproject: ${slug}`);
/** The warnings a run counts (the source's own: no authors.ent beside the XML). */
const warnings = (stdout: string): number => Number(/(\d+) warnings?\n/.exec(stdout)?.[1]);
const lineOf = (file: string, line: string): number => readFileSync(file, 'utf8').split('\n').indexOf(line) + 1;

describe('kb import and kb check over what an editor changed', () => {
  it("say a pin to a slug no project has at its line, and an edit of a report's _report.md", () => {
    const out = tempDir('kb-hashes-out-');
    const src = source();
    const first = runKb(['import', src, '--out', out]);
    expect(first.status).toBe(0);
    const loom = path.join(out, ID, 'loom-controller.md');
    edit(loom, pin('weaving-machines'));
    edit(path.join(out, ID, '_report.md'), (text) => text.replace(/^title: (.*)$/m, 'title: Our Quarter'));
    const line = lineOf(loom, 'project: weaving-machines');
    expect(line).toBeGreaterThan(1);
    const said =
      'pin to "weaving-machines", which no project has: it makes /projects/weaving-machines a project of the entries pinned to it, out of the projects the threading gives them, ' +
      'and kb import publishes the slug for good; pin a project that exists, or make this one with split: in projects.yml';
    // Checked before the import, as an editor does: the slug is no project yet.
    const check = runKb(['check', '--content', out]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${loom}:${line}: error: ${said}\n`);
    const again = runKb(['import', src, '--out', out]);
    expect(again.status).toBe(0);
    // The import writes the pin where its own files keep the field.
    expect(again.stderr).toContain(`${loom}:${lineOf(loom, 'project: weaving-machines')}: warning: ${said}\n`);
    const replaced = path.join(path.dirname(out), `.${path.basename(out)}.import-replaced`, ID, '_report.md');
    expect(again.stderr).toContain(
      `${path.join(out, ID, '_report.md')}: warning: edited by hand since the last import (it differs from upstream's report in "title"), and the import wrote upstream's report in its place; the edited file is in ${replaced} until the next import. To keep a correction, make it upstream\n`,
    );
    expect(again.stdout).toContain('0 errors, ');
    // The threading's own warnings (the pin) are printed, not counted, as "did you mean" always was.
    expect(warnings(again.stdout)).toBe(warnings(first.stdout) + 1);
    // Published now: a project that exists, which the pin keeps.
    expect(runKb(['check', '--content', out]).stderr).not.toContain('weaving-machines');
  });

  it('goes on over an entry-hashes.json that is not JSON, saying what that costs, and writes a new one', () => {
    const out = tempDir('kb-hashes-corrupt-');
    const src = source();
    const first = runKb(['import', src, '--out', out]);
    expect(first.status).toBe(0);
    const spindle = path.join(out, ID, 'spindle-sensors.md');
    edit(spindle, (text) => pin('loom-controller')(text.replace('report their speed', 'report their speed and heat')));
    const ledger = path.join(out, 'entry-hashes.json');
    edit(ledger, (text) => text.replace(/"\n}/, '",\n}'));
    const again = runKb(['import', src, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(
      new RegExp(
        `^${ledger.replace(/[.]/g, '\\.')}:\\d+: warning: not valid JSON \\(.*\\): entry files edited by hand since the last import cannot be told from what it wrote this time, so no such edit is said \\(a "project:" pin in an entry file is still kept\\); the import wrote a new one$`,
        'm',
      ),
    );
    expect(again.stderr).not.toContain('edited by hand since the last import (');
    expect(again.stdout).toContain('0 errors, ');
    expect(warnings(again.stdout)).toBe(warnings(first.stdout) + 1);
    expect(readFileSync(spindle, 'utf8')).toMatch(/^project: loom-controller$/m);
    expect(Object.keys(JSON.parse(readFileSync(ledger, 'utf8')) as object)).toHaveLength(3);
  });

  it('are told by kb check too, as a problem that leaves the rest checked whole', () => {
    const dir = tempDir('kb-hashes-check-');
    expect(runKb(['import', source(), '--out', dir]).status).toBe(0);
    writeFileSync(path.join(dir, 'entry-hashes.json'), '{\n "a": "b",\n}\n');
    const run = runKb(['check', '--json', '--content', dir]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { file: string; line?: number; message: string }[]; notes?: string[] };
    expect(report.problems).toEqual([
      {
        file: path.join(dir, 'entry-hashes.json'),
        line: 3,
        message: expect.stringMatching(/^not valid JSON \(.*\): the next kb import cannot tell which entry files were edited by hand since the last one, and writes a new one$/),
      },
    ]);
    expect(report).not.toHaveProperty('notes');
  });
});
