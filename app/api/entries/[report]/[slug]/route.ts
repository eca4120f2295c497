import { getEntryAliases, getKnowledgeBase, getWithdrawnEntries, answerEntryRequest, endpointResponse } from '../../../../../lib/content';
import { getPeople } from '../../../../../lib/people/site';
import { getProjectIndex } from '../../../../../lib/projects';
import { getSubjectIndex } from '../../../../../lib/subjects';

export async function GET(request: Request, { params }: { params: Promise<{ report: string; slug: string }> }): Promise<Response> {
  const { report, slug } = await params;
  return endpointResponse(answerEntryRequest(report, slug, getKnowledgeBase(), getProjectIndex(), getEntryAliases(), getWithdrawnEntries(), { people: getPeople(), subjects: getSubjectIndex() }), request);
}
