import { describe, expect, it } from 'vitest';
import { labeledProblems, pairKey, type LabeledThreads } from '../../bench/threads-lib';
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
