import { describe, expect, it } from 'vitest';
import { clusterEntries, type Link } from '../../lib/projects/cluster';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals } from '../../lib/projects/signals';
import { makeEntry } from './make-entry';

describe('clusterEntries on a thread that skipped a report', () => {
  const quarters = Array.from({ length: 12 }, (_, i) => `${2030 + Math.floor(i / 4)}-q${(i % 4) + 1}`);
  const ada = { name: 'Ada Example', email: 'ada@example.org' };
  const bob = { name: 'Bob Example', email: 'bob@example.org' };

  /**
   * A thread of Ada's in `thread` quarters, each report strongly linked to the next, and one
   * entry alone in `alone`'s quarter (by `hands`) weakly linked to the thread's entries at `weak`.
   * Whether the entry alone ends in the thread.
   */
  function fillsGap(thread: number[], alone: number, weak: number[], hands = [ada]): boolean {
    const entries = [
      ...thread.map((q) => makeEntry(quarters[q]!, 'widget-driver', { title: 'Widget Driver', contacts: [ada] })),
      makeEntry(quarters[alone]!, 'widget-milestone', { title: 'Widget Milestone Reached', contacts: hands }),
    ];
    const named = identifyPeople(entries);
    const signals = entries.map((e, i) => entrySignals(e, quarters.indexOf(e.report), named[i]!));
    const aloneIndex = thread.length;
    const links: Link[] = [
      ...thread.slice(1).map((_, k) => ({ a: k, b: k + 1, score: 0.9 })),
      ...weak.map((q) => ({ a: thread.indexOf(q), b: aloneIndex, score: 0.33 })),
    ].sort((x, y) => y.score - x.score);
    const groupOf = clusterEntries(signals, links);
    return groupOf[aloneIndex] === groupOf[0];
  }

  it('takes in an entry alone that resembles the reports just before and just after its own', () => {
    expect(fillsGap([0, 1, 3, 4], 2, [1, 3])).toBe(true);
    expect(fillsGap([0, 1, 3, 4], 2, [0, 1, 4])).toBe(true);
  });

  it('leaves it alone when it resembles one side only, reports years away, or other hands', () => {
    expect(fillsGap([0, 1, 3, 4], 2, [0, 1])).toBe(false);
    expect(fillsGap([0, 1, 10, 11], 6, [1, 10])).toBe(false);
    expect(fillsGap([0, 1, 3, 4], 2, [1, 3], [bob])).toBe(false);
  });
});

describe('clusterEntries on an entry two threads resemble, one of which did not skip its report', () => {
  const quarters = ['2030-q1', '2030-q2', '2030-q3'];
  const ada = { name: 'Ada Example', email: 'ada@example.org' };

  it('joins the thread that skipped the report, though the other resembles it more', () => {
    const entries = [
      // A thread in all three quarters: it has its entry of the middle one.
      ...quarters.map((q) => makeEntry(q, 'sprocket-driver', { title: 'Sprocket Driver', contacts: [ada] })),
      // A thread that skipped the middle quarter.
      makeEntry(quarters[0]!, 'widget-driver', { title: 'Widget Driver', contacts: [ada] }),
      makeEntry(quarters[2]!, 'widget-driver', { title: 'Widget Driver', contacts: [ada] }),
      makeEntry(quarters[1]!, 'widget-milestone', { title: 'Widget Milestone Reached', contacts: [ada] }),
    ];
    const named = identifyPeople(entries);
    const signals = entries.map((e, i) => entrySignals(e, quarters.indexOf(e.report), named[i]!));
    const links: Link[] = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.9 },
      { a: 3, b: 4, score: 0.9 },
      // The entry alone resembles the full thread on both sides twice over, the other once each.
      { a: 0, b: 5, score: 0.34 },
      { a: 2, b: 5, score: 0.34 },
      { a: 1, b: 5, score: 0.33 },
      { a: 3, b: 5, score: 0.33 },
      { a: 4, b: 5, score: 0.33 },
    ];
    const groupOf = clusterEntries(signals, links);
    expect(groupOf[5]).toBe(groupOf[3]);
    expect(groupOf[5]).not.toBe(groupOf[0]);
  });
});
