import { getKnowledgeBase } from '../../../lib/content';
import { getProjectIndex } from '../../../lib/projects';
import { timelineAxis } from '../../../lib/site/timeline-strip';
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, drawOnDemand, renderTimelineImage } from '../../components/og-image';

export const alt = "The project's title, its span and the periods it has entries in";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const generateStaticParams = drawOnDemand;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const project = getProjectIndex().bySlug.get(slug);
  if (!project) return new Response('Not found', { status: 404 });
  return renderTimelineImage({
    kind: 'Project',
    title: project.title,
    reports: project.entries.map((e) => e.report),
    axis: timelineAxis(getKnowledgeBase().reports),
  });
}
