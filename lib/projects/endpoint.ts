import type { EndpointResult } from '../content/endpoint';
import type { PeopleIndex } from '../people';
import { projectApiPath } from '../site/routes';
import { projectToJson, type ProjectJson } from './json';
import type { ProjectIndex } from './types';


/**
 * `/api/projects/<slug>` without the HTTP: the project in full, a permanent redirect for a slug
 * a rename or merge left behind, else 404 with `{error}`.
 */
export function answerProjectRequest(
  slug: string,
  index: Pick<ProjectIndex, 'bySlug' | 'redirects'>,
  people: Pick<PeopleIndex, 'byEntryId'>,
): EndpointResult<ProjectJson> {
  const project = index.bySlug.get(slug);
  if (project) return { status: 200, body: projectToJson(project, people) };
  const renamed = index.redirects.get(slug);
  if (renamed !== undefined && index.bySlug.has(renamed)) return { status: 308, location: projectApiPath(renamed) };
  return { status: 404, body: { error: `no project "${slug}"` } };
}
