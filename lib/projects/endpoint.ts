import type { EndpointResult } from '../content';
import { keptAnswer, type WrittenAnswer } from '../content/endpoint';
import { processMemo } from '../content/process-memo';
import { findBySlug, type SlugIndex, type PeopleIndex, type Subject, type Project, type ProjectIndex } from '../model';
import { projectApiPath, subjectApiPath } from '../routes';
import { projectToJson, type ProjectJson } from './json';

/** Subjects by slug, as much of them as an address needs. */
type SubjectSlugs = SlugIndex<Pick<Subject, 'slug'>>;

/**
 * What a project address leads to: the project, the project a rename or merge moved it to, or the
 * subject a slug names that no project has (`/projects/sr-iov`, `/projects/hyper-v`, a spelling
 * of HyperV). The page and the API answer alike.
 */
export function projectAddress(slug: string, projects: Pick<ProjectIndex, 'bySlug' | 'redirects'>, subjects: SubjectSlugs): { project: Project } | { movedTo: string } | { subject: string } | undefined {
  const project = findBySlug(projects, slug);
  if (project) return project.moved ? { movedTo: project.item.slug } : { project: project.item };
  const subject = findBySlug(subjects, slug);
  return subject ? { subject: subject.item.slug } : undefined;
}

/**
 * `/api/projects/<slug>` without the HTTP: the project in full, a permanent redirect for a slug
 * a rename or merge left behind or one naming a subject, else 404 with `{error}`.
 */
export function answerProjectRequest(
  slug: string,
  index: Pick<ProjectIndex, 'bySlug' | 'redirects'>,
  people: Pick<PeopleIndex, 'byEntryId'>,
  subjects: SubjectSlugs = { bySlug: new Map(), redirects: new Map() },
): EndpointResult<ProjectJson> {
  const found = projectAddress(slug, index, subjects);
  if (!found) return { status: 404, body: { error: `no project "${slug}"` } };
  if ('project' in found) return { status: 200, body: projectToJson(found.project, people) };
  return { status: 308, location: 'movedTo' in found ? projectApiPath(found.movedTo) : subjectApiPath(found.subject) };
}

/**
 * answerProjectRequest written for HTTP, made once per slug for as long as the project index lasts
 * (the process), as subjects' answers are: the largest (freebsd-foundation, 530 KB of JSON with
 * every entry's body) took 8 ms to make and hash, 45 ms at worst, on every request a replica got.
 * Every project kept is 7.4 MB of JSON on the real corpus.
 */
export function keptProjectAnswer(
  slug: string,
  index: Pick<ProjectIndex, 'bySlug' | 'redirects'>,
  people: Pick<PeopleIndex, 'byEntryId'>,
  subjects?: SubjectSlugs,
): WrittenAnswer {
  const kept = processMemo('project-answers', index, () => new Map<string, WrittenAnswer>());
  return keptAnswer(kept, slug, () => answerProjectRequest(slug, index, people, subjects));
}
