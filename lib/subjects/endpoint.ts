import type { EndpointResult } from '../content';
import { findBySlug, type PeopleIndex, type ProjectIndex, type SubjectIndex } from '../model';
import { subjectApiPath } from '../routes';
import { subjectToJson, type SubjectJson } from './json';

/** `/api/subjects/<slug>` without the HTTP: the subject, a permanent redirect for an old slug, else 404 with `{error}`. */
export function answerSubjectRequest(
  slug: string,
  index: Pick<SubjectIndex, 'bySlug' | 'redirects'>,
  projects: Pick<ProjectIndex, 'byEntryId'>,
  people: Pick<PeopleIndex, 'byEntryId'>,
): EndpointResult<SubjectJson> {
  const found = findBySlug(index, slug);
  if (!found) return { status: 404, body: { error: `no subject "${slug}"` } };
  if (found.moved) return { status: 308, location: subjectApiPath(found.item.slug) };
  return { status: 200, body: subjectToJson(found.item, (id) => projects.byEntryId.get(id), people) };
}
