import { describe, expect, it } from 'vitest';
import { labeledProblems, loadSameHandPairs, pairKey, sameHandAgreement, type LabeledThreads, type SameHandPair } from '../../bench/threads-lib';
import { benchSets, heldOut, selectLabeled } from '../../bench/threads-sets';

// A fresh set in two halves: team T and renamed R to tune on, ordinary O held out; one apart
// pair per half, the test one touching the team thread of the tune half.
const fresh: LabeledThreads = {
  threads: [
    { name: 'T', titleChanged: true, kind: 'team', half: 'tune', entries: ['r1/t1', 'r2/t2'] },
    { name: 'R', titleChanged: true, kind: 'renamed', half: 'tune', entries: ['r1/r1', 'r3/r3'] },
    { name: 'O', titleChanged: false, kind: 'ordinary', half: 'test', entries: ['r2/o2', 'r3/o3'] },
  ],
  apart: [
    { a: 'r2/r2', b: 'r3/r3', why: 'look-alike of R', half: 'tune' },
    { a: 'r1/t1', b: 'r4/x', why: 'look-alike of T', half: 'test' },
  ],
};

describe('selectLabeled', () => {
  it('takes the threads of one half, and its apart pairs', () => {
    expect(selectLabeled(fresh, 'tune').threads.map((t) => t.name)).toEqual(['T', 'R']);
    expect(selectLabeled(fresh, 'tune').apart.map((p) => p.why)).toEqual(['look-alike of R']);
    expect(selectLabeled(fresh, 'test').threads.map((t) => t.name)).toEqual(['O']);
  });

  it('per kind, keeps the pairs of that half touching a thread of that kind, whichever its half', () => {
    expect(selectLabeled(fresh, 'test', 'team')).toEqual({ threads: [], apart: [fresh.apart[1]] });
    expect(selectLabeled(fresh, 'test', 'ordinary').apart).toEqual([]);
    expect(selectLabeled(fresh, 'tune', 'renamed').apart.map((p) => p.why)).toEqual(['look-alike of R']);
  });
});

describe('benchSets', () => {
  it('lists the old set, then each half and its kinds, with the test half not inspectable', () => {
    const sets = benchSets({ threads: [], apart: [] }, fresh);
    expect(sets.map((s) => [s.name, s.inspectable])).toEqual([
      ['old set', true],
      ['fresh tune', true],
      ['team', true],
      ['renamed', true],
      ['ordinary', true],
      ['fresh test', false],
      ['team', false],
      ['renamed', false],
      ['ordinary', false],
    ]);
  });
});

describe('heldOut', () => {
  it('holds out the test threads entries and the test apart pairs, nothing of the tune half', () => {
    const held = heldOut(fresh);
    expect([...held.entries]).toEqual(['r2/o2', 'r3/o3']);
    expect([...held.pairs]).toEqual([pairKey('r4/x', 'r1/t1')]);
  });
});

describe('labeledProblems on a set split into halves', () => {
  it('names a thread without half or kind and a pair without half', () => {
    const partial: LabeledThreads = {
      threads: [...fresh.threads, { name: 'U', titleChanged: false, entries: ['r4/u4'] }],
      apart: [...fresh.apart, { a: 'r4/u4', b: 'r4/x', why: 'no half' }],
    };
    const known = new Set(['r1/t1', 'r2/t2', 'r1/r1', 'r3/r3', 'r2/o2', 'r3/o3', 'r2/r2', 'r4/x', 'r4/u4']);
    expect(labeledProblems(partial, known)).toEqual([
      'thread "U": the set is split into halves, but it has no half or no kind',
      'r4/u4 / r4/x: the set is split into halves, but this apart pair has none',
    ]);
    expect(labeledProblems(fresh, known)).toEqual([]);
  });
});

describe('same-hand pairs', () => {
  it('scores a grouping per half: "same" pairs joined, "different" ones kept apart, "unsure" ones not at all', () => {
    const pairs: SameHandPair[] = [
      { a: 'r1/a', b: 'r2/b', judgement: 'same', why: 'carried on', half: 'tune' },
      { a: 'r1/c', b: 'r2/d', judgement: 'same', why: 'carried on', half: 'tune' },
      { a: 'r1/a', b: 'r3/e', judgement: 'different', why: 'other work', half: 'tune' },
      { a: 'r1/a', b: 'r4/f', judgement: 'unsure', why: 'umbrella', half: 'tune' },
      { a: 'r5/g', b: 'r6/h', judgement: 'different', why: 'other work', half: 'test' },
    ];
    const grouping = new Map([['r1/a', 'p'], ['r2/b', 'p'], ['r3/e', 'p'], ['r4/f', 'p'], ['r1/c', 'q'], ['r2/d', 's']]);
    expect(sameHandAgreement(pairs, grouping, 'tune')).toEqual({ same: [true, false], different: [false] });
    // Entries the grouping does not hold are never together.
    expect(sameHandAgreement(pairs, grouping, 'test')).toEqual({ same: [], different: [true] });
  });

  it('holds both judgements in each half, and puts pairs sharing an entry in one half', () => {
    const { pairs } = loadSameHandPairs();
    for (const half of ['tune', 'test'] as const) {
      for (const judgement of ['same', 'different'] as const) {
        expect(pairs.filter((p) => p.half === half && p.judgement === judgement).length).toBeGreaterThanOrEqual(25);
      }
    }
    const halfOf = new Map<string, string>();
    for (const p of pairs) {
      for (const id of [p.a, p.b]) {
        expect(halfOf.get(id) ?? p.half, id).toBe(p.half);
        halfOf.set(id, p.half);
      }
    }
  });
});
