import { describe, expect, it } from 'vitest';
import { bestTitle, distinctTitles, nameGroups, nameOfTitle, readableSlug } from '../../lib/projects/naming';
import { makeEntry } from './make-entry';

const titled = (report: string, title: string) => makeEntry(report, readableSlug(title), { title });

describe('nameOfTitle', () => {
  it.each([
    // A trim that would leave the name hanging on "and" takes the "and" too.
    ['frobd: Porting and Status Report', 'frobd: Porting'],
    ['Widget Driver & Status Update', 'Widget Driver'],
    // After a preposition or an article the filler is what the title is about: kept whole.
    ['Tools for Status Report', 'Tools for Status Report'],
    ['A Year of the Update', 'A Year of the Update'],
    ['Quux Porting, and the Status Report', 'Quux Porting, and the Status Report'],
    // "The" before a lower-case word or code is part of the name as written.
    ['The zorbd Daemon', 'The zorbd Daemon'],
    ['The `blorp` Branch', 'The `blorp` Branch'],
    ['The <tt>blorp</tt> Branch', 'The <tt>blorp</tt> Branch'],
    ['The bhyvectl(8) helper update', 'The bhyvectl(8) helper'],
    // Filler that leaves a whole name still goes.
    ['The Frobnitz Team', 'Frobnitz Team'],
    ['Status Report: zorb_alloc', 'zorb_alloc'],
    ['Quuxnet Driver Status Update', 'Quuxnet Driver'],
  ])('%s → %s', (title, name) => expect(nameOfTitle(title)).toBe(name));
});

describe('readableSlug', () => {
  it.each([
    ['The FreeBSD Core Team', 'freebsd-core-team'],
    ['OpenZFS RAIDZ Expansion update', 'openzfs-raidz-expansion'],
    ['ixgbe(4) and ixv(4) Updates', 'ixgbe-and-ixv'],
    ['ZFS support in makefs(8)', 'zfs-support-in-makefs'],
    ['Release Engineering Team Status Report', 'release-engineering-team'],
    ['Status Report ATA project', 'ata-project'],
    ['Status Report for Newbus lockdown', 'newbus-lockdown'],
    ['Status Report: mb_alloc', 'mb-alloc'],
    ['Update', 'update'],
    ['frobd: Porting and Status Report', 'frobd-porting'],
    ['The zorbd Daemon', 'zorbd-daemon'],
  ])('%s → %s', (title, slug) => expect(readableSlug(title)).toBe(slug));

  it('cuts a long title at a word', () => {
    const slug = readableSlug('A Very Long Title About Many Different Things That Goes On And On Without End');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^a-very-long-title[a-z-]*[a-z]$/);
  });
});

describe('bestTitle', () => {
  it('prefers the title the thread kept over a one-off first title', () => {
    const entries = [titled('2001-06', 'FreeBSD Core Team Election'), ...['2002-01', '2003-01', '2004-01'].map((r) => titled(r, 'The FreeBSD Core Team'))];
    expect(bestTitle(entries)).toBe('FreeBSD Core Team');
  });

  it('names a thread whose titles each add their own qualifier after one head by the head', () => {
    const entries = [titled('2010-07', 'Frobnitz Summit, Oslo'), titled('2011-07', 'Frobnitz Summit, Lund'), titled('2012-10', 'Frobnitz Summit, Turku')];
    expect(bestTitle(entries)).toBe('Frobnitz Summit');
  });

  it('keeps a whole title where the qualifiers say one thing differently or the head is a list', () => {
    expect(bestTitle([titled('2015-01', 'Zorb: a Capability Runtime'), titled('2016-01', 'Zorb: Pure Capability Runtime')])).toBe('Zorb: Pure Capability Runtime');
    expect(bestTitle([titled('2014-01', 'Zorbcc, zlink and zdb updated to 3.5'), titled('2015-01', 'Zorbcc, zlink, zdb and zrt updated to 3.7')])).not.toBe('Zorbcc');
    expect(bestTitle([titled('2010-07', 'Frobnitz Summit, Oslo'), titled('2011-07', 'Frobnitz Summit Oslo')])).not.toBe('Frobnitz Summit');
  });

  it('takes the latest of titles that fit equally well', () => {
    expect(bestTitle([titled('2001-06', 'Frob Driver'), titled('2002-06', 'Widget Tool')])).toBe('Widget Tool');
  });
});

describe('distinctTitles', () => {
  const project = (slug: string, title: string, reports: string[]) => ({ slug, title, entries: reports.map((r) => makeEntry(r, slug)) });

  it('gives projects listed together under one title the years each ran', () => {
    const radio = project('radio', 'Radio', ['2020-01-2020-03', '2021-04-2021-06', '2025-01-2025-03']);
    const radio2024 = project('radio-2024', 'Radio', ['2024-10-2024-12']);
    const frob = project('frob', 'Frob Driver', ['2024-10-2024-12']);
    const titles = distinctTitles([radio, radio2024, frob, radio]);
    expect([...titles]).toEqual([
      ['radio', 'Radio (2020–2025)'],
      ['radio-2024', 'Radio (2024)'],
      ['frob', 'Frob Driver'],
    ]);
  });
});

describe('nameGroups', () => {
  const small = { key: 1, entries: [titled('2016-01-2016-03', 'Documentation Engineering Team')] };
  const large = { key: 2, entries: ['2017-01-2017-03', '2018-01-2018-03', '2019-01-2019-03'].map((r) => titled(r, 'Documentation Engineering Team')) };

  it('gives a contested name to the thread with more entries; the other adds its first year', () => {
    const slugs = nameGroups([small, large], {}, () => undefined);
    expect(slugs.get(2)).toBe('documentation-engineering-team');
    expect(slugs.get(1)).toBe('documentation-engineering-team-2016');
  });

  it('moves a published slug to other work only when that work has more entries', () => {
    const ledger = { 'documentation-engineering-team': [small.entries[0]!.id] };
    expect(nameGroups([small, large], ledger, () => 1).get(2)).toBe('documentation-engineering-team');
    const bigLedger = { 'documentation-engineering-team': large.entries.map((e) => e.id) };
    const other = { key: 3, entries: ['2020-01-2020-03', '2021-01-2021-03'].map((r) => titled(r, 'Documentation Engineering Team')) };
    expect(nameGroups([large, other], bigLedger, () => 2).get(3)).toBe('documentation-engineering-team-2020');
  });

  it('keeps a thread under its published slug while half of its titles hold its words', () => {
    const reports = ['2020-01-2020-03', '2021-01-2021-03', '2022-01-2022-03', '2023-01-2023-03', '2024-01-2024-03'];
    const valgrind = { key: 7, entries: reports.map((r, i) => titled(r, i < 2 ? 'Valgrind updates' : 'Valgrind: stabilization and FreeBSD 16 fixes')) };
    const ledger = { valgrind: valgrind.entries.slice(0, 2).map((e) => e.id) };
    expect(nameGroups([valgrind], {}, () => undefined).get(7)).toBe('valgrind-stabilization-and-freebsd-16-fixes');
    expect(nameGroups([valgrind], ledger, () => 7).get(7)).toBe('valgrind');
    // A slug made from a one-off title gives way to the name that fits the thread.
    const core = { key: 8, entries: [...reports, '2025-01-2025-03'].map((r, i) => titled(r, i === 0 ? 'Core Team Election' : 'FreeBSD Core Team')) };
    expect(nameGroups([core], { 'core-team-election': core.entries.map((e) => e.id) }, () => 8).get(8)).toBe('freebsd-core-team');
  });

  it('does not keep a published slug an older trimmer cut mid-phrase', () => {
    const frobd = { key: 9, entries: [titled('2023-01-2023-03', 'frobd: Porting and Status Report')] };
    expect(nameGroups([frobd], { 'frobd-porting-and': [frobd.entries[0]!.id] }, () => 9).get(9)).toBe('frobd-porting');
  });

  it('keeps a published slug the 60-character cut of its own title ends on "from"', () => {
    const long = 'Zapdos sensor framework: porting the frobnicator daemons from NetZap and more';
    const zap = { key: 10, entries: [titled('2031-01-2031-03', long), titled('2031-04-2031-06', 'Zapdos sensor framework porting, frobnicator daemons')] };
    const published = readableSlug(long);
    expect(published.endsWith('-from')).toBe(true);
    expect(nameGroups([zap], { [published]: [zap.entries[0]!.id] }, () => 10).get(10)).toBe(published);
  });

  it('never hands out a published slug whose work is gone', () => {
    expect(nameGroups([large], { 'documentation-engineering-team': ['1999-01/gone'] }, () => undefined).get(2)).toBe('documentation-engineering-team-2017');
  });
});
