import { compareReportIds, slugify, type Entry } from '../lib/model';

/** The baseline `npm run bench:threads` compares the threading with: entries sharing a normalized title. */
interface NaiveProject {
  slug: string;
  /** The title of its latest entry. */
  title: string;
  /** Oldest first. */
  entries: Entry[];
}

const FILLER = new Set(['the', 'freebsd', 'a', 'an', 'of', 'for', 'on', 'and', 'in', 'to', 'update', 'updates', 'status', 'project', 'support']);

/** A title reduced to the words that name the work: "The FreeBSD bhyve Update" → "bhyve". */
export function normalizeTitle(title: string): string {
  const words = slugify(title).split('-').filter((w) => w && !FILLER.has(w));
  return words.join('-') || slugify(title);
}

/**
 * The baseline grouping: entries whose normalized titles are equal form one project.
 * An entry's `project` front matter pins it to a slug regardless of its title.
 */
export function groupByNormalizedTitle(entries: readonly Entry[]): NaiveProject[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entry.project ?? normalizeTitle(entry.title);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.entries()]
    .map(([slug, members]) => {
      const sorted = [...members].sort((a, b) => compareReportIds(a.report, b.report));
      return { slug, title: sorted[sorted.length - 1]?.title ?? slug, entries: sorted };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
