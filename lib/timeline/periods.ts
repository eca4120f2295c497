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
 * (developer summits) are not periods and never count: one stands in the place of the regular
 * period it was held in, whose report came out after it, so a summit entry neither misses that
 * period nor breaks a run from one summit to the next.
 */
export function periodGaps(reports: readonly { id: string }[]): PeriodGap {
  const parsed = reports.map(({ id }) => parseReportId(id)).filter((p) => p !== undefined);
  const regular = parsed.filter((p) => p.special === undefined).sort((a, b) => compareReportIds(a.id, b.id));
  const slots = new Map<string, number>(regular.map((p, i) => [p.id, i]));
  for (const p of parsed) {
    if (p.special === undefined) continue;
    // The last regular period begun by the summit's month: the one it was held in.
    slots.set(p.id, regular.findLastIndex((r) => r.period.start <= p.period.start));
  }
  return (from, to) => {
    const a = slots.get(from);
    const b = slots.get(to);
    if (a === undefined || b === undefined || from === to) return 0;
    return Math.max(0, b - a - 1);
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
