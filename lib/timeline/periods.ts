import { compareReportIds, formatSpan, parseReportId, reportStartYear, type Entry, countOf } from '../model';
import type { YearCount } from './types';

/** Entries per year from the first year to the last, zeros included. */
export function countPerYear(entries: readonly Pick<Entry, 'report'>[]): YearCount[] {
  const years = entries.map((e) => reportStartYear(e.report));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: 0 }));
  for (const year of years) {
    const slot = counts[year - first];
    if (slot) slot.count++;
  }
  return counts;
}

/** Reports between two reports of a knowledge base, counted in regular periods. */
export type PeriodGap = (from: string, to: string) => number;

/**
 * The gap between two reports: the regular periods strictly between them. Special editions
 * (developer summits) are not periods and never count.
 */
export function periodGaps(reports: readonly { id: string }[]): PeriodGap {
  const sorted = [...reports].sort((a, b) => compareReportIds(a.id, b.id));
  const positions = new Map<string, { before: number; regular: boolean }>();
  let before = 0;
  for (const { id } of sorted) {
    const regular = parseReportId(id)?.special === undefined;
    positions.set(id, { before, regular });
    if (regular) before++;
  }
  return (from, to) => {
    const a = positions.get(from);
    const b = positions.get(to);
    if (!a || !b || from === to) return 0;
    return Math.max(0, b.before - a.before - (a.regular ? 1 : 0));
  };
}

/** "1 report without an entry", "3 reports without an entry". */
export function gapLabel(skipped: number): string {
  return `${countOf(skipped, 'report', 'reports')} without an entry`;
}

/** The numbers a list of projects or subjects shows and sorts by. */
export interface ListRowNumbers {
  spanText: string;
  /** Years from first to last, both counted. */
  spanYears: number;
  /** The latest period's end as YYYYMM: larger is more recent. */
  latestKey: number;
}

/** A timeline's span as the lists show it, its length in years, and how recent its latest period is. */
export function listRowNumbers(summary: { span: { first: number; last: number }; latest: { period: { end: string } } }): ListRowNumbers {
  return {
    spanText: formatSpan(summary.span),
    spanYears: summary.span.last - summary.span.first + 1,
    latestKey: Number(summary.latest.period.end.replace('-', '')) || 0,
  };
}
