import { describe, expect, it } from 'vitest';
import { clusterEntries, type Link } from '../../lib/projects/cluster';
import { leftoverContinuations } from '../../lib/projects/continuity';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals, type EntrySignals } from '../../lib/projects/signals';
import type { Entry } from '../../lib/model';
import { makeEntry } from './make-entry';

const R = ['2031-01-2031-03', '2031-04-2031-06', '2031-07-2031-09'] as const;
const ada = { name: 'Ada Example', email: 'ada@example.org' };

function signalsOf(entries: Entry[]): EntrySignals[] {
  const named = identifyPeople(entries);
  return entries.map((e, i) => entrySignals(e, R.indexOf(e.report as (typeof R)[number]), named[i]!));
}

/**
 * Ada reports a board port in two reports running, and beside it one other thing each time
 * (`others`: slug → report); the ports are one thread (a strong link), the rest linked weakly.
 */
function adasReports(others: [string, number][]): { entries: Entry[]; links: Link[] } {
  const entries = [
    makeEntry(R[0], 'board-port', { title: 'Board Port', contacts: [ada] }),
    makeEntry(R[1], 'board-port', { title: 'Board Port', contacts: [ada] }),
    ...others.map(([slug, r]) => makeEntry(R[r]!, slug, { title: slug, contacts: [ada] })),
  ];
  const links: Link[] = [{ a: 0, b: 1, score: 0.9 }, ...others.slice(1).map((_, k) => ({ a: 2 + k, b: 3 + k, score: 0.35 }))];
  return { entries, links };
}

describe('leftoverContinuations', () => {
  it("pairs the one entry left on each side once a person's threads that go on are set aside", () => {
    const { entries } = adasReports([['flow-control', 0], ['link-layer-overhaul', 1]]);
    const signals = signalsOf(entries);
    const groupOf = (i: number): number => (i < 2 ? 0 : i);
    expect(leftoverContinuations(signals, groupOf).map(([a, b]) => `${entries[a]!.slug}>${entries[b]!.slug}`)).toEqual(['flow-control>link-layer-overhaul']);
  });

  it('pairs nothing when two are left on one side, or nothing goes on', () => {
    const two = adasReports([['flow-control', 0], ['link-layer-overhaul', 1], ['queue-tuning', 1]]);
    expect(leftoverContinuations(signalsOf(two.entries), (i) => (i < 2 ? 0 : i))).toEqual([]);
    const none = adasReports([['flow-control', 0], ['link-layer-overhaul', 1]]);
    expect(leftoverContinuations(signalsOf(none.entries), (i) => i)).toEqual([]);
  });
});

describe('clusterEntries with a continuation score', () => {
  it("joins a person's other line of work carried on beside a thread when it scores as a continuation", () => {
    const { entries, links } = adasReports([['flow-control', 0], ['link-layer-overhaul', 1]]);
    const signals = signalsOf(entries);
    expect(clusterEntries(signals, links)[2]).not.toBe(clusterEntries(signals, links)[3]);
    const joined = clusterEntries(signals, links, () => 0.6);
    expect(joined[2]).toBe(joined[3]);
    const weak = clusterEntries(signals, links, () => 0.4);
    expect(weak[2]).not.toBe(weak[3]);
  });
});
