import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeImport, importReports, type ImportSummary } from '../../lib/import';
import { parseEntryFile } from '../../lib/content/serialize';
import { tempDir } from '../temp-dir';

/** What a re-import into a folder an earlier import wrote keeps of it, and says it kept. */

const QUARTER = 'report-2031-04-2031-06';
const REPORT = '2031-04-2031-06';

const INDEX = '== Projects\n\ninclude::{reports-path}/lathe.adoc[]\n\ninclude::{reports-path}/kiln.adoc[]\n';
const LATHE = '=== Lathe Controller Driver\n\nContact: Ida Example <ida@example.org>\n\nThe lathe controller now spins at two speeds.\n';
const KILN = '=== Kiln Sensors\n\nContact: Olu Example <olu@example.org>\n\nKiln sensors report their heat every second.\n';

/** An AsciiDoc source folder of one quarter holding these files (and of others, by folder name). */
function source(files: Record<string, string>, others: Record<string, Record<string, string>> = {}): string {
  const src = tempDir('kb-reimport-src-');
  for (const [quarter, quarterFiles] of Object.entries({ [QUARTER]: files, ...others })) {
    mkdirSync(path.join(src, 'adoc', quarter), { recursive: true });
    for (const [name, text] of Object.entries(quarterFiles)) writeFileSync(path.join(src, 'adoc', quarter, name), text);
  }
  return src;
}

const titleIn = (out: string, slug: string): string | undefined => {
  const file = path.join(out, REPORT, `${slug}.md`);
  const parsed = parseEntryFile(readFileSync(file, 'utf8'), file, slug);
  return parsed.ok ? parsed.value.title : undefined;
};

describe('re-importing an AsciiDoc entry whose "=== Title" line went missing', () => {
  it('keeps the title it was published under, and says so in the error', async () => {
    const out = tempDir('kb-reimport-out-');
    await importReports([source({ '_index.adoc': INDEX, 'lathe.adoc': LATHE, 'kiln.adoc': KILN })], { outDir: out, threads: 1 });
    expect(titleIn(out, 'lathe')).toBe('Lathe Controller Driver');

    const untitled = LATHE.replace(/^=== .*\n\n/, '');
    const again = await importReports([source({ '_index.adoc': INDEX, 'lathe.adoc': untitled, 'kiln.adoc': KILN })], { outDir: out, threads: 1 });
    expect(titleIn(out, 'lathe')).toBe('Lathe Controller Driver');
    expect(again.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.message])).toEqual([
      [`adoc/${QUARTER}/lathe.adoc`, 1, 'entry has no "=== Title" line; it keeps the title it was published under, "Lathe Controller Driver", not its file name\'s "lathe"'],
    ]);
  });

  it('is titled after its file name where nothing was published, or what was published there is another file\'s', async () => {
    const fresh = tempDir('kb-reimport-fresh-');
    const untitled = LATHE.replace(/^=== .*\n\n/, '');
    const first = await importReports([source({ '_index.adoc': INDEX, 'lathe.adoc': untitled, 'kiln.adoc': KILN })], { outDir: fresh, threads: 1 });
    expect(titleIn(fresh, 'lathe')).toBe('lathe');
    expect(first.problems.map((p) => p.message)).toContain('entry has no "=== Title" line; titled "lathe" after its file name');

    // An editor's entry under that slug is no title of this file's.
    const own = tempDir('kb-reimport-own-');
    cpSync(fresh, own, { recursive: true });
    const ownFile = path.join(own, REPORT, 'lathe.md');
    writeFileSync(ownFile, readFileSync(ownFile, 'utf8').replace(/^title: .*$/m, 'title: Notes on Lathes').replace(/format: adoc/, 'format: markdown'));
    const again = await importReports([source({ '_index.adoc': INDEX, 'lathe.adoc': untitled, 'kiln.adoc': KILN })], { outDir: own, threads: 1 });
    expect(titleIn(own, 'lathe')).toBe('lathe');
    expect(again.problems.map((p) => p.message)).toContain('entry has no "=== Title" line; titled "lathe" after its file name');
  });
});

describe('re-importing over entry files an editor changed', () => {
  it("keeps a project pin, writes upstream's text over another edit and says which file, what and where the edit is", async () => {
    const out = tempDir('kb-reimport-edited-');
    const sources = source({ '_index.adoc': INDEX, 'lathe.adoc': LATHE, 'kiln.adoc': KILN });
    const first = await importReports([sources], { outDir: out, threads: 1 });
    const lathe = path.join(out, REPORT, 'lathe.md');
    const kiln = path.join(out, REPORT, 'kiln.md');
    const edited = readFileSync(lathe, 'utf8').replace('two speeds', 'three speeds').replace('ida@example.org', 'ida@example.net');
    writeFileSync(lathe, edited);
    writeFileSync(kiln, readFileSync(kiln, 'utf8').replace(/^category: (.*)$/m, 'category: $1\nproject: kilns'));

    const again = await importReports([sources], { outDir: out, threads: 1 });
    const entryOf = (file: string) => {
      const parsed = parseEntryFile(readFileSync(file, 'utf8'), file, path.basename(file, '.md'));
      return parsed.ok ? parsed.value : undefined;
    };
    expect(entryOf(kiln)?.project).toBe('kilns');
    expect(entryOf(lathe)).toMatchObject({ body: 'The lathe controller now spins at two speeds.', contacts: [{ name: 'Ida Example', email: 'ida@example.org' }] });
    const replaced = path.join(path.dirname(out), `.${path.basename(out)}.import-replaced`, REPORT, 'lathe.md');
    const added = again.problems.filter((p) => !first.problems.some((q) => q.file === p.file && q.message === p.message));
    expect(added).toEqual([
      {
        severity: 'warning',
        file: lathe,
        message:
          `edited by hand since the last import (it differs from upstream's entry in "contacts", the body), and the import wrote upstream's entry in its place; the edited file is in ${replaced} until the next import. ` +
          'A "project:" pin in an entry file is kept; to keep another correction, make it upstream (text, contacts, links), or in projects.yml (threading) or subjects.yml (subjects)',
      },
    ]);
    expect(readFileSync(replaced, 'utf8')).toBe(edited);

    // Said once: the next import finds the file as it wrote it, pin and all.
    const third = await importReports([sources], { outDir: out, threads: 1 });
    expect(third.problems).toEqual(first.problems);
  });
});

describe('the line saying what a re-import did', () => {
  const AUTUMN = { '_index.adoc': '== Projects\n\ninclude::{reports-path}/press.adoc[]\n', 'press.adoc': '=== Press Brake Support\n\nThe press brake bends to a degree.\n' };

  it('counts what the folder now holds, and what of it was kept from before', async () => {
    const out = tempDir('kb-reimport-count-');
    const first = await importReports([source({ '_index.adoc': INDEX, 'lathe.adoc': LATHE, 'kiln.adoc': KILN }, { 'report-2031-10-2031-12': AUTUMN })], { outDir: out, threads: 1 });
    expect(first.folder).toEqual({ reports: 2, entries: 3 });
    expect(describeImport(first, out, '0.1')).toBe(`Imported 2 reports, 3 entries (0 from XML, 0 from HTML, 3 from AsciiDoc) into ${out} in 0.1 s`);

    // Only the spring quarter, read with an error (an include of a file that is not there): kiln.adoc is gone from it.
    const broken = `${INDEX}\ninclude::{reports-path}/missing.adoc[]\n`;
    const again = await importReports([source({ '_index.adoc': broken, 'lathe.adoc': LATHE })], { outDir: out, threads: 1 });
    expect(again.entries).toBe(1);
    expect(again.folder).toEqual({ reports: 2, entries: 3 });
    expect(describeImport(again, out, '0.1')).toBe(
      `Imported 1 reports, 1 entries (0 from XML, 0 from HTML, 1 from AsciiDoc) into ${out} in 0.1 s; the folder now holds 2 reports and 3 entries, of which 1 report and 2 entries were kept from before`,
    );
  });

  it('says nothing more where nothing was kept, or nothing written', () => {
    const summary: ImportSummary = { reports: [], entries: 0, entriesByFormat: { xml: 0, html: 0, adoc: 0, markdown: 0 }, agreement: new Map(), problems: [] };
    expect(describeImport(summary, '/c', '1.0')).toBe('Imported 0 reports, 0 entries (0 from XML, 0 from HTML, 0 from AsciiDoc) into /c in 1.0 s');
    expect(describeImport({ ...summary, folder: { reports: 1, entries: 1 } }, '/c', '1.0')).toMatch(/, of which 1 report and 1 entry were kept from before/);
    expect(describeImport({ ...summary, folder: { reports: 0, entries: 0 } }, '/c', '1.0')).not.toContain('holds');
  });
});
