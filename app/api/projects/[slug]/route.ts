import { endpointResponse } from '../../../../lib/content';
import { getPeople } from '../../../../lib/people/site';
import { getProjectIndex } from '../../../../lib/projects';
import { keptProjectAnswer } from '../../../../lib/projects/endpoint';
import { getSubjectIndex } from '../../../../lib/subjects';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return endpointResponse(keptProjectAnswer(slug, getProjectIndex(), getPeople(), getSubjectIndex()), request);
}
