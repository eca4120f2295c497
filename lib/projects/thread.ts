import type { Entry } from '../model';
import { groupByNormalizedTitle } from './naive';
import type { Project, ProjectIndex } from './types';

/** Groups entries into projects. (Provisional: the naive grouping until the real threading lands.) */
export function threadProjects(entries: readonly Entry[]): ProjectIndex {
  const projects: Project[] = groupByNormalizedTitle(entries).map((p) => ({
    ...p,
    titles: [...new Set(p.entries.map((e) => e.title))],
    related: [],
  }));
  return indexProjects(projects, new Map());
}

export function indexProjects(projects: Project[], redirects: ReadonlyMap<string, string>): ProjectIndex {
  const bySlug = new Map(projects.map((p) => [p.slug, p]));
  const byEntryId = new Map(projects.flatMap((p) => p.entries.map((e) => [e.id, p] as const)));
  return { projects, bySlug, byEntryId, redirects };
}
