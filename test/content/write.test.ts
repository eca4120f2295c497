import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { ENTRY_ALIAS_FILE, entryAliases, entryRedirects, readEntryLedger, readWithdrawnEntries, withdrawnEntries } from '../../lib/content/entry-ledger';
import { readEntryHashes } from '../../lib/content/entry-hashes';
import { writeContentFolder, writeReportFolder, type ReportFolder } from '../../lib/content/write';
import type { Entry, Report } from '../../lib/model';
import { makeEntry as makeAnyEntry } from '../projects/make-entry';
import { tempDir } from '../temp-dir';

const ID = '2016-01-2016-03';

function report(categories: string[]): Report {
  return {
    id: ID,
    title: 'A quarter',
    period: { start: '2016-01', end: '2016-03' },
    categories: categories.map((key, order) => ({ key, title: key, order })),
    intro: '',
  };
}

// Entries as an import writes them: read from upstream, not written by an editor (whose entries a re-import keeps).
const makeEntry = (report: string, slug: string, fields: Partial<Entry> = {}): Entry => makeAnyEntry(report, slug, { source: { format: 'xml', file: `report-${report}.xml`, line: 1 }, ...fields });
const entries = (...slugs: string[]): Entry[] => slugs.map((slug, order) => makeEntry(ID, slug, { order }));

/** The folder an earlier import wrote: a report of three entries (one under "ports"), one of none, and editors' files. */
function previousImport(): string {
  const dir = tempDir('kb-write-old-');
  writeReportFolder(dir, report(['kernel', 'ports']), [...entries('alpha', 'beta'), makeEntry(ID, 'gamma', { category: 'ports', order: 2 })]);
  writeFileSync(path.join(dir, ID, 'diagram.svg'), '<svg/>');
  writeFileSync(path.join(dir, 'projects.yml'), 'merge: []\n');
  writeFileSync(path.join(dir, 'project-slugs.json'), '{"alpha": ["2016-01-2016-03/alpha"]}\n');
  writeReportFolder(dir, { ...report(['kernel']), id: '2001-06', period: { start: '2001-06', end: '2001-06' } }, []);
  return dir;
}

const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('writeContentFolder', () => {
  it('mirrors a report read without errors: entry files its source no longer yields are not carried over', () => {
    const into = tempDir('kb-write-new-');
    const folder: ReportFolder = { report: report(['kernel']), entries: entries('alpha', 'beta'), partial: false };
    const carried = writeContentFolder(into, previousImport(), [folder]);
    expect(listing(into)).toEqual([
      '2001-06', '2001-06/_report.md', ID, `${ID}/_report.md`, `${ID}/alpha.md`, `${ID}/beta.md`, `${ID}/diagram.svg`, 'entries-withdrawn.json', 'entry-hashes.json', 'project-slugs.json', 'projects.yml',
    ]);
    // What it no longer yields under any slug is recorded with its last title: its address says what became of it.
    const withdrawn = new Map([[`${ID}/gamma`, 'gamma']]);
    expect(carried).toEqual({
      keptEntries: new Map(),
      renamedEntries: new Map(),
      withdrawnEntries: withdrawn,
      otherItems: ['2001-06', 'project-slugs.json', 'projects.yml'],
      unreadableEntries: [],
      overwrittenOwnEntries: [],
      handEditedEntries: [],
      handEditedReports: [],
      doubtedReads: new Map(),
    });
    expect(withdrawnEntries(loadKnowledgeBase(into))).toEqual(withdrawn);
    // Back in a later read, an entry is no longer withdrawn; a read with errors withdraws nothing.
    const later = tempDir('kb-write-new-');
    const back = [...entries('alpha'), makeEntry(ID, 'gamma', { category: 'ports', order: 1 })];
    const again = writeContentFolder(later, into, [{ report: report(['kernel', 'ports']), entries: back, partial: true }]);
    expect(again.withdrawnEntries.size).toBe(0);
    expect(readWithdrawnEntries(later)).toEqual({});
  });

  it('doubts a read without errors that would withdraw most of a report, and keeps its entry files', () => {
    const into = tempDir('kb-write-new-');
    // A page that lost its anchors reads "whole" with one entry left of three.
    const carried = writeContentFolder(into, previousImport(), [{ report: report(['kernel', 'ports']), entries: entries('delta'), partial: false }]);
    expect(carried.doubtedReads).toEqual(new Map([[ID, { withdrawn: 3, published: 3 }]]));
    expect(carried.withdrawnEntries.size).toBe(0);
    expect(carried.keptEntries).toEqual(new Map([[ID, ['alpha.md', 'beta.md', 'gamma.md']]]));
  });

  it('doubts two of three withdrawn but not one, and takes the read as meant when told', () => {
    const read = (...slugs: string[]): ReportFolder[] => [{ report: report(['kernel', 'ports']), entries: entries(...slugs), partial: false }];
    expect(writeContentFolder(tempDir('kb-write-new-'), previousImport(), read('alpha')).doubtedReads.get(ID)).toEqual({ withdrawn: 2, published: 3 });
    expect(writeContentFolder(tempDir('kb-write-new-'), previousImport(), read('alpha', 'beta')).doubtedReads.size).toBe(0);
    const accepted = writeContentFolder(tempDir('kb-write-new-'), previousImport(), read('alpha'), { acceptWithdrawals: true });
    expect(accepted.doubtedReads.size).toBe(0);
    expect([...accepted.withdrawnEntries.keys()]).toEqual([`${ID}/beta`, `${ID}/gamma`]);
  });

  it('keeps every entry file a read with errors did not produce, and the categories they need', () => {
    const into = tempDir('kb-write-new-');
    // The partial read lost the "ports" category and the entries beta and gamma.
    const folder: ReportFolder = { report: report(['kernel']), entries: entries('alpha'), partial: true };
    const carried = writeContentFolder(into, previousImport(), [folder]);
    expect(carried.keptEntries).toEqual(new Map([[ID, ['beta.md', 'gamma.md']]]));
    const kb = loadKnowledgeBase(into);
    expect(kb.problems).toEqual([]);
    expect(kb.entries.map((e) => [e.slug, e.category])).toEqual([
      ['alpha', 'kernel'],
      ['beta', 'kernel'],
      ['gamma', 'ports'],
    ]);
    expect(kb.getReport(ID)?.categories.map((c) => [c.key, c.order])).toEqual([
      ['kernel', 0],
      ['ports', 1],
    ]);
  });

  it('does not keep an old entry file the read with errors produced under another slug (its title edited)', () => {
    const into = tempDir('kb-write-new-');
    const old = tempDir('kb-write-old-');
    const link = [{ url: 'https://example.org/gamma', text: 'gamma' }];
    writeReportFolder(old, report(['kernel']), [
      makeEntry(ID, 'alpha', { body: 'Alpha text.', order: 0 }),
      makeEntry(ID, 'beta', { title: 'Beta', body: 'Beta text.', order: 1 }),
      makeEntry(ID, 'gamma', { body: 'Gamma text.', links: link, order: 2 }),
      makeEntry(ID, 'delta', { body: 'Delta text.', order: 3 }),
    ]);
    const read = [
      makeEntry(ID, 'alpha-renamed', { title: 'Alpha renamed', body: 'Alpha text.', order: 0 }),
      makeEntry(ID, 'beta-2', { title: 'Beta', body: 'Beta text, and &broken; more.', order: 1 }),
      makeEntry(ID, 'gamma-renamed', { title: 'Gamma renamed', body: 'Gamma text, edited.', links: link, order: 2 }),
    ];
    const carried = writeContentFolder(into, old, [{ report: report(['kernel']), entries: read, partial: true }]);
    // Same text, same title, same links: each is one of the entries read. Delta the read lost.
    expect(carried.keptEntries).toEqual(new Map([[ID, ['delta.md']]]));
    expect(loadKnowledgeBase(into).entries.map((e) => e.slug)).toEqual(['alpha-renamed', 'beta-2', 'gamma-renamed', 'delta']);
    // Their old ids lead to them: published addresses keep working.
    expect(readEntryLedger(into)).toEqual({
      [`${ID}/alpha`]: `${ID}/alpha-renamed`,
      [`${ID}/beta`]: `${ID}/beta-2`,
      [`${ID}/gamma`]: `${ID}/gamma-renamed`,
    });
  });

  it('records the old id of an entry whose title was edited, in a read without errors too, and follows it through later renamings', () => {
    const old = tempDir('kb-write-old-');
    writeReportFolder(old, report(['kernel']), [makeEntry(ID, 'bhyve', { body: 'The hypervisor.', order: 0 })]);
    const once = tempDir('kb-write-new-');
    const renamedOnce = makeEntry(ID, 'bhyve-hypervisor', { title: 'bhyve hypervisor', body: 'The hypervisor.', order: 0 });
    expect(writeContentFolder(once, old, [{ report: report(['kernel']), entries: [renamedOnce], partial: false }]).renamedEntries).toEqual(
      new Map([[`${ID}/bhyve`, `${ID}/bhyve-hypervisor`]]),
    );
    const twice = tempDir('kb-write-new-');
    const renamedTwice = makeEntry(ID, 'the-bhyve-hypervisor', { title: 'The bhyve hypervisor', body: 'The hypervisor.', order: 0 });
    writeContentFolder(twice, once, [{ report: report(['kernel']), entries: [renamedTwice], partial: false }]);
    expect(readEntryLedger(twice)).toEqual({ [`${ID}/bhyve`]: `${ID}/the-bhyve-hypervisor`, [`${ID}/bhyve-hypervisor`]: `${ID}/the-bhyve-hypervisor` });
    expect(entryRedirects(loadKnowledgeBase(twice))).toEqual(
      new Map([
        [`${ID}/bhyve`, `${ID}/the-bhyve-hypervisor`],
        [`${ID}/bhyve-hypervisor`, `${ID}/the-bhyve-hypervisor`],
      ]),
    );
    // Its first title back: the first id is the entry's own again, and redirects no more.
    const back = tempDir('kb-write-new-');
    writeContentFolder(back, twice, [{ report: report(['kernel']), entries: [makeEntry(ID, 'bhyve', { body: 'The hypervisor.', order: 0 })], partial: false }]);
    expect(readEntryLedger(back)).toEqual({ [`${ID}/bhyve-hypervisor`]: `${ID}/bhyve`, [`${ID}/the-bhyve-hypervisor`]: `${ID}/bhyve` });
  });

  it('records the old id of an entry whose title and a few words of its text were edited together, and of no entry only removed', () => {
    const text = 'Probes for the emulation layer landed in the tree, and the tools that read them were taught the new provider names.';
    const old = tempDir('kb-write-old-');
    writeReportFolder(old, report(['kernel']), [makeEntry(ID, 'probes', { title: 'Probes', body: `Recently ${text}`, order: 0 }), makeEntry(ID, 'widgets', { title: 'Widgets', body: 'Widgets were polished all quarter long by the widget team.', order: 1 })]);
    const into = tempDir('kb-write-new-');
    const now = [
      makeEntry(ID, 'probes-for-the-emulation-layer', { title: 'Probes for the Emulation Layer', body: `Recently, ${text}`, order: 0 }),
      makeEntry(ID, 'gadgets', { title: 'Gadgets', body: 'A gadget framework arrived, written from scratch this quarter.', order: 1 }),
    ];
    expect(writeContentFolder(into, old, [{ report: report(['kernel']), entries: now, partial: false }]).renamedEntries).toEqual(
      new Map([[`${ID}/probes`, `${ID}/probes-for-the-emulation-layer`]]),
    );
  });

  describe("an AsciiDoc file name's id", () => {
    const adoc = (slug: string, file: string, body = 'Rust in the kernel.'): Entry =>
      makeEntry(ID, slug, { body, order: 0, source: { format: 'adoc', file: `adoc/report-${ID}/${file}`, line: 1 } });
    const read = (...entries: Entry[]): ReportFolder[] => [{ report: report(['kernel']), entries: entries.map((e, order) => ({ ...e, order })), partial: false }];
    const aliasesOf = (dir: string): Map<string, string> => entryAliases(loadKnowledgeBase(dir));

    it("keeps leading to its entry once upstream renames the file to the slug's form, never as the entry's own id", () => {
      const first = tempDir('kb-write-new-');
      writeContentFolder(first, undefined, read(adoc('kernel-rust', 'kernel_rust.adoc')));
      expect(readEntryLedger(first, ENTRY_ALIAS_FILE)).toEqual({ [`${ID}/kernel_rust`]: `${ID}/kernel-rust` });
      const tidied = tempDir('kb-write-new-');
      writeContentFolder(tidied, first, read(adoc('kernel-rust', 'kernel-rust.adoc')));
      expect(aliasesOf(tidied)).toEqual(new Map([[`${ID}/kernel_rust`, `${ID}/kernel-rust`]]));
      // Its feed id stays the one readers saw.
      expect(entryRedirects(loadKnowledgeBase(tidied)).size).toBe(0);
    });

    it('is taken from the folder replaced too, though that folder has no record of it (written before the record)', () => {
      const older = tempDir('kb-write-old-');
      writeReportFolder(older, report(['kernel']), [adoc('kernel-rust', 'kernel_rust.adoc')]);
      const tidied = tempDir('kb-write-new-');
      writeContentFolder(tidied, older, read(adoc('kernel-rust', 'kernel-rust.adoc')));
      expect(aliasesOf(tidied)).toEqual(new Map([[`${ID}/kernel_rust`, `${ID}/kernel-rust`]]));
    });

    it('follows its entry through a rename, so a later entry given the old id does not take it', () => {
      const first = tempDir('kb-write-new-');
      writeContentFolder(first, undefined, read(adoc('kernel-rust', 'kernel_rust.adoc')));
      const renamed = tempDir('kb-write-new-');
      writeContentFolder(renamed, first, read(adoc('rust', 'rust.adoc')));
      const reused = tempDir('kb-write-new-');
      writeContentFolder(reused, renamed, read(adoc('rust', 'rust.adoc'), adoc('kernel-rust', 'kernel-rust.adoc', 'Another entry on another thing.')));
      expect(aliasesOf(reused).get(`${ID}/kernel_rust`)).toBe(`${ID}/rust`);
    });

    it('says, as its entry does, that upstream withdrew the entry', () => {
      const first = tempDir('kb-write-new-');
      writeContentFolder(first, undefined, read(adoc('kernel-rust', 'kernel_rust.adoc'), adoc('other', 'other.adoc', 'Something else entirely here.')));
      const removed = tempDir('kb-write-new-');
      writeContentFolder(removed, first, read(adoc('other', 'other.adoc', 'Something else entirely here.')));
      expect(withdrawnEntries(loadKnowledgeBase(removed))).toEqual(new Map([[`${ID}/kernel-rust`, 'kernel-rust'], [`${ID}/kernel_rust`, 'kernel-rust']]));
    });
  });

  describe("an entry's earlier ids", () => {
    it('say, as it does, that upstream withdrew it: a title before an edit', () => {
      const old = tempDir('kb-write-old-');
      writeReportFolder(old, report(['kernel']), [makeEntry(ID, 'x', { title: 'X', body: 'The x work went on.', order: 0 }), makeEntry(ID, 'o', { title: 'O', body: 'Other things entirely.', order: 1 })]);
      const renamed = tempDir('kb-write-new-');
      writeContentFolder(renamed, old, [{ report: report(['kernel']), entries: [makeEntry(ID, 'y', { title: 'Y', body: 'The x work went on.', order: 0 }), makeEntry(ID, 'o', { title: 'O', body: 'Other things entirely.', order: 1 })], partial: false }]);
      const removed = tempDir('kb-write-new-');
      writeContentFolder(removed, renamed, [{ report: report(['kernel']), entries: [makeEntry(ID, 'o', { title: 'O', body: 'Other things entirely.', order: 0 })], partial: false }]);
      expect(withdrawnEntries(loadKnowledgeBase(removed))).toEqual(new Map([[`${ID}/y`, 'Y'], [`${ID}/x`, 'Y']]));
    });

    it('leave the record of ids given up once an entry has the id again, so a later removal is recorded', () => {
      const body = (n: string) => ({ body: `Entry ${n} reports on its own work.`, order: 0 });
      const steps = [['x', 'X'], ['y', 'Y'], ['x', 'New X']].map(([slug, title]) => [makeEntry(ID, slug!, { title, ...body(title === 'New X' ? 'new' : 'first') }), makeEntry(ID, 'o', { title: 'O', body: 'Other things entirely.', order: 1 })]);
      let dir: string | undefined;
      for (const entries of [...steps, [steps[0]![1]!]]) {
        const next = tempDir('kb-write-new-');
        writeContentFolder(next, dir, [{ report: report(['kernel']), entries, partial: false }]);
        dir = next;
      }
      // y was the first x renamed; the new x came and went. Its address says it was withdrawn, with its title.
      expect(withdrawnEntries(loadKnowledgeBase(dir!)).get(`${ID}/x`)).toBe('New X');
    });
  });

  describe('an entry file an editor changed since the last import', () => {
    const contact = { name: 'Ada Example', email: 'ada@example.org' };
    const alpha = makeEntry(ID, 'alpha', { title: 'Alpha', body: 'The widget driver attaches.', contacts: [contact], order: 0 });
    const beta = makeEntry(ID, 'beta', { title: 'Beta', body: 'Gadgets blink twice a second now.', order: 1 });
    const read = (...entries: Entry[]): ReportFolder[] => [{ report: report(['kernel']), entries, partial: false }];
    const file = (dir: string, slug: string): string => path.join(dir, ID, `${slug}.md`);
    const edit = (dir: string, slug: string, change: (text: string) => string): void => writeFileSync(file(dir, slug), change(readFileSync(file(dir, slug), 'utf8')));
    const pin = (text: string): string => text.replace(/^category: kernel$/m, 'category: kernel\nproject: widgets');
    /** An import's folder of alpha and beta. */
    const imported = (): string => {
      const dir = tempDir('kb-write-old-');
      writeContentFolder(dir, undefined, read(alpha, beta));
      return dir;
    };

    it("keeps the editor's project pin in the entry written again, under its name or the one an upstream title edit gave it", () => {
      const old = imported();
      edit(old, 'alpha', pin);
      edit(old, 'beta', (text) => text.replace(/^category: kernel$/m, 'project: gadgets\ncategory: kernel'));
      const into = tempDir('kb-write-new-');
      const betaRenamed = { ...beta, id: `${ID}/beta-gadgets`, slug: 'beta-gadgets', title: 'Beta gadgets' };
      const carried = writeContentFolder(into, old, read(alpha, betaRenamed));
      expect(loadKnowledgeBase(into).entries.map((e) => [e.slug, e.project])).toEqual([
        ['alpha', 'widgets'],
        ['beta-gadgets', 'gadgets'],
      ]);
      // A pin is no edit a re-import loses: nothing to say, now or at the next import.
      expect(carried.handEditedEntries).toEqual([]);
      const later = tempDir('kb-write-new-');
      expect(writeContentFolder(later, into, read(alpha, betaRenamed)).handEditedEntries).toEqual([]);
      expect(readFileSync(file(later, 'alpha'), 'utf8')).toBe(readFileSync(file(into, 'alpha'), 'utf8'));
    });

    it('keeps a pin in a folder written before the import recorded what it wrote', () => {
      const old = tempDir('kb-write-old-');
      writeReportFolder(old, report(['kernel']), [alpha, beta]);
      edit(old, 'alpha', pin);
      const into = tempDir('kb-write-new-');
      expect(writeContentFolder(into, old, read(alpha, beta)).handEditedEntries).toEqual([]);
      expect(loadKnowledgeBase(into).getEntry(`${ID}/alpha`)?.project).toBe('widgets');
    });

    it("writes upstream's entry over any other edit, and says how the edited file differs and whether upstream changed it too", () => {
      const old = imported();
      edit(old, 'alpha', (text) => pin(text.replace('ada@example.org', 'ada@example.net').replace('attaches.', 'attaches at boot.')));
      edit(old, 'beta', (text) => text.replace('twice', 'thrice'));
      const into = tempDir('kb-write-new-');
      const betaFixed = { ...beta, body: 'Gadgets blink twice a second now, and hum.' };
      const carried = writeContentFolder(into, old, read(alpha, betaFixed));
      expect(carried.handEditedEntries).toEqual([
        { file: file(old, 'alpha'), differs: ['contacts', 'body'], upstreamChanged: false },
        { file: file(old, 'beta'), differs: ['body'], upstreamChanged: true },
      ]);
      const kb = loadKnowledgeBase(into);
      expect(kb.getEntry(`${ID}/alpha`)).toMatchObject({ body: alpha.body, contacts: [contact], project: 'widgets' });
      expect(kb.getEntry(`${ID}/beta`)?.body).toBe(betaFixed.body);
    });

    it('says nothing of an edit upstream made too, or of quoting alone, and says an edit that no longer parses', () => {
      const old = imported();
      edit(old, 'alpha', (text) => text.replace('title: Alpha', "title: 'Alpha'"));
      edit(old, 'beta', (text) => text.replace('twice', 'thrice').replace('title: Beta', 'title: [Beta'));
      const into = tempDir('kb-write-new-');
      const carried = writeContentFolder(into, old, read(alpha, { ...beta, body: beta.body.replace('twice', 'thrice') }));
      expect(carried.handEditedEntries).toEqual([{ file: file(old, 'beta'), upstreamChanged: true }]);
      // The edit upstream made too is no difference.
      const same = imported();
      edit(same, 'beta', (text) => text.replace('twice', 'thrice'));
      expect(writeContentFolder(tempDir('kb-write-new-'), same, read(alpha, { ...beta, body: beta.body.replace('twice', 'thrice') })).handEditedEntries).toEqual([]);
    });

    it('says an edit of an entry upstream retitled, under its new name', () => {
      const old = imported();
      edit(old, 'alpha', (text) => text.replace('ada@example.org', 'ada@example.net'));
      const renamed = { ...alpha, id: `${ID}/alpha-widgets`, slug: 'alpha-widgets', title: 'Alpha widgets' };
      const carried = writeContentFolder(tempDir('kb-write-new-'), old, read(renamed, beta));
      expect(carried.handEditedEntries).toEqual([{ file: file(old, 'alpha'), now: 'alpha-widgets.md', differs: ['title', 'contacts'], upstreamChanged: true }]);
    });

    it('is told at a later import too when its file was kept as it was (a report not read)', () => {
      const old = imported();
      edit(old, 'alpha', (text) => text.replace('attaches.', 'attaches at boot.'));
      const other: Report = { ...report(['kernel']), id: '2016-04-2016-06', period: { start: '2016-04', end: '2016-06' } };
      const kept = tempDir('kb-write-new-');
      expect(writeContentFolder(kept, old, [{ report: other, entries: [], partial: false }]).handEditedEntries).toEqual([]);
      expect(writeContentFolder(tempDir('kb-write-new-'), kept, read(alpha, beta)).handEditedEntries).toEqual([{ file: file(kept, 'alpha'), differs: ['body'], upstreamChanged: false }]);
    });

    it('goes on without a record that cannot be read: says why, still keeps pins, tells no edit and writes a new record', () => {
      const old = imported();
      edit(old, 'alpha', pin);
      edit(old, 'beta', (text) => text.replace('twice', 'thrice'));
      writeFileSync(path.join(old, 'entry-hashes.json'), '{\n "2016-01-2016-03/alpha": "0123",\n oops\n}\n');
      const into = tempDir('kb-write-new-');
      const carried = writeContentFolder(into, old, read(alpha, beta));
      expect(carried.unreadEntryHashes).toMatchObject({ file: path.join(old, 'entry-hashes.json'), line: 3, message: expect.stringMatching(/^not valid JSON \(/) });
      expect(carried.handEditedEntries).toEqual([]);
      expect(loadKnowledgeBase(into).getEntry(`${ID}/alpha`)?.project).toBe('widgets');
      expect(Object.keys(readEntryHashes(into))).toEqual([`${ID}/_report`, `${ID}/alpha`, `${ID}/beta`]);
      // Not a map of hashes: the same.
      const wrong = imported();
      writeFileSync(path.join(wrong, 'entry-hashes.json'), '["2016-01-2016-03/alpha"]\n');
      expect(writeContentFolder(tempDir('kb-write-new-'), wrong, read(alpha, beta)).unreadEntryHashes?.message).toMatch(/^not a map of entry ids to hashes/);
      // A record that reads is no problem.
      expect(writeContentFolder(tempDir('kb-write-new-'), into, read(alpha, beta))).not.toHaveProperty('unreadEntryHashes');
    });

    it("says an edit of a report's _report.md, in which fields, and writes upstream's report over it", () => {
      const old = imported();
      const reportFile = path.join(old, ID, '_report.md');
      writeFileSync(reportFile, readFileSync(reportFile, 'utf8').replace('title: A quarter', 'title: A fine quarter'));
      const into = tempDir('kb-write-new-');
      const carried = writeContentFolder(into, old, read(alpha, beta));
      expect(carried.handEditedReports).toEqual([{ file: reportFile, differs: ['title'], upstreamChanged: false }]);
      expect(readFileSync(path.join(into, ID, '_report.md'), 'utf8')).toContain('title: A quarter\n');
      // Said once; and not at all where nobody edited, or the edit is upstream's too, or in a folder written before reports were recorded.
      expect(writeContentFolder(tempDir('kb-write-new-'), into, read(alpha, beta)).handEditedReports).toEqual([]);
      const same = imported();
      writeFileSync(path.join(same, ID, '_report.md'), readFileSync(path.join(same, ID, '_report.md'), 'utf8').replace('title: A quarter', 'title: A fine quarter'));
      const upstream: ReportFolder[] = [{ report: { ...report(['kernel']), title: 'A fine quarter' }, entries: [alpha, beta], partial: false }];
      expect(writeContentFolder(tempDir('kb-write-new-'), same, upstream).handEditedReports).toEqual([]);
      const unrecorded = tempDir('kb-write-old-');
      writeReportFolder(unrecorded, report(['kernel']), [alpha, beta]);
      writeFileSync(path.join(unrecorded, ID, '_report.md'), readFileSync(path.join(unrecorded, ID, '_report.md'), 'utf8').replace('title: A quarter', 'title: A fine quarter'));
      expect(writeContentFolder(tempDir('kb-write-new-'), unrecorded, read(alpha, beta)).handEditedReports).toEqual([]);
    });

    it('records the report file as a read in part rewrote it for the entries it kept, so that no edit is told at the next import', () => {
      const old = tempDir('kb-write-old-');
      writeContentFolder(old, undefined, [{ report: report(['kernel', 'ports']), entries: [alpha, makeEntry(ID, 'gamma', { category: 'ports', order: 1 })], partial: false }]);
      const partial = tempDir('kb-write-new-');
      writeContentFolder(partial, old, [{ report: report(['kernel']), entries: [alpha], partial: true }]);
      expect(readFileSync(path.join(partial, ID, '_report.md'), 'utf8')).toContain('key: ports');
      // Read whole now: the category goes, as the import wrote it.
      expect(writeContentFolder(tempDir('kb-write-new-'), partial, [{ report: report(['kernel']), entries: [alpha], partial: false }]).handEditedReports).toEqual([]);
    });

    it("takes a read in part's categories from upstream, an edited _report.md's title only for a category the read lost", () => {
      // The titles as upstream gives them, then edited by hand in the folder.
      const titled = (keys: string[]): Report => ({ ...report(keys), categories: keys.map((key, order) => ({ key, title: `${key} (upstream)`, order })) });
      const old = tempDir('kb-write-old-');
      writeContentFolder(old, undefined, [{ report: titled(['kernel', 'ports']), entries: [alpha, makeEntry(ID, 'gamma', { category: 'ports', order: 1 })], partial: false }]);
      const reportFile = path.join(old, ID, '_report.md');
      writeFileSync(reportFile, readFileSync(reportFile, 'utf8').replace('kernel (upstream)', 'Kernel, edited').replace('ports (upstream)', 'Ports, edited'));
      const into = tempDir('kb-write-new-');
      const carried = writeContentFolder(into, old, [{ report: titled(['kernel']), entries: [alpha], partial: true }]);
      // The fresh read's title where it has one; the lost category's only record is the old file, edit and all.
      expect(loadKnowledgeBase(into).getReport(ID)?.categories.map((c) => [c.key, c.title])).toEqual([
        ['kernel', 'kernel (upstream)'],
        ['ports', 'Ports, edited'],
      ]);
      // The edit written over is said.
      expect(carried.handEditedReports).toEqual([{ file: reportFile, differs: ['categories'], upstreamChanged: true }]);
    });

    it('is none where nobody edited: the folder is rewritten byte for byte, its record included', () => {
      const old = imported();
      const into = tempDir('kb-write-new-');
      expect(writeContentFolder(into, old, read(alpha, beta)).handEditedEntries).toEqual([]);
      for (const name of listing(old).filter((n) => n.includes('.'))) expect(readFileSync(path.join(into, name), 'utf8')).toBe(readFileSync(path.join(old, name), 'utf8'));
      expect(listing(into)).toEqual(listing(old));
      expect(Object.keys(readEntryHashes(into))).toEqual([`${ID}/_report`, `${ID}/alpha`, `${ID}/beta`]);
      // An entry upstream removed leaves the record with its file.
      const removed = tempDir('kb-write-new-');
      writeContentFolder(removed, into, read(alpha));
      expect(Object.keys(readEntryHashes(removed))).toEqual([`${ID}/_report`, `${ID}/alpha`]);
    });
  });

  it('writes what the read produced over the old files, even when it had errors', () => {
    const into = tempDir('kb-write-new-');
    const alpha = makeEntry(ID, 'alpha', { body: 'Read again.', order: 0 });
    writeContentFolder(into, previousImport(), [{ report: report(['kernel']), entries: [alpha], partial: true }]);
    expect(readFileSync(path.join(into, ID, 'alpha.md'), 'utf8')).toContain('Read again.');
  });
});
