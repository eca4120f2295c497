import type { Entry } from '../model';

/** What tells one entry from the others of its report, whatever its slug: its title, its text, its links. */
export function entryMarks(entry: Pick<Entry, 'title' | 'body' | 'links'>): string[] {
  const marks = [`title:${entry.title}`, `body:${entry.body.trim()}`, `links:${entry.links.map((l) => l.url).join(' ')}`];
  // Nothing written is no mark: every entry without links would be "the same".
  return marks.filter((mark) => !mark.endsWith(':'));
}
