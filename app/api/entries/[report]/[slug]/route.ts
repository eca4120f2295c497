import { getEntryRedirects, getKnowledgeBase } from '../../../../../lib/content';
import { answerEntryRequest, endpointResponse } from '../../../../../lib/content/endpoint';
import { getProjectIndex } from '../../../../../lib/projects';

export async function GET(_request: Request, { params }: { params: Promise<{ report: string; slug: string }> }): Promise<Response> {
  const { report, slug } = await params;
  return endpointResponse(answerEntryRequest(report, slug, getKnowledgeBase(), getProjectIndex(), getEntryRedirects()));
}
