import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBJECT_ADDRESS_FILE } from '../../lib/content/ledger';
import type { Entry } from '../../lib/model';
import { buildSubjects, publishSubjectSlugs, subjectOptionsOf, type SubjectOptions } from '../../lib/subjects';
import { extendAddresses, holderOf } from '../../lib/subjects/addresses';
import { fixtureEntry, fixtureKb } from '../search/fixture-kb';
import { tempDir } from '../temp-dir';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

/** A build of the entries as `kb import` runs it over a folder holding what an earlier import published, with the addresses it records. */
const build = (entries: Entry[], published: SubjectOptions = {}) => {
  const index = buildSubjects(entries, subjectCorpusProjects(entries), published);
  return { ...index, addresses: extendAddresses(published.addresses ?? {}, index.redirects, (slug) => Object.hasOwn(index.ledger, slug)) };
};
/** Where an address leads, as the API answers it: the subject's own slug, the one it redirects to, or nothing (404). */
const leadsTo = (index: ReturnType<typeof build>, slug: string): string | undefined => (index.bySlug.has(slug) ? slug : index.redirects.get(slug));

describe('a subject address published by one import, after the next', () => {
  const first = build(subjectCorpus());

  it('is recorded with the slug of the subject it led to, beside the subject slugs', () => {
    // `fx`: a directory name of Frobnet's man page links; `quuxvisormgr`: a compound of Quuxvisor.
    expect(first.redirects.get('fx')).toBe('frobnet');
    expect(first.addresses).toEqual({ fx: 'frobnet', quuxvisormgr: 'quuxvisor' });
  });

  it('is written by the import into the content folder, and read back by the next build of it', () => {
    const kb = { ...fixtureKb(subjectCorpus()), dir: tempDir('kb-subject-addresses-') };
    publishSubjectSlugs(kb, subjectCorpusProjects(kb.entries));
    expect(JSON.parse(readFileSync(path.join(kb.dir, SUBJECT_ADDRESS_FILE), 'utf8'))).toEqual(first.addresses);
    expect(subjectOptionsOf(kb).addresses).toEqual(first.addresses);
  });

  it('still leads to its subject when the spelling it was made of is no longer found', () => {
    // Upstream drops the link that named Frobnet `fx`, and a quarter is added.
    const grown = [
      ...subjectCorpus().map((e) => (e.id === '2013-07-2013-09/frobnet-driver' ? { ...e, body: 'The frobnet driver supports the new cards.' } : e)),
      fixtureEntry('2016-07-2016-09/frobnet-driver', { title: 'Frobnet Driver', contacts: [{ name: 'Fa Net', email: 'fa@example.org' }], body: 'The frobnet driver gained a new firmware loader.' }),
    ];
    expect(build(grown, { ledger: first.ledger }).bySlug.get('frobnet')?.aliases).toEqual([]);
    const next = build(grown, { ledger: first.ledger, addresses: first.addresses });
    expect(leadsTo(next, 'fx')).toBe('frobnet');
    // And the import after that still has it.
    expect(next.addresses.fx).toBe('frobnet');
  });

  it('is not taken by a subject found later under that name: it keeps leading where it led, the newcomer takes another slug', () => {
    // Three other efforts report on the GUI: quuxvisormgr becomes a subject of its own.
    const grown = [
      ...subjectCorpus(),
      fixtureEntry('2017-01-2017-03/quuxvisormgr-themes', { title: 'quuxvisormgr Themes', contacts: [{ name: 'Jo Theme', email: 'jo@example.org' }], body: 'Dark themes for quuxvisormgr.' }),
      fixtureEntry('2018-01-2018-03/quuxvisormgr-packaging', { title: 'quuxvisormgr Packaging', contacts: [{ name: 'Ka Pack', email: 'ka@example.org' }], body: 'quuxvisormgr is now a package.' }),
      fixtureEntry('2019-01-2019-03/quuxvisormgr-translations', { title: 'quuxvisormgr Translations', contacts: [{ name: 'Li Lang', email: 'li@example.org' }], body: 'quuxvisormgr speaks five languages.' }),
    ];
    const next = build(grown, { ledger: first.ledger, addresses: first.addresses });
    expect(leadsTo(next, 'quuxvisormgr')).toBe('quuxvisor');
    const gui = next.subjects.find((s) => s.title === 'quuxvisormgr');
    expect(gui?.slug).toBe('quuxvisormgr-2');
    expect(gui?.entries.map((e) => e.id)).toContain('2019-01-2019-03/quuxvisormgr-translations');
    // A fresh import, with nothing published, names it plainly.
    expect(build(grown).bySlug.get('quuxvisormgr')?.title).toBe('quuxvisormgr');
  });

  it('gives way to the editors, whose redirects still apply', () => {
    const grown = subjectCorpus().map((e) => (e.id === '2013-07-2013-09/frobnet-driver' ? { ...e, body: 'The frobnet driver supports the new cards.' } : e));
    const yaml = { file: 'subjects.yml', corrections: { redirects: { fx: 'quuxvisor' } }, problems: [], locate: () => undefined };
    expect(build(grown, { ledger: first.ledger, addresses: first.addresses, corrections: yaml }).redirects.get('fx')).toBe('quuxvisor');
  });
});

describe('a subject address whose subject has gone', () => {
  it('leads where the subject\'s own slug leads: to the subject holding most of its entries', () => {
    const first = build(subjectCorpus());
    // The editors drop Frobnet; its slug, and `fx` with it, lead to what holds its entries, if anything.
    const yaml = { file: 'subjects.yml', corrections: { drop: ['frobnet'], subjects: { quuxvisor: { entries: { in: ['2013-07-2013-09/frobnet-driver'] } } } }, problems: [], locate: () => undefined };
    const next = build(subjectCorpus(), { ledger: first.ledger, addresses: first.addresses, corrections: yaml });
    expect(leadsTo(next, 'frobnet')).toBe('quuxvisor');
    expect(leadsTo(next, 'fx')).toBe('quuxvisor');
  });

  it("leads where the editors redirect the subject's slug, its entries left where they were", () => {
    const first = build(subjectCorpus());
    const yaml = { file: 'subjects.yml', corrections: { drop: ['frobnet'], redirects: { frobnet: 'quuxvisor' } }, problems: [], locate: () => undefined };
    const next = build(subjectCorpus(), { ledger: first.ledger, addresses: first.addresses, corrections: yaml });
    expect(leadsTo(next, 'frobnet')).toBe('quuxvisor');
    expect(leadsTo(next, 'fx')).toBe('quuxvisor');
  });
});

describe('holderOf', () => {
  const candidate = (name: string, ids: string[]) => ({ name, entryIds: new Set(ids) });

  it('takes the candidate holding most of the entries', () => {
    const big = candidate('big', ['r/a', 'r/b', 'r/c', 'r/d']);
    expect(holderOf(['r/a', 'r/b', 'r/x'], [candidate('small', ['r/a']), big])).toBe(big);
  });

  it('of candidates holding as many, takes the one with fewest others, then the first name', () => {
    // RAID-Z expansion's two entries, and a subject that took them in with an unrelated third.
    const raidz = candidate('raidz', ['r/a', 'r/b']);
    expect(holderOf(['r/a', 'r/b'], [candidate('expansion', ['r/a', 'r/b', 'r/c']), raidz])).toBe(raidz);
    const alpha = candidate('alpha', ['r/a']);
    expect(holderOf(['r/a'], [candidate('beta', ['r/a']), alpha])).toBe(alpha);
    expect(holderOf(['r/gone'], [alpha])).toBeUndefined();
  });
});

describe('extendAddresses', () => {
  it('adds today\'s redirects, keeps each published one as it was, and leaves the subject slugs to their own ledger', () => {
    const next = extendAddresses({ old: 'beta', zeta: 'alpha' }, new Map([['old', 'alpha'], ['new', 'alpha'], ['zeta', 'alpha']]), (slug) => slug === 'zeta');
    expect(next).toEqual({ new: 'alpha', old: 'beta' });
  });
});
