import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { loadKnowledgeBase } from '../../lib/content';
import { collectPeople, type ContactKind, type Person } from '../../lib/people';
import { isBareAddress } from '../../lib/people/kind';
import { findCorpus } from './corpus-dir';

const corpus = findCorpus();

// Teams and mailing lists are named as contacts beside people; /people shows them apart.
describe.skipIf(!corpus)('people, teams and lists over the imported corpus', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-people-corpus-'));
  let people: Person[];
  const count = (kind: ContactKind) => people.filter((p) => p.kind === kind).length;
  const byAddress = (email: string) => people.find((p) => p.emails.some((e) => e.toLowerCase() === email));

  beforeAll(() => {
    people = collectPeople(loadKnowledgeBase(importedContent(corpus ?? '', temp)).entries);
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  // 728 people, 62 teams and 43 lists when written; the bounds leave room for a re-import's changes.
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
  ])('the contact at %s (an example of the issue) is a %s', (email, kind) => {
    expect(byAddress(email)?.kind).toBe(kind);
  });

  it('names people by a name wherever one was given with their address', () => {
    const bare = people.filter((p) => p.kind === 'person' && isBareAddress(p.name));
    expect(bare.length, bare.map((p) => p.name).join(', ')).toBeLessThanOrEqual(2);
  });
});
