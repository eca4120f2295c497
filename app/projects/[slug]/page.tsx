import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CopyLink } from '../../components/copy-link';
import { ProjectTimelineView } from '../../components/project-timeline';
import { getKnowledgeBase } from '../../../lib/content';
import { getPeople } from '../../../lib/people/site';
import { distinctTitles, getProjectIndex, projectAddress, buildProjectTimeline } from '../../../lib/projects';
import { projectPath, projectsPath, subjectPath, SITE_URL } from '../../../lib/routes';
import { getSubjectIndex } from '../../../lib/subjects';
import { SubjectLine } from '../../components/project-nav';
import { timelineAxis } from '../../../lib/site/timeline-strip';
import { feedAlternates, latestFeedLink, projectFeedLink } from '../../../lib/feeds';
import { pageMetadata } from '../../../lib/site/page-metadata';
import { countOf } from '../../../lib/model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/**
 * Every project, every slug a rename or merge left behind, and every subject's slug or spelling
 * that names no project (`/projects/sr-iov`, `/projects/hyper-v`): each of the last two redirects.
 */
export function generateStaticParams(): Array<{ slug: string }> {
  const index = getProjectIndex();
  const old = [...index.redirects.keys()].filter((slug) => !index.bySlug.has(slug));
  const subjectIndex = getSubjectIndex();
  const subjects = [...subjectIndex.bySlug.keys(), ...subjectIndex.redirects.keys()].filter((slug) => !index.bySlug.has(slug) && !index.redirects.has(slug));
  return [...index.projects.map((p) => p.slug), ...old, ...subjects].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const project = getProjectIndex().bySlug.get(slug);
  if (!project) return {};
  const first = project.entries[0]!.report.slice(0, 4);
  const last = project.entries[project.entries.length - 1]!.report.slice(0, 4);
  return pageMetadata({
    title: `${project.title} (project)`,
    description: `${project.title} in the FreeBSD status reports: ${countOf(project.entries.length, 'entry', 'entries')}, ${first === last ? first : `${first}–${last}`}, in one timeline.`,
    path: projectPath(project.slug),
    ownImage: true,
    alternates: feedAlternates(projectFeedLink(project), latestFeedLink()),
  });
}

/** Subjects named on a project's page: at most this many, each holding a fair share of its entries. */
const MAX_PROJECT_SUBJECTS = 8;
const PROJECT_SUBJECT_SHARE = 0.25;

/** The subjects a project reports on: those holding a quarter of its entries or more, most first. */
function subjectsOfProject(entryIds: readonly string[]): { slug: string; title: string }[] {
  const counts = new Map<string, { slug: string; title: string; n: number }>();
  for (const id of entryIds) {
    for (const s of getSubjectIndex().byEntryId.get(id) ?? []) {
      const c = counts.get(s.slug) ?? { slug: s.slug, title: s.title, n: 0 };
      counts.set(s.slug, { ...c, n: c.n + 1 });
    }
  }
  return [...counts.values()]
    .filter((c) => c.n >= PROJECT_SUBJECT_SHARE * entryIds.length)
    .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title, 'en'))
    .slice(0, MAX_PROJECT_SUBJECTS);
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  const index = getProjectIndex();
  const found = projectAddress(slug, index, getSubjectIndex());
  if (!found) notFound();
  if ('movedTo' in found) permanentRedirect(projectPath(found.movedTo));
  if ('subject' in found) permanentRedirect(subjectPath(found.subject));
  const { project } = found;
  const { reports } = getKnowledgeBase();
  const timeline = buildProjectTimeline(project, { reports, people: getPeople() });
  const axis = timelineAxis(reports);
  const others = project.related.flatMap((s) => index.bySlug.get(s) ?? []);
  // A related project may share this one's title ("Capsicum" of 2013 and of 2016–2019).
  const titles = distinctTitles([project, ...others]);
  const related = others.map((other) => ({ slug: other.slug, title: titles.get(other.slug) ?? other.title }));
  return (
    <article>
      <p className="breadcrumb">
        <Link href={projectsPath}>Projects</Link>
      </p>
      <h1>{project.title}</h1>
      <SubjectLine subjects={subjectsOfProject(project.entries.map((e) => e.id))} />
      <CopyLink path={projectPath(project.slug)} title={project.title} siteUrl={SITE_URL} />
      <ProjectTimelineView timeline={timeline} related={related} axis={axis} />
    </article>
  );
}
