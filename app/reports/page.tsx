import type { Metadata } from 'next';
import { Link } from '../components/link';
import { getKnowledgeBase } from '../../lib/content';
import { reportLabel, countOf } from '../../lib/model';
import { groupReportsByYear } from '../../lib/site/report-view';
import { reportPath, reportsPath } from '../../lib/routes';
import { pageMetadata } from '../../lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'All reports',
  description: 'Every FreeBSD status report since 2001, by year.',
  path: reportsPath,
});

export default function ReportsPage() {
  const kb = getKnowledgeBase();
  const years = groupReportsByYear(kb.reports);
  return (
    <>
      <h1>All reports</h1>
      <p>
        {kb.reports.length.toLocaleString('en-US')} reports, newest first.
      </p>
      {years.length > 1 && (
        <nav aria-label="Years" className="year-index">
          <ul className="inline-list">
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#y${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* A year's section has no name of its own: a landmark per year would bury the page's among 26. */}
      {years.map(({ year, reports }) => (
        <section key={year}>
          <h2 id={`y${year}`}>{year}</h2>
          <ul className="report-list">
            {reports.map((report) => {
              const count = kb.entriesOfReport(report.id).length;
              return (
                <li key={report.id}>
                  <Link href={reportPath(report.id)}>{reportLabel(report.id)}</Link>{' '}
                  <span className="muted">
                    {countOf(count, 'entry', 'entries')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
