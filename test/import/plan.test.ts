import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadContext, readPlan } from '../../lib/import/plan';
import { tempDir } from '../temp-dir';

describe('readPlan', () => {
  it('gives a report its reader cannot take as an error on its file, instead of throwing', async () => {
    const file = path.join(tempDir('kb-deep-'), 'report-2095-01-2095-03.xml');
    const deep = `${'<span>'.repeat(60_000)}deep${'</span>'.repeat(60_000)}`;
    writeFileSync(file, `<?xml version="1.0"?>\n<report><date><month>January-March</month><year>2095</year></date>\n<project cat="misc"><title>Deep</title><body><p>${deep}</p></body></project></report>\n`);
    const { result } = await readPlan(
      { id: '2095-01-2095-03', format: 'xml', found: { id: '2095-01-2095-03', path: file, displayPath: 'xml/report-2095-01-2095-03.xml' } },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([{ severity: 'error', file: 'xml/report-2095-01-2095-03.xml', message: expect.stringMatching(/^could not be read: /) }]);
  });

  it('leaves out an AsciiDoc entry file it cannot read, with an error naming it, and imports the rest of the quarter', async () => {
    const dir = path.join(tempDir('kb-unreadable-'), 'report-2095-01-2095-03');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '_index.adoc'), '== Projects\n\ninclude::{reports-path}/good.adoc[]\n\ninclude::{reports-path}/dangling.adoc[]\n');
    writeFileSync(path.join(dir, 'good.adoc'), '=== Good\n\nContact: Ann Lee <ann@example.org>\n\nText.\n');
    symlinkSync(path.join(dir, 'nowhere.adoc'), path.join(dir, 'dangling.adoc'));
    const { result } = await readPlan(
      { id: '2095-01-2095-03', format: 'adoc', found: { id: '2095-01-2095-03', path: dir, displayPath: 'adoc/report-2095-01-2095-03' } },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries.map((e) => e.id)).toEqual(['2095-01-2095-03/good']);
    expect(result.problems).toContainEqual({
      severity: 'error',
      file: 'adoc/report-2095-01-2095-03/dangling.adoc',
      message: expect.stringMatching(/^could not be read, so its entry is not imported: ENOENT/),
    });
    // Said once: its include in _index.adoc is not also "a file that is not in the quarter".
    expect(result.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
  });

  it('reads an entry file given another AsciiDoc extension where an include names it, and names one no include does', async () => {
    const dir = path.join(tempDir('kb-extensions-'), 'report-2095-01-2095-03');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '_index.adoc'), '== Projects\n\ninclude::{reports-path}/gear.adoc[]\n');
    writeFileSync(path.join(dir, 'gear.asciidoc'), '=== Gear Library\n\nContact: Ann Lee <ann@example.org>\n\nA library of gears.\n');
    writeFileSync(path.join(dir, 'spare.ad'), '=== Spare Parts\n\nContact: Ann Lee <ann@example.org>\n\nParts kept aside.\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'not AsciiDoc');
    const { result } = await readPlan(
      { id: '2095-01-2095-03', format: 'adoc', found: { id: '2095-01-2095-03', path: dir, displayPath: 'adoc/report-2095-01-2095-03' } },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries.map((e) => e.id)).toEqual(['2095-01-2095-03/gear']);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      { severity: 'error', file: 'adoc/report-2095-01-2095-03/spare.ad', message: 'is not named .adoc and no include names it, so its entry is not imported: rename it to .adoc' },
    ]);
  });
});
