import { describe, expect, it } from 'vitest';
import { clusterEntries, combine, SAME_PROJECT, scorePairs, type Link } from '../../lib/projects/cluster';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals } from '../../lib/projects/signals';
import type { Similarity } from '../../lib/projects/similarity';
import { makeEntry } from './make-entry';

const nothing: Similarity = { title: 0, links: 0, people: 0, text: 0, roles: 0, commonHands: 0, strangers: false };

describe('combine', () => {
  it('scores a same-titled entry by other hands lower than one by no named hands', () => {
    const lookAlike = { ...nothing, title: 1, links: 1, text: 0.1 };
    expect(combine({ ...lookAlike, strangers: true }, 1)).toBeLessThan(combine(lookAlike, 1));
    expect(combine({ ...lookAlike, strangers: true }, 1)).toBeLessThan(0.8);
  });

  it("keeps a team's reports together across years by its address, where people and words changed", () => {
    const team = { ...nothing, title: 0.6, text: 0.2, roles: 1 };
    expect(combine(team, 40)).toBeGreaterThanOrEqual(SAME_PROJECT);
    expect(combine({ ...team, roles: 0 }, 40)).toBeLessThan(SAME_PROJECT);
  });

  it("joins one person's next report under a new title when its text carries on, not when it does not", () => {
    const renamed = { ...nothing, people: 1, commonHands: 1, text: 0.4 };
    expect(combine(renamed, 1, true)).toBeGreaterThanOrEqual(SAME_PROJECT);
    expect(combine(renamed, 1, false)).toBeLessThan(SAME_PROJECT);
    expect(combine({ ...renamed, text: 0.05 }, 1, true)).toBeLessThan(SAME_PROJECT);
  });

  it('takes one person of two names on each side for a main hand, one of three for none', () => {
    // Two names each, one in common: a third of all names, half of either entry's.
    const carriedOn = { ...nothing, people: 1 / 3, commonHands: 1 / 2, title: 0.4, text: 0.2 };
    expect(combine(carriedOn, 1, true)).toBeGreaterThanOrEqual(SAME_PROJECT);
    expect(combine({ ...carriedOn, people: 1 / 5, commonHands: 1 / 3 }, 1, true)).toBeLessThan(SAME_PROJECT);
    // A co-author's next entry whose title or link carries on but not its words is another effort.
    expect(combine({ ...carriedOn, text: 0.05, title: 0.5 }, 1, true)).toBeLessThan(SAME_PROJECT);
  });
});

describe('clusterEntries', () => {
  const R = Array.from({ length: 8 }, (_, i) => `${2010 + Math.floor(i / 4)}-q${(i % 4) + 1}`);
  const ada = { name: 'Ada Example', email: 'ada@example.org' };
  const bob = { name: 'Bob Example', email: 'bob@example.org' };
  /**
   * Two parts of two entries each, joined by strong links inside; `across` links between them.
   * The first part reports in `at[0]` and `at[1]`, the second in `at[2]` and `at[3]`.
   */
  function groups(laterHands: (typeof ada)[], across: number[], at: readonly number[] = [0, 1, 2, 3]): boolean {
    const entries = [
      makeEntry(R[at[0]!]!, 'a', { contacts: [ada] }),
      makeEntry(R[at[1]!]!, 'b', { contacts: [ada] }),
      makeEntry(R[at[2]!]!, 'c', { contacts: laterHands }),
      makeEntry(R[at[3]!]!, 'd', { contacts: laterHands }),
    ];
    const named = identifyPeople(entries);
    const signals = entries.map((e, i) => entrySignals(e, at[i]!, named[i]!));
    const weak: Link[] = [
      { a: 0, b: 2, score: across[0] ?? 0 },
      { a: 1, b: 2, score: across[1] ?? 0 },
      { a: 1, b: 3, score: across[2] ?? 0 },
    ];
    const links = [{ a: 0, b: 1, score: 0.9 }, { a: 2, b: 3, score: 0.9 }, ...weak].sort((x, y) => y.score - x.score);
    const groupOf = clusterEntries(signals, links);
    return groupOf[0] === groupOf[3];
  }

  it('joins parts that three weaker links agree on and that share a person', () => {
    expect(groups([ada, bob], [0.4, 0.4, 0.4])).toBe(true);
    expect(groups([ada, bob], [0.4, 0.4, 0.4], [0, 2, 1, 3])).toBe(true);
  });

  it('joins parts that two weaker links agree on when one follows the other within a year', () => {
    expect(groups([ada, bob], [0.4, 0.4, 0.1])).toBe(true);
    expect(groups([ada, bob], [0.4, 0.4, 0.1], [0, 1, 5, 6])).toBe(true);
  });

  it('leaves them apart with fewer links, side by side with two, further apart with two, or with no one in common', () => {
    expect(groups([ada, bob], [0.4, 0.1, 0.1])).toBe(false);
    expect(groups([ada, bob], [0.4, 0.4, 0.1], [0, 2, 1, 3])).toBe(false);
    expect(groups([ada, bob], [0.4, 0.4, 0.1], [0, 1, 6, 7])).toBe(false);
    expect(groups([bob], [0.4, 0.4, 0.4])).toBe(false);
  });

  /**
   * A thread of Ada's in reports 0-2 and one entry of hers at `at`, linked weakly to each of its
   * reports; titles `thread` and `alone` (else each entry's slug).
   */
  function joinsThread(at: number, titles: { thread?: string; alone?: string } = {}): boolean {
    const entries = [0, 1, 2, at].map((r, i) => makeEntry(R[r]!, `e${i}`, { contacts: [ada], title: (i === 3 ? titles.alone : titles.thread) ?? `e${i}` }));
    const named = identifyPeople(entries);
    const signals = entries.map((e, i) => entrySignals(e, [0, 1, 2, at][i]!, named[i]!));
    const links: Link[] = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.9 },
      { a: 0, b: 3, score: 0.4 },
      { a: 1, b: 3, score: 0.4 },
      { a: 2, b: 3, score: 0.4 },
    ];
    const groupOf = clusterEntries(signals, links);
    return groupOf[0] === groupOf[3];
  }

  it("counts one entry's links to each report of a thread years before as one resemblance, not three", () => {
    expect(joinsThread(7)).toBe(false);
    // Right after the thread's last report, it reads as the thread carried on.
    expect(joinsThread(3)).toBe(true);
  });

  it('takes them for a thread carried on when the one entry keeps every word of its title', () => {
    expect(joinsThread(7, { thread: 'Gizmo Sprocket', alone: 'Gizmo, Sprocket and Cogwheel' })).toBe(true);
    expect(joinsThread(7, { thread: 'Gizmo Sprocket', alone: 'Porting the Gizmo Compiler' })).toBe(false);
  });
});

describe('clusterEntries on work that changed hands', () => {
  const quarters = Array.from({ length: 10 }, (_, i) => `${2010 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-${2010 + Math.floor(i / 4)}-${String((i % 4) * 3 + 3).padStart(2, '0')}`);
  const ada = { name: 'Ada Example', email: 'ada@example.org' };
  const bob = { name: 'Bob Example', email: 'bob@example.org' };
  /** Whether a title reported by Ada in `adas` quarters and by Bob in `bobs` ends as one project. */
  function oneProject(adas: number[], bobs: number[]): boolean {
    const entries = [
      ...adas.map((q, i) => makeEntry(quarters[q]!, 'gizmo-port', { title: 'Gizmo Port', contacts: [ada], body: `Ada's board ${i} boots.` })),
      ...bobs.map((q, i) => makeEntry(quarters[q]!, adas.includes(q) ? 'gizmo-port-2' : 'gizmo-port', { title: 'Gizmo Port', contacts: [bob], body: `Bob's compiler ${i} builds.` })),
    ];
    const named = identifyPeople(entries);
    const signals = entries.map((e, i) => entrySignals(e, quarters.indexOf(e.report), named[i]!));
    const groupOf = clusterEntries(signals, scorePairs(signals));
    return new Set(groupOf).size === 1;
  }

  it('joins a title one hand reported until one quarter and another took up within a year', () => {
    expect(oneProject([0, 1], [2, 3])).toBe(true);
    expect(oneProject([0, 1], [5, 6])).toBe(true);
  });

  it('leaves apart the same title in other hands side by side, or taken up years later', () => {
    expect(oneProject([0, 1, 2], [1, 3])).toBe(false);
    expect(oneProject([0, 1], [7, 8])).toBe(false);
  });
});

describe('scorePairs', () => {
  it('scores each pair the same whatever the order the entries came in', () => {
    const R = ['2010-01-2010-03', '2010-04-2010-06', '2010-07-2010-09'] as const;
    const ada = { name: 'Ada Example', email: 'ada@example.org' };
    const body = 'Gizmo administration tools gained a scheduler and a report viewer for the build farm.';
    // One title's word stands for two of the other's: matched one way it counts once, the other way twice.
    const entries = [
      makeEntry(R[0], 'gizmo-admin', { title: 'Gizmo Admin', contacts: [ada], body }),
      makeEntry(R[1], 'gizmo-administration', { title: 'Gizmo Administration and Administrators', contacts: [ada], body }),
      makeEntry(R[2], 'gat', { title: 'GAT Work', contacts: [ada], body: `${body} Viewer done.` }),
    ];
    const scores = (list: typeof entries): Map<string, number> => {
      const named = identifyPeople(list);
      const signals = list.map((e, i) => entrySignals(e, R.indexOf(e.report as (typeof R)[number]), named[i]!));
      return new Map(scorePairs(signals).map((l) => [[list[l.a]!.id, list[l.b]!.id].sort().join(' '), l.score]));
    };
    const forward = scores(entries);
    expect(forward.size).toBeGreaterThan(0);
    expect(scores([...entries].reverse())).toEqual(forward);
  });
});
