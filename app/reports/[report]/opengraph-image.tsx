import { getKnowledgeBase } from '../../../lib/content';
import { reportCard } from '../../../lib/site/og-card';
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderOgImage } from '../../components/og-image';

export const alt = "The report's period and number of entries";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;
export const dynamicParams = false;

export function generateStaticParams(): Array<{ report: string }> {
  return getKnowledgeBase().reports.map((r) => ({ report: r.id }));
}

export default async function Image({ params }: { params: Promise<{ report: string }> }) {
  const { report: id } = await params;
  const kb = getKnowledgeBase();
  const report = kb.getReport(id);
  if (!report) return new Response('Not found', { status: 404 });
  return renderOgImage(reportCard(report, kb.entriesOfReport(report.id).length));
}
