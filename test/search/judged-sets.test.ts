import { describe, expect, it } from 'vitest';
import { candidateCeiling, judgeAgreement, KINDS, loadBlind, loadJudged, loadSecondJudge } from '../../bench/relevance-lib';

// The judged sets are read by the relevance bench and the corpus test; their shape is checked here
// (entry ids against the corpus in test/corpus/search.test.ts).
describe('the judged query sets', () => {
  it('read the first set, every query of a known kind', () => {
    const judged = loadJudged();
    expect(judged.length).toBeGreaterThanOrEqual(100);
    for (const q of judged) expect(KINDS).toContain(q.kind);
  });

  it('keep the blind set whole: at least 150 queries, both halves in every kind, no query judged twice', () => {
    const blind = loadBlind();
    expect(blind.length).toBeGreaterThanOrEqual(150);
    for (const kind of new Set(blind.map((q) => q.kind))) {
      expect(loadBlind('tune').some((q) => q.kind === kind), kind).toBe(true);
      expect(loadBlind('test').some((q) => q.kind === kind), kind).toBe(true);
    }
    const keys = blind.map((q) => `${q.kind}\t${q.query}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keep the second judge to queries of the blind set, in their own half, judged from their pool', () => {
    const blind = new Map(loadBlind().map((q) => [q.query, q.half]));
    const second = loadSecondJudge();
    expect(second.length).toBe(24);
    for (const s of second) {
      expect(blind.get(s.query), s.query).toBe(s.half);
      for (const id of s.relevant) expect(s.pool, `${s.query}: ${id}`).toContain(id);
    }
  });
});

describe('judgeAgreement', () => {
  it('measures a second judge against the first on the pool both judged from', () => {
    const first = [{ query: 'widget', kind: 'keyword' as const, relevant: ['r/a', 'r/b', 'r/outside'] }];
    // Pool a, b, c, d: the first judge says a, b (the entry outside the pool does not count); the second a, c.
    const agreement = judgeAgreement(first, [{ query: 'widget', half: 'tune', pool: ['r/a', 'r/b', 'r/c', 'r/d'], relevant: ['r/a', 'r/c'] }]);
    expect(agreement.recall).toBe(0.5);
    expect(agreement.precision).toBe(0.5);
    // Agreement on a and d (1/2); each judge says half relevant, so chance is 1/2: kappa 0.
    expect(agreement.kappa).toBe(0);
    expect(judgeAgreement(first, [{ query: 'widget', half: 'tune', pool: ['r/a', 'r/b', 'r/c', 'r/d'], relevant: ['r/a', 'r/b'] }]).kappa).toBe(1);
  });
});

describe('candidateCeiling', () => {
  const query = (name: string, relevant: string[]) => ({ query: name, kind: 'keyword' as const, relevant });
  const many = Array.from({ length: 15 }, (_, i) => `r/${i}`);
  const found: Record<string, string[]> = { few: ['x/1', 'r/a', 'x/2', 'r/b'], all: [...many].reverse() };

  it('counts the relevant entries a search finds at any rank, capped at ten', () => {
    expect(candidateCeiling([query('few', ['r/a', 'r/b', 'r/c'])], (q) => found[q] ?? [])).toBeCloseTo(2 / 3);
    expect(candidateCeiling([query('all', many)], (q) => found[q] ?? [])).toBe(1);
    expect(candidateCeiling([query('few', ['r/a', 'r/b', 'r/c']), query('none', ['r/z'])], (q) => found[q] ?? [])).toBeCloseTo(1 / 3);
  });
});
