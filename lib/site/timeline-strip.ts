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
