import type { EndpointResult } from '../content';
import { keptAnswer, type WrittenAnswer } from '../content/endpoint';
import { processMemo } from '../content/process-memo';
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

/**
 * answerSubjectRequest written for HTTP, made once per slug for as long as the subject index
 * lasts (the process, whose content is fixed): a subject's excerpts and people took 25 ms to make
 * for a large one (amd64, 83 KB of JSON), 80 ms at the 95th percentile, on every request.
 */
export function keptSubjectAnswer(
  slug: string,
  index: Pick<SubjectIndex, 'bySlug' | 'redirects'>,
  projects: Pick<ProjectIndex, 'byEntryId'>,
  people: Pick<PeopleIndex, 'byEntryId'>,
): WrittenAnswer {
  const kept = processMemo('subject-answers', index, () => new Map<string, WrittenAnswer>());
  return keptAnswer(kept, slug, () => answerSubjectRequest(slug, index, projects, people));
}
