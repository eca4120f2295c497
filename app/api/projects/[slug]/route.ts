import { endpointResponse } from '../../../../lib/content';
import { getPeople } from '../../../../lib/people/site';
import { getProjectIndex, answerProjectRequest } from '../../../../lib/projects';
import { getSubjectIndex } from '../../../../lib/subjects';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return endpointResponse(answerProjectRequest(slug, getProjectIndex(), getPeople(), getSubjectIndex()), request);
}
