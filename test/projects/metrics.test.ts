import { describe, expect, it } from 'vitest';
import { evaluateGrouping, groupingOfIndex, labeledProblems, readerAgreement, threadNamed, wholeThreads, type LabeledThreads } from '../../bench/threads-lib';
import type { Project } from '../../lib/model';

// Two labeled threads (A: a1 a2 a3, B: b1 b2) and two look-alikes apart from them (x apart
// from a1, y apart from b1). Positive pairs: 3 within A + 1 within B = 4. Negative pairs:
// 3 × 2 = 6 across A and B, plus the 2 apart pairs = 8.
const labeled: LabeledThreads = {
  threads: [
    { name: 'A', titleChanged: true, entries: ['r1/a1', 'r2/a2', 'r3/a3'] },
    { name: 'B', titleChanged: false, entries: ['r1/b1', 'r2/b2'] },
  ],
  apart: [
    { a: 'r1/a1', b: 'r4/x', why: 'look-alike' },
    { a: 'r1/b1', b: 'r4/y', why: 'look-alike' },
  ],
};

describe('evaluateGrouping', () => {
  it('counts pairs inside threads as positive and pairs across threads or apart as negative', () => {
    // A split 2 + 1, B whole; b2 wrongly with a3; x wrongly with a1; y alone.
    const grouping = new Map([
      ['r1/a1', 'p'],
      ['r2/a2', 'p'],
      ['r4/x', 'p'],
      ['r3/a3', 'q'],
      ['r1/b1', 'q'],
      ['r2/b2', 'q'],
      ['r4/y', 'z'],
    ]);
    const { metrics, threadAverageRecall, threads, wrongMerges, mixedGroups } = evaluateGrouping(labeled, grouping);
    // TP: a1-a2 and b1-b2 = 2. FP: a3-b1, a3-b2 (across threads) and a1-x (apart) = 3.
    expect(metrics).toMatchObject({ positivePairs: 4, negativePairs: 8, truePositives: 2, falsePositives: 3 });
    expect(metrics.precision).toBeCloseTo(2 / 5, 12);
    expect(metrics.recall).toBeCloseTo(2 / 4, 12);
    expect(metrics.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9, 12);
    // A keeps 1 of its 3 pairs, B its only pair.
    expect(threadAverageRecall).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(threads.map((t) => t.groups.map((g) => [g.key, g.entries.length]))).toEqual([
      [
        ['p', 2],
        ['q', 1],
      ],
      [['q', 2]],
    ]);
    expect(wrongMerges).toEqual([{ a: 'r1/a1', b: 'r4/x', key: 'p', why: 'look-alike' }]);
    expect(mixedGroups).toEqual([{ key: 'q', threads: [{ name: 'B', entries: 2 }, { name: 'A', entries: 1 }] }]);
    expect(wholeThreads(evaluateGrouping(labeled, grouping))).toEqual({ whole: 1, of: 2 });
  });

  it('scores a perfect grouping 1 / 1 and a grouping of everything into one project by its pairs', () => {
    const perfect = new Map([
      ['r1/a1', 'a'],
      ['r2/a2', 'a'],
      ['r3/a3', 'a'],
      ['r1/b1', 'b'],
      ['r2/b2', 'b'],
    ]);
    expect(evaluateGrouping(labeled, perfect).metrics).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const lumped = new Map(['r1/a1', 'r2/a2', 'r3/a3', 'r1/b1', 'r2/b2', 'r4/x', 'r4/y'].map((id) => [id, 'all']));
    const { metrics } = evaluateGrouping(labeled, lumped);
    expect(metrics.truePositives).toBe(4);
    expect(metrics.falsePositives).toBe(8);
    expect(metrics.precision).toBeCloseTo(4 / 12, 12);
    expect(metrics.recall).toBe(1);
  });

  it('treats entries missing from the grouping as groups of their own', () => {
    const { metrics, threads } = evaluateGrouping(labeled, new Map([['r1/a1', 'p']]));
    expect(metrics).toMatchObject({ truePositives: 0, falsePositives: 0, precision: 1, recall: 0, f1: 0 });
    expect(threads[0]?.groups).toHaveLength(3);
  });

  it('counts an apart pair between two labeled threads once', () => {
    const withCrossApart: LabeledThreads = { ...labeled, apart: [...labeled.apart, { a: 'r3/a3', b: 'r2/b2', why: 'same person' }] };
    const grouping = new Map([
      ['r3/a3', 'g'],
      ['r2/b2', 'g'],
    ]);
    const { metrics, wrongMerges } = evaluateGrouping(withCrossApart, grouping);
    expect(metrics.negativePairs).toBe(8);
    expect(metrics.falsePositives).toBe(1);
    expect(wrongMerges.map((w) => w.why)).toEqual(['same person']);
  });
});

describe('labeledProblems', () => {
  it('names every unknown id, duplicate and contradiction', () => {
    const bad: LabeledThreads = {
      threads: [
        { name: 'A', titleChanged: false, entries: ['r1/a1', 'r1/a1', 'r9/gone'] },
        { name: 'B', titleChanged: false, entries: ['r1/a1', 'r2/a2', 'r2/b2'] },
      ],
      apart: [
        { a: 'r2/b2', b: 'r2/b2', why: 'x' },
        { a: 'r2/b2', b: 'r2/b2', why: 'again' },
        { a: 'r2/a2', b: 'r2/b2', why: 'contradicts B' },
      ],
    };
    const problems = labeledProblems(bad, new Set(['r1/a1', 'r2/a2', 'r2/b2']));
    expect(problems).toEqual([
      'r1/a1: listed twice in thread "A"',
      'r9/gone: no such entry in the content folder (thread "A")',
      'r1/a1: in two threads, "A" and "B"',
      'r2/b2: apart from itself',
      'r2/b2: apart from itself',
      'r2/b2 / r2/b2: apart pair listed twice',
      'r2/a2 / r2/b2: said to be apart, but both are in thread "B"',
    ]);
    expect(labeledProblems(labeled, new Set(['r1/a1', 'r2/a2', 'r3/a3', 'r1/b1', 'r2/b2', 'r4/x', 'r4/y']))).toEqual([]);
  });

  it('finds threads by name and fails loudly on a missing one', () => {
    expect(threadNamed(labeled, 'B').entries).toEqual(['r1/b1', 'r2/b2']);
    expect(() => threadNamed(labeled, 'C')).toThrow('no labeled thread named "C"');
  });
});

describe('groupingOfIndex', () => {
  it('keys each entry by its project slug', () => {
    const project: Project = { slug: 'bhyve', title: 'bhyve', titles: ['bhyve'], entries: [], related: [] };
    expect(groupingOfIndex({ byEntryId: new Map([['r1/a1', project]]) })).toEqual(new Map([['r1/a1', 'bhyve']]));
  });
});

describe('readerAgreement', () => {
  // Both threads in the tune half; the second reader found A but for a3, B whole plus a stray z,
  // kept x apart from a1 and wrongly called the a1/a2 pair different.
  const fresh: LabeledThreads = {
    threads: labeled.threads.map((t) => ({ ...t, half: 'tune' as const })),
    apart: labeled.apart.map((p) => ({ ...p, half: 'tune' as const })),
  };
  const second = {
    threads: [
      { seed: 'r1/a1', half: 'tune' as const, entries: ['r1/a1', 'r2/a2'] },
      { seed: 'r1/b1', half: 'tune' as const, entries: ['r1/b1', 'r2/b2', 'r3/z'] },
    ],
    pairs: [
      { a: 'r1/a1', b: 'r4/x', half: 'tune' as const, verdict: 'different' as const, why: 'look-alike' },
      { a: 'r1/a1', b: 'r2/a2', half: 'tune' as const, verdict: 'different' as const, why: 'misread' },
    ],
  };

  it('scores the second reader and a grouping alike against the first labels', () => {
    const grouping = new Map([['r1/a1', 'p'], ['r2/a2', 'p'], ['r3/a3', 'p'], ['r4/x', 'p'], ['r1/b1', 'q'], ['r2/b2', 'q']]);
    const { second: s, grouping: g } = readerAgreement(fresh, second, grouping, 'tune');
    // Second: A's 3 pairs, 1 found; B's 1 pair found; of its 1 + 3 pairs, 2 are the first's.
    expect(s.recall).toBeCloseTo(2 / 4, 10);
    expect(s.precision).toBeCloseTo(2 / 4, 10);
    expect(s.keptApart).toBe(1);
    expect(s.joined).toBe(0);
    // The grouping: all 4 pairs found; A's group holds x too, so 3 + 1 of its 6 + 1 pairs; x merged with a1.
    expect(g.recall).toBe(1);
    expect(g.precision).toBeCloseTo(4 / 7, 10);
    expect(g.keptApart).toBe(0);
    expect(g.joined).toBe(1);
  });

  it('sees nothing of the other half', () => {
    const { threads, pairs } = readerAgreement(fresh, second, new Map(), 'test');
    expect([threads, pairs]).toEqual([0, 0]);
  });
});
