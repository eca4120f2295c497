import type { Metadata } from 'next';
import { Link } from '../../../components/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CopyLink } from '../../../components/copy-link';
import { EntryReferences } from '../../../components/entry-references';
import { EntryView } from '../../../components/entry-view';
import { ProjectLine, ProjectNav, SubjectLine } from '../../../components/project-nav';
import { getEntryAliases, getKnowledgeBase, getWithdrawnEntries } from '../../../../lib/content';
import { reportLabel, shortReportLabel } from '../../../../lib/model';
import { getProjectIndex, projectNeighbours } from '../../../../lib/projects';
import { getCitationIndex } from '../../../../lib/references';
import { getSubjectIndex } from '../../../../lib/subjects';
import { categoryTitle } from '../../../../lib/site/report-view';
import { entryAnchorPath, entryParts, entryPath, reportPath, SITE_URL } from '../../../../lib/routes';
import { entryDescription, pageMetadata } from '../../../../lib/site/page-metadata';

type Props = { params: Promise<{ report: string; slug: string }> };

export const dynamicParams = false;

/**
 * Every entry, every other id one answers to (given up by a re-import, or its file's name),
 * which redirects to the entry, and every entry upstream withdrew after it was published.
 */
export function generateStaticParams(): Array<{ report: string; slug: string }> {
  const given = [...getEntryAliases().keys(), ...getWithdrawnEntries().keys()].map((id) => entryParts(id));
  return [...getKnowledgeBase().entries.map((e) => ({ report: e.report, slug: e.slug })), ...given];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { report, slug } = await params;
  const entry = getKnowledgeBase().getEntry(`${report}/${slug}`);
  const withdrawn = getWithdrawnEntries().get(`${report}/${slug}`);
  if (!entry && withdrawn !== undefined) return { title: `${withdrawn} (withdrawn)`, robots: { index: false } };
  if (!entry) return {};
  // The short label: the long one has parentheses of its own ("2014 Q1 (January–March)").
  const title = `${entry.title} (${shortReportLabel(entry.report)})`;
  return pageMetadata({ title, description: entryDescription(entry), path: entryPath(entry), type: 'article', ownImage: true });
}

export default async function EntryPage({ params }: Props) {
  const { report: reportId, slug } = await params;
  const kb = getKnowledgeBase();
  const entry = kb.getEntry(`${reportId}/${slug}`);
  const report = kb.getReport(reportId);
  const aliased = getEntryAliases().get(`${reportId}/${slug}`);
  if (!entry && aliased) permanentRedirect(entryPath(aliased));
  const withdrawn = getWithdrawnEntries().get(`${reportId}/${slug}`);
  if (!entry && withdrawn !== undefined && report) return <WithdrawnEntry title={withdrawn} report={report.id} />;
  if (!entry || !report) notFound();
  const project = getProjectIndex().byEntryId.get(entry.id);
  const neighbours = project && projectNeighbours(project, entry.id);
  return (
    <article className="entry-page">
      <p className="breadcrumb">
        <Link href={entryAnchorPath(entry)}>{reportLabel(report.id)}</Link>
        {' · '}
        <span>{categoryTitle(report, entry.category)}</span>
      </p>
      <h1>{entry.title}</h1>
      {neighbours && <ProjectLine neighbours={neighbours} />}
      <SubjectLine subjects={getSubjectIndex().byEntryId.get(entry.id) ?? []} />
      <CopyLink path={entryPath(entry)} title={`${entry.title} (${shortReportLabel(report.id)})`} siteUrl={SITE_URL} />
      <EntryView entry={entry} level={2} />
      <EntryReferences entryId={entry.id} citations={getCitationIndex()} level={2} />
      {neighbours && <ProjectNav neighbours={neighbours} />}
      <p className="source muted">
        Source: <code>{entry.source.file}</code>
        {entry.source.line !== undefined && <>, line {entry.source.line}</>} ({entry.source.format})
      </p>
    </article>
  );
}

/** What a published address of an entry upstream later removed shows: what it was, and its report. */
function WithdrawnEntry({ title, report }: { title: string; report: string }) {
  return (
    <article className="entry-page">
      <p className="breadcrumb">
        <Link href={reportPath(report)}>{reportLabel(report)}</Link>
      </p>
      <h1>{title}</h1>
      <p>
        This entry was published in the {reportLabel(report)} report, and is no longer in it under this title: upstream removed
        it, or rewrote it beyond recognition. The <Link href={reportPath(report)}>report</Link> holds what it reports now.
      </p>
    </article>
  );
}
