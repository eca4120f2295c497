import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Link } from '../../components/link';
import { CopyLink } from '../../components/copy-link';
import { SubjectTimelineView } from '../../components/subject-timeline';
import { getKnowledgeBase } from '../../../lib/content';
import { feedAlternates, latestFeedLink, subjectFeedLink } from '../../../lib/feeds';
import { getPeople } from '../../../lib/people/site';
import { getProjectIndex } from '../../../lib/projects';
import { findBySlug, formatSpan, countOf } from '../../../lib/model';
import { pageMetadata } from '../../../lib/site/page-metadata';
import { subjectPath, subjectsPath, SITE_URL } from '../../../lib/routes';
import { timelineAxis } from '../../../lib/site/timeline-strip';
import { buildSubjectTimeline, getSubjectIndex, summarizeSubject } from '../../../lib/subjects';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every subject, and every slug published before that now redirects. */
export function generateStaticParams(): Array<{ slug: string }> {
  const index = getSubjectIndex();
  return [...index.subjects.map((s) => s.slug), ...[...index.redirects.keys()].filter((s) => !index.bySlug.has(s))].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const subject = getSubjectIndex().bySlug.get(slug);
  if (!subject) return {};
  const { entryCount, projectCount, span } = summarizeSubject(subject);
  return pageMetadata({
    title: `${subject.title} (subject)`,
    description: `${subject.title} in the FreeBSD status reports, ${formatSpan(span)}: ${countOf(entryCount, 'entry', 'entries')} from ${countOf(projectCount, 'project', 'projects')} on one timeline.`,
    path: subjectPath(subject.slug),
    alternates: feedAlternates(subjectFeedLink(subject), latestFeedLink()),
    ownImage: true,
  });
}

export default async function SubjectPage({ params }: Props) {
  const { slug } = await params;
  const index = getSubjectIndex();
  const found = findBySlug(index, slug);
  if (!found) notFound();
  if (found.moved) permanentRedirect(subjectPath(found.item.slug));
  const subject = found.item;
  const { reports } = getKnowledgeBase();
  const timeline = buildSubjectTimeline(subject, { reports, people: getPeople(), projects: getProjectIndex(), subjects: index });
  const axis = timelineAxis(reports);
  return (
    <article>
      <p className="breadcrumb">
        <Link href={subjectsPath}>Subjects</Link>
      </p>
      <h1>{subject.title}</h1>
      <CopyLink path={subjectPath(subject.slug)} title={subject.title} siteUrl={SITE_URL} />
      <SubjectTimelineView timeline={timeline} axis={axis} />
    </article>
  );
}
