import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runKb, type KbRun } from './run-kb';
import { tempDir } from '../temp-dir';

const FIXTURES = path.join(ROOT, 'test/fixtures/adoc');
const REPORT = 'report-2031-04-2031-06';

/** One AsciiDoc report with its categories' descriptions beside it, as an editor checks the next one. */
function stageReport(): string {
  const src = tempDir('kb-editor-src-');
  cpSync(path.join(FIXTURES, 'categories-desc.adoc'), path.join(src, 'categories-desc.adoc'));
  cpSync(path.join(FIXTURES, REPORT), path.join(src, REPORT), { recursive: true });
  return path.join(src, REPORT);
}

describe('kb import with an editor file it cannot read whole', () => {
  let out: string;
  let run: KbRun;

  beforeAll(() => {
    const report = stageReport();
    out = tempDir('kb-editor-out-');
    expect(runKb(['import', report, '--out', out]).status).toBe(0);
    // The first `rename` applies; the second `rename:` key is the editor's slip.
    writeFileSync(path.join(out, 'projects.yml'), 'rename:\n  - { from: gadget-tool, slug: gadgets }\nrename:\n  - { from: stray-entry, slug: strays }\n');
    writeFileSync(path.join(out, 'subjects.yml'), 'drop: [unclosed\n');
    run = runKb(['import', report, '--out', out]);
  });

  it('counts a repeated key and a file that is not YAML as errors, exits 1, and still writes the entries', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Imported 1 reports, 4 entries/m);
    expect(run.stdout).toMatch(/^2 errors, 4 warnings$/m);
  });

  it('names the line of each, says that a file it cannot parse is not applied at all, and warns about neither', () => {
    expect(run.stderr).toContain(`${path.join(out, 'projects.yml')}:3: error: key "rename" is written twice in one mapping (first at line 1): only the first applies, this one is left out`);
    expect(run.stderr).toMatch(new RegExp(`^${path.join(out, 'subjects.yml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: error: not valid YAML: .*; none of subjects\\.yml is applied$`, 'm'));
    expect(run.stderr).not.toMatch(/warning: (key "rename"|not valid YAML)/);
  });

  it('applies the first of the two keys', () => {
    const projects = runKb(['projects', '--json', '--content', out]);
    const slugs = (JSON.parse(projects.stdout) as { slug: string }[]).map((p) => p.slug);
    expect(slugs).toContain('gadgets');
    expect(slugs).toContain('stray-entry');
  });
});
