import { describe, expect, it } from 'vitest';
import { findContinuations } from '../../lib/projects/continuity';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals } from '../../lib/projects/signals';
import type { Entry } from '../../lib/model';
import { makeEntry } from './make-entry';

const R = ['2010-01-2010-03', '2010-04-2010-06', '2010-07-2010-09', '2010-10-2010-12'] as const;
const ada = { name: 'Ada Example', email: 'ada@example.org' };
const bob = { name: 'Bob Example', email: 'bob@example.org' };

function continuations(entries: Entry[]): string[] {
  const named = identifyPeople(entries);
  const signals = entries.map((e, i) => entrySignals(e, R.indexOf(e.report as (typeof R)[number]), named[i]!));
  const n = entries.length;
  return [...findContinuations(signals)].map((key) => `${entries[Math.floor(key / n)]!.slug}>${entries[key % n]!.slug}`).sort();
}

describe('findContinuations', () => {
  it("pairs a person's consecutive reports, one entry each", () => {
    const entries = [makeEntry(R[0], 'a', { contacts: [ada] }), makeEntry(R[2], 'b', { contacts: [ada, bob] }), makeEntry(R[3], 'c', { contacts: [ada] })];
    expect(continuations(entries)).toEqual(['a>b', 'b>c']);
  });

  it('pairs nothing into or out of a report where the person has two entries', () => {
    const entries = [makeEntry(R[0], 'a', { contacts: [ada] }), makeEntry(R[1], 'b1', { contacts: [ada] }), makeEntry(R[1], 'b2', { contacts: [ada] }), makeEntry(R[2], 'c', { contacts: [ada] })];
    expect(continuations(entries)).toEqual([]);
  });

  it('pairs nothing for a team address: a team has many hands', () => {
    const team = { name: 'Widget Team', email: 'widgets@example.org' };
    expect(continuations([makeEntry(R[0], 'a', { contacts: [team] }), makeEntry(R[1], 'b', { contacts: [team] })])).toEqual([]);
  });
});
