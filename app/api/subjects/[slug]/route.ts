import { endpointResponse } from '../../../../lib/content';
import { getPeople } from '../../../../lib/people/site';
import { getProjectIndex } from '../../../../lib/projects';
import { getSubjectIndex } from '../../../../lib/subjects';
import { keptSubjectAnswer } from '../../../../lib/subjects/endpoint';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return endpointResponse(keptSubjectAnswer(slug, getSubjectIndex(), getProjectIndex(), getPeople()), request);
}
