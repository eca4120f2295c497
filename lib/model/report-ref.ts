import { monthName, parseReportId, reportLabel, type ReportPeriod } from './report-id';

/** A report as timelines and lists name it. */
export interface ReportRef {
  id: string;
  /** "2014 Q1 (January–March)" */
  label: string;
  /** "2014 Q1", "Jun 2001": for lists where the long label does not fit. */
  shortLabel: string;
  period: ReportPeriod;
}

/** "Jan", "Sep": a month name's first three letters, as English abbreviates every one. */
function shortMonth(yyyymm: string): string {
  return monthName(yyyymm).slice(0, 3);
}

/** "2014 Q1", "Jun 2001", "Dec 2001–Jan 2002", "Jan–Sep 2018", "May 2013 summit". */
export function shortReportLabel(id: string): string {
  const parsed = parseReportId(id);
  if (!parsed) return id;
  const { start, end } = parsed.period;
  const [year, endYear] = [start.slice(0, 4), end.slice(0, 4)];
  if (parsed.special) return `${shortMonth(start)} ${year} ${parsed.special === 'devsummit' ? 'summit' : parsed.special}`;
  if (start === end) return `${shortMonth(start)} ${year}`;
  const [m1, m2] = [Number(start.slice(5, 7)), Number(end.slice(5, 7))];
  if (year === endYear && m2 - m1 === 2 && m1 % 3 === 1) return `${year} Q${(m1 + 2) / 3}`;
  if (year === endYear) return `${shortMonth(start)}–${shortMonth(end)} ${year}`;
  return `${shortMonth(start)} ${year}–${shortMonth(end)} ${endYear}`;
}

export function reportRef(id: string): ReportRef {
  const period = parseReportId(id)?.period ?? { start: id, end: id };
  return { id, label: reportLabel(id), shortLabel: shortReportLabel(id), period };
}

/** The year a report's period starts in. */
export function reportStartYear(id: string): number {
  return Number(reportRef(id).period.start.slice(0, 4));
}

/** "2013–2025", or one year. */
export function formatSpan(span: { first: number; last: number }): string {
  return span.first === span.last ? String(span.first) : `${span.first}–${span.last}`;
}
