import type { Entry } from '../../lib/model';

/** An entry written for the threading tests: only what a test sets differs from a blank one. */
export function makeEntry(report: string, slug: string, fields: Partial<Omit<Entry, 'report' | 'slug' | 'id'>> = {}): Entry {
  return {
    id: `${report}/${slug}`,
    report,
    slug,
    title: slug,
    category: 'kernel',
    contacts: [],
    links: [],
    sponsors: [],
    tasks: [],
    body: '',
    source: { format: 'markdown', file: `${report}/${slug}.md` },
    ...fields,
  };
}
