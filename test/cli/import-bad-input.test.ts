import { cpSync, existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runKb, type KbRun } from './run-kb';
import { tempDir } from '../temp-dir';

const FIXTURES = path.join(ROOT, 'test/fixtures/bad-input');

/**
 * The fixture tree laid out as upstream names it. The fixtures are kept under other names
 * (`2015-01-2015-03.xml`, `test-authors.ent`) so that nothing in the repository looks like
 * an upstream file.
 */
function stageFixtures(): string {
  const src = tempDir('kb-bad-src-');
  cpSync(FIXTURES, src, { recursive: true });
  for (const name of readdirSync(path.join(src, 'xml'))) {
    if (/^\d{4}-.*\.xml$/.test(name)) renameSync(path.join(src, 'xml', name), path.join(src, 'xml', `report-${name}`));
  }
  for (const name of ['authors.ent', 'freebsd.ent']) {
    renameSync(path.join(src, 'xml', 'share', `test-${name}`), path.join(src, 'xml', 'share', name));
  }
  return src;
}

describe('kb import on bad input', () => {
  let out: string;
  let run: KbRun;

  beforeAll(() => {
    out = tempDir('kb-bad-');
    run = runKb(['import', stageFixtures(), '--out', out]);
  });

  it('exits with status 1', () => {
    expect(run.status).toBe(1);
  });

  it.each([
    ['truncated XML', /^xml\/report-2015-01-2015-03\.xml:\d+: error: .+/m],
    ['an unknown entity', /^xml\/report-2015-04-2015-06\.xml:\d+: error: .*nosuchthing/m],
    ['an empty file', /^xml\/report-2015-10-2015-12\.xml(:\d+)?: error: .*empty/im],
    ['two entries with one title', /^xml\/report-2016-01-2016-03\.xml:\d+: error: .*Twice Titled/m],
    ['an AsciiDoc entry without a title', /^adoc\/report-2022-01-2022-03\/notitle\.adoc:\d+: error: .*title/im],
    ['an empty AsciiDoc entry', /^adoc\/report-2022-01-2022-03\/empty\.adoc(:\d+)?: error: .*empty/im],
  ])('names the file and line of %s', (_kind, pattern) => {
    expect(run.stderr).toMatch(pattern);
  });

  it('warns about mixed encodings, naming the line, and keeps the text', () => {
    expect(run.stderr).toMatch(/^xml\/report-2015-07-2015-09\.xml:\d+: warning: .*(encoding|UTF-8|ISO-8859-1)/im);
    const text = readFileSync(path.join(out, '2015-07-2015-09', 'mixed-encodings.md'), 'utf8');
    expect(text).toContain('Café au lait, written by Jürgen.');
  });

  it('says which AsciiDoc folder it leaves aside for the same quarter as XML', () => {
    expect(run.stderr).toMatch(/^adoc\/report-2016-01-2016-03: warning: report 2016-01-2016-03 was found as XML too \(xml\/report-2016-01-2016-03\.xml\); the XML is read/m);
  });

  it('reads Latin-1 bytes in an AsciiDoc entry as Latin-1, in one warning naming each line, not as U+FFFD', () => {
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('adoc/report-2022-01-2022-03/latin1.adoc:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^adoc\/report-2022-01-2022-03\/latin1\.adoc:1: warning: invalid UTF-8 .* on 3 lines: 1 \(.*\), 3 \(.*\), 5 \(.*\)$/);
    const text = readFileSync(path.join(out, '2022-01-2022-03', 'latin1.md'), 'utf8');
    expect(text).toContain('title: Café Entry Written in Latin-1');
    expect(text).toContain('Françoise Example');
    expect(text).toContain('The café is open; naïve bytes');
    expect(text).not.toContain('\uFFFD');
  });

  it('still writes every good entry around the bad ones', () => {
    expect(existsSync(path.join(out, '2015-01-2015-03', 'good-before-the-break.md'))).toBe(true);
    expect(existsSync(path.join(out, '2015-04-2015-06', 'clean-neighbour.md'))).toBe(true);
    // A title of 360 characters: its file is named by its first words, not the whole title.
    const long = readdirSync(path.join(out, '2015-04-2015-06')).filter((name) => name.startsWith('a-title-far-longer'));
    expect(long).toHaveLength(1);
    expect(long[0]!.length).toBeLessThanOrEqual(120 + '.md'.length);
    expect(existsSync(path.join(out, '2022-01-2022-03', 'good.md'))).toBe(true);
    // Both entries that share a title are kept, the second under a numbered slug.
    expect(readdirSync(path.join(out, '2016-01-2016-03')).sort()).toEqual(['_report.md', 'twice-titled-2.md', 'twice-titled.md']);
  });

  it('keeps an entry with an unknown entity, with the reference visible', () => {
    const text = readFileSync(path.join(out, '2015-04-2015-06', 'unknown-entity-inside.md'), 'utf8');
    expect(text).toContain('nosuchthing');
  });

  it('expands &os; and &a.login; from the entity files found beside the XML', () => {
    const text = readFileSync(path.join(out, '2015-04-2015-06', 'clean-neighbour.md'), 'utf8');
    expect(text).toContain('name: Wendy Example');
    expect(readFileSync(path.join(out, '2015-04-2015-06', '_report.md'), 'utf8')).toContain('how FreeBSD imports');
  });

  it('prints a summary of reports, entries, errors and warnings', () => {
    expect(run.stdout).toMatch(/Imported \d+ reports, \d+ entries/);
    expect(run.stdout).toMatch(/[1-9]\d* errors?, [1-9]\d* warnings?/);
  });
});

describe('kb import on a folder that holds no reports', () => {
  it('fails with an error naming the folder', () => {
    const empty = tempDir('kb-empty-src-');
    const run = runKb(['import', empty, '--out', tempDir('kb-empty-out-')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${empty}: error: holds no status reports`);
  });

  it('makes no content folder from a source that does not exist', () => {
    const out = path.join(tempDir('kb-none-out-'), 'content');
    const run = runKb(['import', '/no/such/source', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${out}: error: no report to import, so nothing was written here`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('kb usage errors', () => {
  it('exits 2 on an unknown command or option', () => {
    expect(runKb(['frobnicate']).status).toBe(2);
    expect(runKb(['stats', '--bogus']).status).toBe(2);
    expect(runKb(['import']).status).toBe(2);
  });
});
