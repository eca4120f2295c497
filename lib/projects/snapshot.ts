import { z } from 'zod';
import { ContentProblemSchema, entriesWithIds, type Entry, type Project, type ProjectIndex } from '../model';
import { indexProjects } from './thread';

const ProjectSnapshotSchema = z
  .object({
    projects: z.array(
      z.object({ slug: z.string(), title: z.string(), titles: z.array(z.string()), entryIds: z.array(z.string()), related: z.array(z.string()) }).strict(),
    ),
    redirects: z.array(z.tuple([z.string(), z.string()])),
    problems: z.array(ContentProblemSchema),
  })
  .strict();

export type ProjectSnapshot = z.infer<typeof ProjectSnapshotSchema>;

/** A threading as plain data, entries by id: what a later process restores instead of threading again. */
export function snapshotProjects(index: ProjectIndex): ProjectSnapshot {
  return {
    projects: index.projects.map((p) => ({ slug: p.slug, title: p.title, titles: p.titles, entryIds: p.entries.map((e) => e.id), related: p.related })),
    redirects: [...index.redirects],
    problems: index.problems,
  };
}

/**
 * The threading a snapshot holds, over these entries; undefined when the snapshot names an entry
 * they do not have (it was made of other content). Without the ledger, which only `kb import` writes.
 */
export function restoreProjects(data: unknown, entries: readonly Entry[]): ProjectIndex | undefined {
  const snapshot = ProjectSnapshotSchema.parse(data);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const projects: Project[] = [];
  for (const { slug, title, titles, entryIds, related } of snapshot.projects) {
    const members = entriesWithIds(entryIds, byId);
    if (!members) return undefined;
    projects.push({ slug, title, titles, entries: members, related });
  }
  return indexProjects(projects, new Map(snapshot.redirects), snapshot.problems);
}
