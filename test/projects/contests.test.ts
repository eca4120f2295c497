import { describe, expect, it } from 'vitest';
import { settleContests } from '../../lib/projects/contests';
import { entrySignals } from '../../lib/projects/signals';
import { makeEntry } from './make-entry';

const Q = ['2020-01-2020-03', '2020-04-2020-06', '2020-07-2020-09', '2020-10-2020-12'] as const;

/** Entries 0-2 a thread's first three reports; 3 another effort in the fourth report; 4 the thread's own fourth entry. */
function signals() {
  const entries = [
    makeEntry(Q[0], 'crate-tool'),
    makeEntry(Q[1], 'crate-tool'),
    makeEntry(Q[2], 'crate-tool'),
    makeEntry(Q[3], 'image-catalogue'),
    makeEntry(Q[3], 'crate-tool'),
  ];
  return entries.map((e) => entrySignals(e, Q.indexOf(e.report as (typeof Q)[number]), { people: [], roles: [] }));
}

const partners = (pairs: [number, number][]): Map<number, number[]> => {
  const map = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return map;
};

describe('settleContests', () => {
  it("gives a report's place back to the entry most of the thread agrees with", () => {
    // Strongest link first put entry 3 (another effort citing the thread's repository) in the
    // thread, through one strong link; entry 4 is strongly linked to all three earlier entries.
    const groupOf = [0, 0, 0, 0, 4];
    const strong = partners([[0, 1], [1, 2], [0, 3], [0, 4], [1, 4], [2, 4]]);
    const out = settleContests(groupOf, signals(), strong);
    expect(out[4]).toBe(out[0]);
    expect(out[3]).not.toBe(out[0]);
    expect(new Set([out[0], out[1], out[2]]).size).toBe(1);
  });

  it('renames the thread when the entry that leaves was its name', () => {
    const groupOf = [3, 3, 3, 3, 4];
    const strong = partners([[0, 1], [1, 2], [0, 3], [0, 4], [1, 4], [2, 4]]);
    const out = settleContests(groupOf, signals(), strong);
    expect(new Set([out[0], out[1], out[2], out[4]]).size).toBe(1);
    expect(out[3]).toBe(3);
    expect(out[0]).not.toBe(3);
  });

  it('leaves the holder in place when the contender agrees with no more of the thread', () => {
    const groupOf = [0, 0, 0, 0, 4];
    const strong = partners([[0, 1], [1, 2], [0, 3], [1, 3], [0, 4], [1, 4]]);
    expect(settleContests(groupOf, signals(), strong)).toEqual(groupOf);
  });
});
