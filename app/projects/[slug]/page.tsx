import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CopyLink } from '../../components/copy-link';
import { ProjectTimelineView } from '../../components/project-timeline';
import { getKnowledgeBase } from '../../../lib/content';
import { getPeople } from '../../../lib/people/site';
import { getProjectIndex } from '../../../lib/projects';
import { buildProjectTimeline } from '../../../lib/projects/timeline';
import { projectPath, projectsPath } from '../../../lib/site/routes';
import { SITE_URL } from '../../../lib/site/site-config';
import { timelineAxis } from '../../../lib/site/timeline-strip';
import { feedAlternates, latestFeedLink, projectFeedLink } from '../../../lib/feeds/metadata';
import { pageMetadata } from '../../../lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every project, and every slug a rename or merge left behind (each redirects). */
export function generateStaticParams(): Array<{ slug: string }> {
  const index = getProjectIndex();
  const old = [...index.redirects.keys()].filter((slug) => !index.bySlug.has(slug));
  return [...index.projects.map((p) => p.slug), ...old].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const project = getProjectIndex().bySlug.get(slug);
  if (!project) return {};
  const first = project.entries[0]!.report.slice(0, 4);
  const last = project.entries[project.entries.length - 1]!.report.slice(0, 4);
  return pageMetadata({
    title: `${project.title} (project)`,
    description: `${project.title} in the FreeBSD status reports: ${project.entries.length} ${project.entries.length === 1 ? 'entry' : 'entries'}, ${first === last ? first : `${first}–${last}`}, in one timeline.`,
    path: projectPath(project.slug),
    ownImage: true,
    alternates: feedAlternates(projectFeedLink(project), latestFeedLink()),
  });
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  const index = getProjectIndex();
  const project = index.bySlug.get(slug);
  if (!project) {
    const renamed = index.redirects.get(slug);
    if (renamed !== undefined && index.bySlug.has(renamed)) permanentRedirect(projectPath(renamed));
    notFound();
  }
  const { reports } = getKnowledgeBase();
  const timeline = buildProjectTimeline(project, { reports, people: getPeople() });
  const axis = timelineAxis(reports);
  const related = project.related.flatMap((s) => {
    const other = index.bySlug.get(s);
    return other ? [{ slug: other.slug, title: other.title }] : [];
  });
  return (
    <article>
      <p className="breadcrumb">
        <Link href={projectsPath}>Projects</Link>
      </p>
      <h1>{project.title}</h1>
      <CopyLink path={projectPath(project.slug)} title={project.title} siteUrl={SITE_URL} />
      <ProjectTimelineView timeline={timeline} related={related} axis={axis} />
    </article>
  );
}
