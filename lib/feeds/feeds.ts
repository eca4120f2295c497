import { entityTag } from '../content/endpoint';
import { compareReportIds, findBySlug, reportLabel, type Entry, type Report, type Project, type ProjectIndex, type SlugIndex, type Subject, type SubjectIndex } from '../model';
import { projectAddress } from '../projects';
import { projectPath, reportPath, reportsPath, subjectPath, SITE_NAME } from '../routes';
import { writeAtomFeed, type FeedKnowledgeBase } from './atom';
import { periodEndDate } from './dates';
import { latestFeedAtomId, projectFeedAtomId, reportFeedAtomId, subjectFeedAtomId } from './ids';
import { latestFeedPath, projectFeedPath, reportFeedPath, subjectFeedPath } from '../routes';

/** How many entries `/feed.xml` holds at least: about one quarter's report (the latest report is always whole). */
export const LATEST_FEED_SIZE = 50;

/** Newest report first; within a report, the order given (the report's own). Stable. */
function newestReportFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => compareReportIds(b.report, a.report));
}

/** What a reader follows: a project or a subject, each with a page and a feed of its entries. */
interface Followed {
  slug: string;
  title: string;
  entries: readonly Entry[];
}

const FOLLOWED = {
  project: { atomId: projectFeedAtomId, pagePath: projectPath, feedPath: projectFeedPath, what: 'the project' },
  subject: { atomId: subjectFeedAtomId, pagePath: subjectPath, feedPath: subjectFeedPath, what: 'every effort on' },
} as const;

function followedFeed(kind: keyof typeof FOLLOWED, followed: Followed, kb: FeedKnowledgeBase, origin: string): string {
  const paths = FOLLOWED[kind];
  return writeAtomFeed(
    {
      id: paths.atomId(followed.slug),
      title: `${followed.title} · ${SITE_NAME}`,
      subtitle: `Status report entries of ${paths.what} “${followed.title}”, newest first.`,
      pagePath: paths.pagePath(followed.slug),
      feedPath: paths.feedPath(followed.slug),
      entries: newestReportFirst(followed.entries),
      labelReports: true,
      emptyDate: new Date(0),
    },
    kb,
    origin,
  );
}

/** `/projects/<slug>/feed.xml`: every entry of the project, newest first. */
export function projectFeed(project: Project, kb: FeedKnowledgeBase, origin: string): string {
  return followedFeed('project', project, kb, origin);
}

/** `/subjects/<slug>/feed.xml`: the subject's main timeline, newest first. */
export function subjectFeed(subject: Followed, kb: FeedKnowledgeBase, origin: string): string {
  return followedFeed('subject', subject, kb, origin);
}

/** `/reports/<id>/feed.xml`: the report's entries in the report's order. */
export function reportFeed(report: Report, kb: FeedKnowledgeBase, origin: string): string {
  return writeAtomFeed(
    {
      id: reportFeedAtomId(report.id),
      title: report.title,
      subtitle: `The entries of the FreeBSD status report of ${reportLabel(report.id)}.`,
      pagePath: reportPath(report.id),
      feedPath: reportFeedPath(report.id),
      entries: kb.entriesOfReport(report.id),
      labelReports: false,
      emptyDate: periodEndDate(report.period),
    },
    kb,
    origin,
  );
}

/**
 * The newest LATEST_FEED_SIZE entries, the latest reports first, each in its own order; the latest
 * report whole, however long: a subscriber would never see the entries of a 62-entry report past the 50th.
 */
export function latestEntries(kb: FeedKnowledgeBase, size = LATEST_FEED_SIZE): Entry[] {
  const latest: Entry[] = [];
  const reports = [...kb.reports].sort((a, b) => compareReportIds(b.id, a.id));
  for (const report of reports) {
    if (latest.length >= size) break;
    const entries = kb.entriesOfReport(report.id);
    latest.push(...(latest.length === 0 ? entries : entries.slice(0, size - latest.length)));
  }
  return latest;
}

/** `/feed.xml`: the latest entries of all reports. */
export function latestFeed(kb: FeedKnowledgeBase, origin: string, size = LATEST_FEED_SIZE): string {
  const newestReport = kb.reports.reduce<Report | undefined>((max, r) => (max && compareReportIds(max.id, r.id) >= 0 ? max : r), undefined);
  return writeAtomFeed(
    {
      id: latestFeedAtomId,
      title: `${SITE_NAME}: latest entries`,
      subtitle: 'The newest entries of the FreeBSD status reports, the latest report first.',
      pagePath: reportsPath,
      feedPath: latestFeedPath,
      entries: latestEntries(kb, size),
      labelReports: true,
      emptyDate: newestReport ? periodEndDate(newestReport.period) : new Date(0),
    },
    kb,
    origin,
  );
}

/** A feed route's answer before HTTP: the document, a redirect for a renamed project, or nothing. */
export type FeedAnswer = { status: 200; xml: string } | { status: 308; location: string } | { status: 404 };

/**
 * `/projects/<slug>/feed.xml`, as its page answers (`projectAddress`): a slug a rename or merge
 * left behind redirects to the new feed, one naming a subject no project has to the subject's.
 */
export function answerProjectFeed(
  slug: string,
  index: Pick<ProjectIndex, 'bySlug' | 'redirects'>,
  kb: FeedKnowledgeBase,
  origin: string,
  subjects: SlugIndex<Pick<Subject, 'slug'>> = { bySlug: new Map(), redirects: new Map() },
): FeedAnswer {
  const found = projectAddress(slug, index, subjects);
  if (!found) return { status: 404 };
  if ('movedTo' in found) return { status: 308, location: projectFeedPath(found.movedTo) };
  if ('subject' in found) return { status: 308, location: subjectFeedPath(found.subject) };
  return { status: 200, xml: projectFeed(found.project, kb, origin) };
}

/** `/subjects/<slug>/feed.xml`; an old slug redirects to the subject's feed. */
export function answerSubjectFeed(slug: string, index: Pick<SubjectIndex, 'bySlug' | 'redirects'>, kb: FeedKnowledgeBase, origin: string): FeedAnswer {
  const found = findBySlug(index, slug);
  if (!found) return { status: 404 };
  return found.moved ? { status: 308, location: subjectFeedPath(found.item.slug) } : { status: 200, xml: subjectFeed(found.item, kb, origin) };
}

/** `/reports/<id>/feed.xml` */
export function answerReportFeed(reportId: string, kb: FeedKnowledgeBase, origin: string): FeedAnswer {
  const report = kb.getReport(reportId);
  return report ? { status: 200, xml: reportFeed(report, kb, origin) } : { status: 404 };
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** The HTTP response for a feed route's answer. */
export function feedResponse(answer: FeedAnswer): Response {
  // An ETag lets a feed reader's poll be answered "not modified" (by nginx from its cache, deploy/)
  // instead of with the whole feed again: 188 KB for /feed.xml, every poll of every reader.
  if (answer.status === 200) return new Response(answer.xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE, ETag: entityTag(answer.xml) } });
  if (answer.status === 308) return new Response(null, { status: 308, headers: { Location: answer.location } });
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
