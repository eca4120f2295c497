/**
 * Where upstream published a report, used to resolve the relative links in its text.
 * The legacy site served reports from /news/status/, today's from /status/.
 */
export function legacyReportUrl(reportId: string): string {
  return `https://www.freebsd.org/news/status/report-${reportId}.html`;
}

export function asciidocReportUrl(reportId: string): string {
  return `https://www.freebsd.org/status/report-${reportId}/`;
}
