import { getKnowledgeBase, getWithdrawnEntries } from '../../../../lib/content';
import { getProjectIndex } from '../../../../lib/projects';
import { entryCard } from '../../../../lib/site/og-card';
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, drawOnDemand, renderOgImage } from '../../../components/og-image';

export const alt = "The entry's title, its report and its project";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const generateStaticParams = drawOnDemand;

export default async function Image({ params }: { params: Promise<{ report: string; slug: string }> }) {
  const { report, slug } = await params;
  const entry = getKnowledgeBase().getEntry(`${report}/${slug}`);
  // A withdrawn entry's page shares its address: its card is its last title and report.
  const withdrawn = entry ? undefined : getWithdrawnEntries().get(`${report}/${slug}`);
  if (withdrawn !== undefined) return renderOgImage(entryCard({ title: withdrawn, report }));
  if (!entry) return new Response('Not found', { status: 404 });
  const project = getProjectIndex().byEntryId.get(entry.id);
  return renderOgImage(entryCard(entry, project && { title: project.title, entries: project.entries.length }));
}
