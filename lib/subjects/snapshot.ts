import { z } from 'zod';
import { ContentProblemSchema, entriesWithIds, type Entry, type Subject, type SubjectIndex } from '../model';

const SubjectSnapshotSchema = z
  .object({
    subjects: z.array(
      z
        .object({
          slug: z.string(),
          title: z.string(),
          aliases: z.array(z.string()),
          entryIds: z.array(z.string()),
          mentionIds: z.array(z.string()),
          projects: z.array(z.string()),
          related: z.array(z.string()),
        })
        .strict(),
    ),
    /** `byName`, each name to its subject's slug, in the index's order. */
    names: z.array(z.tuple([z.string(), z.string()])),
    redirects: z.array(z.tuple([z.string(), z.string()])),
    problems: z.array(ContentProblemSchema),
  })
  .strict();

export type SubjectSnapshot = z.infer<typeof SubjectSnapshotSchema>;

/** Subjects as plain data, entries by id: what a later process restores instead of finding them again. */
export function snapshotSubjects(index: SubjectIndex): SubjectSnapshot {
  return {
    subjects: index.subjects.map((s) => ({
      slug: s.slug,
      title: s.title,
      aliases: s.aliases,
      entryIds: s.entries.map((e) => e.id),
      mentionIds: s.mentions.map((e) => e.id),
      projects: s.projects,
      related: s.related,
    })),
    names: [...index.byName].map(([name, s]) => [name, s.slug]),
    redirects: [...index.redirects],
    problems: index.problems,
  };
}

/**
 * The subjects a snapshot holds, over these entries; undefined when it names an entry or a subject
 * they do not have (it was made of other content). Without the ledger, which only `kb import` writes.
 */
export function restoreSubjects(data: unknown, entries: readonly Entry[]): SubjectIndex | undefined {
  const snapshot = SubjectSnapshotSchema.parse(data);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const subjects: Subject[] = [];
  for (const { slug, title, aliases, entryIds, mentionIds, projects, related } of snapshot.subjects) {
    const timeline = entriesWithIds(entryIds, byId);
    const mentions = entriesWithIds(mentionIds, byId);
    if (!timeline || !mentions) return undefined;
    subjects.push({ slug, title, aliases, entries: timeline, mentions, projects, related });
  }
  const bySlug = new Map(subjects.map((s) => [s.slug, s]));
  const byEntryId = new Map<string, Subject[]>();
  for (const s of subjects) for (const e of s.entries) byEntryId.set(e.id, [...(byEntryId.get(e.id) ?? []), s]);
  const byName = new Map<string, Subject>();
  for (const [name, slug] of snapshot.names) {
    const subject = bySlug.get(slug);
    if (!subject) return undefined;
    byName.set(name, subject);
  }
  return { subjects, bySlug, byEntryId, byName, redirects: new Map(snapshot.redirects), problems: snapshot.problems };
}
