import { describe, expect, it } from 'vitest';
import { bootstrapInterval, cohensKappa, formatInterval, mean } from '../../bench/statistics';

const coinFlips = (n: number): number[] => Array.from({ length: n }, (_, i) => i % 2);

describe('bootstrapInterval', () => {
  it('gives the same interval on every run', () => {
    expect(bootstrapInterval(coinFlips(40), mean)).toEqual(bootstrapInterval(coinFlips(40), mean));
  });

  it('holds the figure, about two standard errors either side of it', () => {
    // 100 flips with mean 0.5: standard error 0.05, so the 95% interval is near [0.40, 0.60].
    const [lo, hi] = bootstrapInterval(coinFlips(100), mean);
    expect(lo).toBeGreaterThan(0.35);
    expect(lo).toBeLessThan(0.45);
    expect(hi).toBeGreaterThan(0.55);
    expect(hi).toBeLessThan(0.65);
  });

  it('narrows with more items and with a lower level, and is a point where nothing varies', () => {
    const width = ([lo, hi]: [number, number]): number => hi - lo;
    expect(width(bootstrapInterval(coinFlips(400), mean))).toBeLessThan(width(bootstrapInterval(coinFlips(40), mean)) / 2);
    expect(width(bootstrapInterval(coinFlips(100), mean, { level: 0.5 }))).toBeLessThan(width(bootstrapInterval(coinFlips(100), mean)) / 2);
    const [lo, hi] = bootstrapInterval([0.7, 0.7, 0.7], mean);
    expect(lo).toBeCloseTo(0.7, 12);
    expect(hi).toBeCloseTo(0.7, 12);
  });

  it('resamples the items, so a statistic over whole items (pairs of a thread) stays whole', () => {
    const threads = [{ pairs: 10, together: 10 }, { pairs: 10, together: 0 }];
    const [lo, hi] = bootstrapInterval(threads, (s) => s.reduce((n, t) => n + t.together, 0) / s.reduce((n, t) => n + t.pairs, 0));
    expect(lo).toBe(0);
    expect(hi).toBe(1);
  });

  it('formats an interval for printing', () => {
    expect(formatInterval([0.8912, 0.9734])).toBe('[0.89, 0.97]');
    expect(bootstrapInterval([], mean).every(Number.isNaN)).toBe(true);
  });
});

describe('cohensKappa', () => {
  it('is 1 for full agreement, 0 for what chance gives, below 0 for less', () => {
    expect(cohensKappa(1, 0.3, 0.3)).toBe(1);
    // Each reader says yes half the time: chance agreement is one half.
    expect(cohensKappa(0.5, 0.5, 0.5)).toBe(0);
    expect(cohensKappa(0.25, 0.5, 0.5)).toBe(-0.5);
    // Both always say yes: they cannot disagree, and agreeing tells nothing more.
    expect(cohensKappa(1, 1, 1)).toBe(1);
  });
});
