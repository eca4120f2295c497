import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryView } from '../../../components/entry-view';
import { getKnowledgeBase } from '../../../../lib/content';
import { reportLabel } from '../../../../lib/model';
import { categoryTitle } from '../../../../lib/site/report-view';
import { entryAnchorPath } from '../../../../lib/site/routes';

type Props = { params: Promise<{ report: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): Array<{ report: string; slug: string }> {
  return getKnowledgeBase().entries.map((e) => ({ report: e.report, slug: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { report, slug } = await params;
  const entry = getKnowledgeBase().getEntry(`${report}/${slug}`);
  return entry ? { title: `${entry.title} (${reportLabel(entry.report)})` } : {};
}

export default async function EntryPage({ params }: Props) {
  const { report: reportId, slug } = await params;
  const kb = getKnowledgeBase();
  const entry = kb.getEntry(`${reportId}/${slug}`);
  const report = kb.getReport(reportId);
  if (!entry || !report) notFound();
  return (
    <article className="entry-page">
      <p className="breadcrumb">
        <Link href={entryAnchorPath(entry)}>{reportLabel(report.id)}</Link>
        {' · '}
        <span>{categoryTitle(report, entry.category)}</span>
      </p>
      <h1>{entry.title}</h1>
      <EntryView entry={entry} level={2} />
      <p className="source muted">
        Source: <code>{entry.source.file}</code>
        {entry.source.line !== undefined && <>, line {entry.source.line}</>} ({entry.source.format})
      </p>
    </article>
  );
}
