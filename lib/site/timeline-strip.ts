import { monthNumber } from '../model/report-id';
import releasesData from './releases.json';

/** A FreeBSD major release: facts we record ourselves (lib/site/releases.json). */
export interface Release {
  version: string;
  /** `YYYY-MM-DD` */
  date: string;
}

export const RELEASES: readonly Release[] = releasesData;

/** A period as `YYYY-MM` months, with whatever else its mark carries (a link, a label). */
export interface StripPeriod {
  start: string;
  end: string;
}

/** One period a project, subject or person appears in, placed on the strip: 0..1 across it, start and width. */
export type StripMark<P extends StripPeriod = StripPeriod> = P & { x: number; width: number };

export interface TimelineStrip<P extends StripPeriod = StripPeriod> {
  years: { year: number; x: number }[];
  marks: StripMark<P>[];
  releases: { version: string; x: number }[];
}


/**
 * A project's periods on one axis of years, with the major releases on the same axis: where
 * each period starts and ends as a fraction of the strip. The axis spans whole years from
 * `axis.from` to `axis.to`, so that strips of different projects line up.
 */
export function timelineStrip<P extends StripPeriod>(
  periods: readonly P[],
  axis: { from: number; to: number },
  releases: readonly Release[] = RELEASES,
): TimelineStrip<P> {
  const start = axis.from * 12;
  const span = (axis.to + 1) * 12 - start;
  const at = (month: number): number => Math.min(1, Math.max(0, (month - start) / span));
  return {
    years: Array.from({ length: axis.to - axis.from + 1 }, (_, i) => ({ year: axis.from + i, x: at((axis.from + i) * 12) })),
    marks: periods.map((p) => {
      const x = at(monthNumber(p.start));
      return { ...p, x, width: Math.max(at(monthNumber(p.end) + 1) - x, 0.004) };
    }),
    releases: releases
      .filter((r) => {
        const year = Number(r.date.slice(0, 4));
        return year >= axis.from && year <= axis.to;
      })
      .map((r) => ({ version: r.version, x: at(monthNumber(r.date.slice(0, 7))) })),
  };
}

/** The years of every report, first to last: one axis for every strip, so that strips line up. */
export function timelineAxis(reports: readonly { period: StripPeriod }[]): { from: number; to: number } {
  return { from: Number(reports[0]?.period.start.slice(0, 4)), to: Number(reports[reports.length - 1]?.period.end.slice(0, 4)) };
}

/** Where a dot of a lane goes: its centre along the lane and its row, 0 the first. */
export interface LaneSlot {
  x: number;
  row: number;
}

/**
 * Rows for dots along a lane so that no two in one row are closer than `gap`: each dot, taken
 * from left to right, goes to the first row whose last dot is far enough. A project reporting
 * every quarter for years puts its dots closer than a dot is wide on a 26-year axis; on one row
 * they covered each other and only the last could be clicked. Returns a row per dot, in the
 * order given, and how many rows the lane needs.
 */
export function laneRows(xs: readonly number[], gap: number): { rows: number[]; count: number } {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const lastInRow: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let row = lastInRow.findIndex((last) => x - last >= gap);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = x;
    rows[i] = row;
  }
  return { rows, count: Math.max(1, lastInRow.length) };
}

/** A coordinate for SVG markup, to a hundredth of a unit: invisible on a strip drawn 720 units wide, and a quarter of the digits. */
export function svgUnits(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The release lines of a strip as one path, a vertical subpath per release (each subpath starts
 * its dashes afresh, as separate lines did): a subject's page draws them in every project's lane.
 */
export function releaseLinesPath(releases: readonly { x: number }[], width: number, y1: number, y2: number): string {
  return releases.map((r) => `M${svgUnits(r.x * width)} ${y1}V${y2}`).join('');
}

/**
 * The name of a subject's lanes for a screen reader, said once before the lanes: what they show
 * and over which years. A report counts for the year it starts in, as the page's summary line
 * counts it, so that the two spans agree. Written out, not taken from the lanes' content, which
 * would read every dot's label into the name.
 */
export function lanesName(subject: string, periods: readonly StripPeriod[]): string {
  const years = periods.map((p) => Number(p.start.slice(0, 4)));
  const what = `Entries on ${subject} by project and year`;
  if (years.length === 0) return what;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return `${what}, ${first === last ? first : `${first}–${last}`}`;
}

/**
 * The caption that names a subject's lanes figure (its `aria-labelledby`: a figcaption alone no
 * longer names its figure in HTML-AAM, and Chromium gives the figure none): what the picture
 * shows first, then how to read it, as the project page's strip caption does.
 */
export function lanesCaption(subject: string): string {
  return `Projects that reported on ${subject}, a lane each in the order they first did; each dot is an entry. Dashed lines mark FreeBSD major releases.`;
}
