const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface ReportPeriod {
  start: string;
  end: string;
}

/** Parsed form of a report id such as `2014-01-2014-03`, `2001-06` or `2013-05-devsummit`. */
export interface ParsedReportId {
  id: string;
  period: ReportPeriod;
  /** A special edition's name (`devsummit`), if any. */
  special?: string;
}

/**
 * Parses a report id (the upstream file name without `report-` and extension).
 * Returns undefined for anything that is not a report id, so callers can say which file is wrong.
 */
export function parseReportId(id: string): ParsedReportId | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{4})-(\d{2})|-([a-z]+))?$/.exec(id);
  if (!m) return undefined;
  const [, y1, m1, y2, m2, special] = m;
  if (!y1 || !m1 || !validMonth(m1) || (m2 !== undefined && !validMonth(m2))) return undefined;
  const start = `${y1}-${m1}`;
  const end = y2 && m2 ? `${y2}-${m2}` : start;
  if (end < start) return undefined;
  return special ? { id, period: { start, end }, special } : { id, period: { start, end } };
}

function validMonth(mm: string): boolean {
  const n = Number(mm);
  return n >= 1 && n <= 12;
}

/** `2013-10` → "October"; anything else as it is. */
export function monthName(yyyymm: string): string {
  return MONTHS[Number(yyyymm.slice(5, 7)) - 1] ?? yyyymm;
}

/** A `YYYY-MM` month as a number of months since year 0, so that months compare as numbers; NaN for anything else. */
export function monthNumber(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Number.isInteger(year) && Number.isInteger(m) ? year * 12 + (m - 1) : Number.NaN;
}

/** Every year a report period touches: December 2001–January 2002 is in 2001 and in 2002, as a search's `from`/`to` find it. */
export function yearsOfPeriod(period: { start: string; end: string }): string[] {
  const [first, last] = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => String(first + i));
}

const SPECIAL_NAMES: Record<string, string> = { devsummit: 'Developer Summit' };

/**
 * The label people read: "2014 Q1 (January–March)", "June 2001",
 * "December 2001–January 2002", "May 2013 Developer Summit".
 */
export function reportLabel(id: string): string {
  const parsed = parseReportId(id);
  if (!parsed) return id;
  const { start, end } = parsed.period;
  const year = start.slice(0, 4);
  if (parsed.special) {
    return `${monthName(start)} ${year} ${SPECIAL_NAMES[parsed.special] ?? parsed.special}`;
  }
  if (start === end) return `${monthName(start)} ${year}`;
  const endYear = end.slice(0, 4);
  const startMonth = Number(start.slice(5, 7));
  const endMonth = Number(end.slice(5, 7));
  if (year === endYear && endMonth - startMonth === 2 && startMonth % 3 === 1) {
    return `${year} Q${(startMonth + 2) / 3} (${monthName(start)}–${monthName(end)})`;
  }
  if (year === endYear) return `${monthName(start)}–${monthName(end)} ${year}`;
  return `${monthName(start)} ${year}–${monthName(end)} ${endYear}`;
}

/** Orders report ids by period, then by id, so that timelines read oldest first. */
export function compareReportIds(a: string, b: string): number {
  const pa = parseReportId(a);
  const pb = parseReportId(b);
  const ka = pa ? `${pa.period.start}|${pa.period.end}` : a;
  const kb = pb ? `${pb.period.start}|${pb.period.end}` : b;
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
