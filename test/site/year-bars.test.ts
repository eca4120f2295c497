import { describe, expect, it } from 'vitest';
import { YEAR_BARS, yearBarsPath, yearBarsWidth } from '../../lib/site/year-bars';

/** The rectangles a path of vertical strokes `YEAR_BARS.bar` wide covers: what a reader sees. */
function barsOfPath(d: string): Array<{ x: number; y: number; width: number; height: number }> {
  const out: Array<{ x: number; y: number; width: number; height: number }> = [];
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([Mmv])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const top = y + Number(a);
      out.push({ x: x - YEAR_BARS.bar / 2, y: top, width: YEAR_BARS.bar, height: y - top });
      y = top;
    }
  }
  return out;
}

/** The chart as it was drawn before, one rectangle per year with entries: the look to keep. */
function rectangles(perYear: { year: number; count: number }[], from: number, to: number) {
  const max = Math.max(1, ...perYear.map((y) => y.count));
  return perYear
    .filter((y) => y.count > 0 && y.year >= from && y.year <= to)
    .map((y) => {
      const h = Math.max(2, Math.round((y.count / max) * 16));
      return { x: (y.year - from) * 4, y: 16 - h, width: 3, height: h };
    });
}

describe('yearBarsPath', () => {
  const perYear = [
    { year: 2003, count: 1 },
    { year: 2004, count: 0 },
    { year: 2005, count: 4 },
    { year: 2006, count: 2 },
    { year: 2010, count: 3 },
  ];

  it('draws the same bars as one rectangle per year did', () => {
    expect(barsOfPath(yearBarsPath(perYear, 2001, 2026))).toEqual(rectangles(perYear, 2001, 2026));
  });

  it('writes one short stroke per bar, each after the first placed from the last', () => {
    const d = yearBarsPath(perYear, 2001, 2026);
    expect(d).toBe('M9.5 16v-4m8 4v-16m4 16v-8m16 8v-12');
    // A rectangle per bar ("M8 0h3v16h-3z") took about twice that.
    expect(d.length).toBeLessThan(rectangles(perYear, 2001, 2026).length * 10);
  });

  it('leaves out the years off the axis and draws nothing for a row with no entries', () => {
    expect(barsOfPath(yearBarsPath(perYear, 2005, 2006))).toEqual(rectangles(perYear, 2005, 2006));
    expect(yearBarsPath([], 2001, 2026)).toBe('');
  });

  it('takes the years in order whatever order they come in', () => {
    expect(yearBarsPath([...perYear].reverse(), 2001, 2026)).toBe(yearBarsPath(perYear, 2001, 2026));
  });
});

describe('yearBarsWidth', () => {
  it('is a bar and a gap per year, less the last gap', () => {
    expect(yearBarsWidth(2001, 2026)).toBe(103);
    expect(yearBarsWidth(2018, 2018)).toBe(3);
  });
});
