import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Link } from '../../components/link';
import { CopyLink } from '../../components/copy-link';
import { EntryView } from '../../components/entry-view';
import { LegacyAnchor } from '../../components/legacy-anchor';
import { Markdown } from '../../components/markdown';
import { getEntryAliases, getKnowledgeBase } from '../../../lib/content';
import { reportLabel, shortReportLabel, type Project, countOf } from '../../../lib/model';
import { getProjectIndex } from '../../../lib/projects';
import { entryStory, quietSinceLastReport, quietSummary, storyLabel, type QuietProject, type QuietSince } from '../../../lib/projects/story';
import { formatPeriod, groupEntriesByCategory, neighbourReports, quartersCoveredElsewhere } from '../../../lib/site/report-view';
import { feedAlternates, latestFeedLink, reportFeedLink } from '../../../lib/feeds';
import { entryAnchorPath, entryPath, projectPath, reportPath, SITE_URL } from '../../../lib/routes';
import { categoryElementId, legacyAnchorTable } from '../../../lib/site/upstream-anchors';
import { formerSlugsOf } from '../../../lib/site/upstream-urls';
import { pageMetadata } from '../../../lib/site/page-metadata';

type Props = { params: Promise<{ report: string }> };

export const dynamicParams = false;

/** Every report, and every quarter a report of another period covers, which redirects to it. */
export function generateStaticParams(): Array<{ report: string }> {
  const { reports } = getKnowledgeBase();
  return [...reports.map((r) => r.id), ...quartersCoveredElsewhere(reports).keys()].map((report) => ({ report }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { report: id } = await params;
  const report = getKnowledgeBase().getReport(id);
  if (!report) return {};
  const count = getKnowledgeBase().entriesOfReport(report.id).length;
  return pageMetadata({
    title: report.title,
    description: `The FreeBSD status report for ${reportLabel(report.id)}: ${count} entries, by category.`,
    path: reportPath(report.id),
    ownImage: true,
    alternates: feedAlternates(reportFeedLink(report), latestFeedLink()),
  });
}

export default async function ReportPage({ params }: Props) {
  const { report: id } = await params;
  const kb = getKnowledgeBase();
  const report = kb.getReport(id);
  const covering = report ? undefined : quartersCoveredElsewhere(kb.reports).get(id);
  if (covering) permanentRedirect(reportPath(covering));
  if (!report) notFound();
  const allEntries = kb.entriesOfReport(id);
  // Upstream printed a category's heading and description even when no entry came in for it.
  const groups = groupEntriesByCategory(report, allEntries, { keepEmpty: true });
  const projects = getProjectIndex();
  const { previous, next } = neighbourReports(kb.reports, id);
  // Top and bottom carry the same links; distinct names keep the two landmarks apart for screen readers.
  const reportNav = (label: string) => (
    <nav aria-label={label} className="report-nav">
      {previous && (
        <Link href={reportPath(previous.id)} rel="prev">
          {/* The arrows show the way; read aloud they would only say "left arrow". */}
          <span aria-hidden="true">← </span>
          <span className="visually-hidden">Previous report: </span>
          {reportLabel(previous.id)}
        </Link>
      )}
      {next && (
        <Link href={reportPath(next.id)} rel="next">
          <span className="visually-hidden">Next report: </span>
          {reportLabel(next.id)}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
  return (
    <article className="report">
      <h1>{report.title}</h1>
      <p className="muted">
        Covers {formatPeriod(report.period)} · {countOf(allEntries.length, 'entry', 'entries')}
      </p>
      <CopyLink path={reportPath(report.id)} title={report.title} siteUrl={SITE_URL} />
      {/* Old upstream links (`report-….html#Title-With-Dashes`) arrive here with their anchors. */}
      <LegacyAnchor table={legacyAnchorTable(report.categories, groups.flatMap((g) => g.entries), formerSlugsOf(report.id, getEntryAliases()))} />
      {reportNav('Other reports')}
      <Markdown text={report.intro} minHeadingLevel={2} className="intro" />
      {groups.length > 0 && (
        <nav aria-labelledby="_contents" className="toc">
          <h2 id="_contents">Contents</h2>
          <ol>
            {groups.map(({ category, entries }) => (
              <li key={category.key}>
                <a href={`#${categoryElementId(category.key)}`}>{category.title}</a>
                {entries.length > 0 && (
                  <ul>
                    {entries.map((entry) => (
                      <li key={entry.slug}>
                        <a href={`#${entry.slug}`}>{entry.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      {groups.map(({ category, entries }) => (
        <section key={category.key} className="category" aria-labelledby={categoryElementId(category.key)}>
          <h2 id={categoryElementId(category.key)}>{category.title}</h2>
          {category.description && <Markdown text={category.description} className="category-description muted" />}
          {entries.map((entry) => (
            // An article, not a section: a report holds up to 90 entries, and named sections would each be a landmark.
            <article key={entry.slug} id={entry.slug} className="entry" aria-labelledby={`${entry.slug}_title`}>
              <div className="entry-heading">
                <h3 id={`${entry.slug}_title`}>
                  <Link href={entryPath(entry)}>
                    {entry.title}
                  </Link>
                </h3>
                {/* Beside the heading, not in it: the heading's name stays the title, and the title keeps leading to the entry's page. */}
                <a href={entryAnchorPath(entry)} className="entry-anchor" aria-label={`Link to this entry in the report: ${entry.title}`}>
                  #
                </a>
              </div>
              <EntryView entry={entry} level={4} />
              <ProjectLink project={projects.byEntryId.get(entry.id)} entryId={entry.id} reports={kb.reports} />
            </article>
          ))}
        </section>
      ))}
      <Quiet since={quietSinceLastReport(id, kb.reports, projects)} />
      {reportNav('Other reports, end of page')}
    </article>
  );
}

/**
 * The projects that reported last time, and before, and not in this report: those that stopped,
 * then those that came back later. First-time reporters are only counted: most never report again.
 */
function Quiet({ since }: { since: QuietSince | undefined }) {
  if (since === undefined || (since.quiet.length === 0 && since.firstTimers === 0)) return null;
  const { quiet } = since;
  const stopped = quiet.filter((q) => !q.backIn);
  const returned = quiet.filter((q) => q.backIn);
  return (
    <section aria-labelledby="_quiet" className="quiet">
      <h2 id="_quiet">Not in this report</h2>
      <p className="muted">{quietSummary(since)}</p>
      {stopped.length > 0 && (
        <>
          <h3>Not reported since ({stopped.length})</h3>
          <ul className="plain-list quiet-list">
            {stopped.map((q) => (
              <QuietItem key={q.project.slug} quiet={q} />
            ))}
          </ul>
        </>
      )}
      {returned.length > 0 && (
        <>
          <h3>Reported again later ({returned.length})</h3>
          <ul className="plain-list quiet-list">
            {returned.map((q) => (
              <QuietItem key={q.project.slug} quiet={q} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A project that did not report: its timeline, its last entry, the people that entry named (whom the editors ask), when it came back. */
function QuietItem({ quiet: { project, last, backIn } }: { quiet: QuietProject }) {
  const names = [...new Set(last.contacts.map((c) => c.name))];
  return (
    <li>
      <a href={projectPath(project.slug)}>{project.title}</a>
      <span className="muted">
        {' · '}
        <a href={entryPath(last)}>last entry</a>
        {names.length > 0 && <> · {names.join(', ')}</>}
        {backIn && <> · back in {shortReportLabel(backIn)}</>}
      </span>
    </li>
  );
}

/** The entry in its project's story (first report, continuing, back after a gap) and the way to its timeline. */
function ProjectLink({ project, entryId, reports }: { project: Project | undefined; entryId: string; reports: readonly { id: string }[] }) {
  if (!project) return null;
  const story = storyLabel(entryStory(project, entryId, reports), entryId);
  if (project.entries.length < 2) return <p className="project-link muted">{story}</p>;
  const first = project.entries[0]!.report.slice(0, 4);
  const last = project.entries[project.entries.length - 1]!.report.slice(0, 4);
  return (
    <p className="project-link">
      <span className="muted">{story} · </span>
      {/* Named for its project: a list of a report's links holds one of these per entry. */}
      <Link href={projectPath(project.slug)}>
        Project timeline<span className="visually-hidden">: {project.title}</span>
      </Link>{' '}
      <span className="muted">
        {project.entries.length} entries, {first === last ? first : `${first}–${last}`}
      </span>
    </p>
  );
}
