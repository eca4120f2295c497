import { endpointResponse } from '../../../../lib/content';
import { getPeople } from '../../../../lib/people/site';
import { getProjectIndex } from '../../../../lib/projects';
import { answerSubjectRequest, getSubjectIndex } from '../../../../lib/subjects';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return endpointResponse(answerSubjectRequest(slug, getSubjectIndex(), getProjectIndex(), getPeople()));
}
