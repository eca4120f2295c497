import Link from 'next/link';
import { getKnowledgeBase } from '../lib/content';
import { reportLabel } from '../lib/model';
import { reportPath, reportsPath } from '../lib/site/routes';
import { SITE_DESCRIPTION } from '../lib/site/site-config';

export default function HomePage() {
  const kb = getKnowledgeBase();
  const latest = kb.reports.at(-1);
  const first = kb.reports.at(0);
  return (
    <>
      <h1>FreeBSD status reports, all in one place</h1>
      <p className="lead">{SITE_DESCRIPTION}</p>
      <p>
        It holds <strong>{kb.reports.length.toLocaleString('en-US')}</strong> reports with{' '}
        <strong>{kb.entries.length.toLocaleString('en-US')}</strong> entries
        {first && latest && first !== latest && (
          <>
            , from {reportLabel(first.id)} to {reportLabel(latest.id)}
          </>
        )}
        .
      </p>
      <ul className="link-list">
        {latest && (
          <li>
            Latest report: <Link href={reportPath(latest.id)}>{reportLabel(latest.id)}</Link>
          </li>
        )}
        <li>
          <Link href={reportsPath}>All reports</Link>
        </li>
      </ul>
    </>
  );
}
