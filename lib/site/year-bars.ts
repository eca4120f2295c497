import type { YearCount } from '../timeline/types';

/**
 * The compact chart of entries per year that each row of /projects and /subjects carries: a bar
 * `bar` wide per year, `gap` apart, `height` tall for the row's busiest year (2 at least).
 */
export const YEAR_BARS = { bar: 3, gap: 1, height: 16 } as const;

/** The width of a compact chart over the years `from`–`to`, in CSS pixels: every row's is the same. */
export function yearBarsWidth(from: number, to: number): number {
  const years = Math.max(1, to - from + 1);
  return years * (YEAR_BARS.bar + YEAR_BARS.gap) - YEAR_BARS.gap;
}

/**
 * The bars as one SVG path of vertical strokes, to be drawn `bar` wide (`stroke-width`) in a
 * box `yearBarsWidth` × `height` with no viewBox: a stroke centred half a bar in covers what
 * the bar's rectangle did. Each stroke after the first is placed relative to the end of the one
 * before (`m4 5v-9`): about half the bytes of a rectangle per bar, and a list of 1,500 projects
 * repeats the path in its HTML and again in its RSC payload.
 */
export function yearBarsPath(perYear: readonly YearCount[], from: number, to: number): string {
  const { bar, gap, height } = YEAR_BARS;
  const max = Math.max(1, ...perYear.map((y) => y.count));
  const bars = perYear
    .filter((y) => y.count > 0 && y.year >= from && y.year <= to)
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ x: (y.year - from) * (bar + gap), h: Math.max(2, Math.round((y.count / max) * height)) }));
  let d = '';
  let previous: { x: number; h: number } | undefined;
  for (const b of bars) {
    d += previous ? `m${b.x - previous.x} ${previous.h}v-${b.h}` : `M${b.x + bar / 2} ${height}v-${b.h}`;
    previous = b;
  }
  return d;
}
