import { getKnowledgeBase } from '../../../lib/content';
import { timelineAxis } from '../../../lib/site/timeline-strip';
import { getSubjectIndex } from '../../../lib/subjects';
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, drawOnDemand, renderTimelineImage } from '../../components/og-image';

export const alt = "The subject's name, its span and the periods it has entries in";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const generateStaticParams = drawOnDemand;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const subject = getSubjectIndex().bySlug.get((await params).slug);
  if (!subject) return new Response('Not found', { status: 404 });
  return renderTimelineImage({
    kind: 'Subject',
    title: subject.title,
    reports: subject.entries.map((e) => e.report),
    axis: timelineAxis(getKnowledgeBase().reports),
  });
}
