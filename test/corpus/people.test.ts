import { beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { loadKnowledgeBase } from '../../lib/content';
import { collectPeopleIndex } from '../../lib/people';
import { knownNames, peopleOfContact, personKey } from '../../lib/people/collect';
import type { Entry, ContactKind, PeopleIndex, Person } from '../../lib/model';
import { isBareAddress } from '../../lib/people/kind';
import { findCorpus } from './corpus-dir';
import { runKb } from '../cli/run-kb';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

// Teams and mailing lists are named as contacts beside people; /people shows them apart.
describe.skipIf(!corpus)('people, teams and lists over the imported corpus', () => {
  const temp = tempDir('kb-people-corpus-');
  let people: Person[];
  let index: PeopleIndex;
  let entries: Entry[];
  let dir: string;
  const count = (kind: ContactKind) => people.filter((p) => p.kind === kind).length;
  const byAddress = (email: string) => people.find((p) => p.emails.some((e) => e.toLowerCase() === email));

  beforeAll(() => {
    dir = importedContent(corpus ?? '', temp);
    entries = loadKnowledgeBase(dir).entries;
    index = collectPeopleIndex(entries);
    people = index.people;
  });

  // 728 people, 62 teams and 43 lists when written; the bounds leave room for a re-import's changes.
  it('counts in `kb stats` the people /people counts, and the teams and lists apart', () => {
    const stats = JSON.parse(runKb(['stats', '--json', '--content', dir]).stdout) as Record<string, number>;
    expect([stats.people, stats.teams, stats.lists]).toEqual([count('person'), count('team'), count('list')]);
  });

  it('finds about 60 teams and 40 lists among some 830 contacts, the rest people', () => {
    expect(count('team')).toBeGreaterThanOrEqual(50);
    expect(count('team')).toBeLessThanOrEqual(75);
    expect(count('list')).toBeGreaterThanOrEqual(35);
    expect(count('list')).toBeLessThanOrEqual(55);
    expect(count('person')).toBeGreaterThanOrEqual(700);
    expect(count('person')).toBeLessThanOrEqual(760);
  });

  it.each([
    ['core@freebsd.org', 'team'],
    ['bugbusters@freebsd.org', 'team'],
    ['freebsd-arm@freebsd.org', 'list'],
    // A role's title given as the name ("Security Officer").
    ['security-officer@freebsd.org', 'team'],
  ])('the contact at %s (an example of the issue) is a %s', (email, kind) => {
    expect(byAddress(email)?.kind).toBe(kind);
  });

  it('finds everyone named the same (whatever the accents or a note) on one page', () => {
    const byName = new Map<string, Set<string>>();
    const known = knownNames(entries);
    for (const entry of entries) {
      // A contact naming several people ("A, B, C") names each of them.
      for (const name of entry.contacts.flatMap((contact) => peopleOfContact(contact.name, known) ?? [contact.name])) {
        const person = index.byEntryId.get(entry.id)?.find((p) => p.names.includes(name));
        const key = personKey(name);
        byName.set(key, (byName.get(key) ?? new Set()).add(person?.slug ?? `none for ${entry.id}`));
      }
    }
    expect([...byName].filter(([, slugs]) => slugs.size > 1).map(([key, slugs]) => `${key}: ${[...slugs].join(', ')}`)).toEqual([]);
  });

  it('files the mlx5 updates, whose one contact names three people (with commas, then without), under each of them', () => {
    for (const slug of ['slava-shwartsman', 'hans-petter-selasky', 'konstantin-belousov']) {
      expect(index.bySlug.get(slug)?.entryIds, slug).toEqual(expect.arrayContaining(['2019-01-2019-03/mlx5-drivers-update', '2019-04-2019-06/mellanox-drivers-update']));
    }
  });

  it.each([
    // A name given without its surname (7 times) shows as the full one (given twice).
    ['joe-marcus-clarke', 'Joe Marcus Clarke', ['joe-marcus']],
    // Family name first, then given name first.
    ['suzuki-shinsuke', 'SUZUKI Shinsuke', ['shinsuke-suzuki']],
    ['gabor-pali', 'Gábor Páli', ['pali-gabor-janos']],
    // One login at two hosts, the name a letter apart.
    ['nicholas-souchu', 'Nicholas Souchu', ['nicolas-souchu']],
    // A surname cut to its initial, one full name it can stand for.
    ['bryan-venteicher', 'Bryan Venteicher', ['bryan-v']],
  ])('shows %s on one page under "%s", the other spellings redirecting to it', (slug, name, others) => {
    expect(index.bySlug.get(slug)?.name).toBe(name);
    for (const other of others) {
      expect(index.bySlug.has(other), other).toBe(false);
      expect(index.redirects.get(other), other).toBe(slug);
    }
  });

  it('keeps apart two people of clearly different given names at one address (anderson@), each under their own name', () => {
    const at = people.filter((p) => p.emails.some((e) => e.toLowerCase() === 'anderson@freebsd.org')).map((p) => p.slug);
    expect(at).toEqual(['eric-anderson', 'jonathan-anderson']);
    expect(index.bySlug.get('jonathan-anderson')?.entryIds).toEqual(['2010-07-2010-09/capsicum-practical-capabilities-for-unix']);
  });

  it('carries a person from one address to the next through the spellings they wrote with each (Pawel Dawidek)', () => {
    const pjd = byAddress('pjd@freebsd.org');
    expect(pjd?.name).toBe('Pawel Jakub Dawidek');
    expect(pjd?.emails.map((e) => e.toLowerCase())).toContain('pawel@dawidek.net');
    expect(index.bySlug.get('pawel-dawidek')).toBeUndefined();
    expect(index.redirects.get('pawel-dawidek')).toBe(pjd?.slug);
  });

  it('names people by a name wherever one was given with their address', () => {
    const bare = people.filter((p) => p.kind === 'person' && isBareAddress(p.name));
    expect(bare.length, bare.map((p) => p.name).join(', ')).toBeLessThanOrEqual(2);
  });
});
