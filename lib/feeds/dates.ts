import { parseReportId, type Report } from '../model';

/**
 * The date feeds and the sitemap give a report and its entries: the end of its period, i.e. the
 * first instant (UTC) of the month after `period.end`. It comes from the content alone, so it is
 * the same on every import and build; reports carry no publication date of their own.
 */
export function periodEndDate(period: Report['period']): Date {
  const [year, month] = period.end.split('-').map(Number);
  // Date.UTC rolls month 12 over into January of the next year.
  return new Date(Date.UTC(year ?? 1970, month ?? 0, 1));
}

/** The date of an entry's report: from the loaded report, else from its id's period. */
export function reportDate(reportId: string, getReport: (id: string) => Pick<Report, 'period'> | undefined): Date {
  const period = getReport(reportId)?.period ?? parseReportId(reportId)?.period;
  return period ? periodEndDate(period) : new Date(0);
}
