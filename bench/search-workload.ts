// What the benchmark searches for: the judged queries and the first words of entry titles
// (the workload of `npm run bench:relevance`), and, for the HTTP load, the same queries as
// the `/api/search` URLs the search page requests, some with filters and paging.
import type { Entry } from '../lib/model';
import { collectPeople } from '../lib/people';
import { searchApiPath, type SearchUrlState } from '../lib/site/search-url';
import type { JudgedQuery } from './relevance-lib';

/** The judged queries, then the first one to three words of `titles` entry titles spread over the corpus. */
export function latencyWorkload(judged: readonly JudgedQuery[], entries: readonly Pick<Entry, 'title'>[], titles = 1000): string[] {
  const step = Math.max(1, Math.floor(entries.length / titles));
  return [
    ...judged.map((q) => q.query),
    ...entries
      .filter((_, i) => i % step === 0)
      .slice(0, titles)
      .map((e, i) =>
        e.title
          .split(/\s+/)
          .slice(0, 1 + (i % 3))
          .join(' '),
      ),
  ];
}

/** The `/api/search` path the search page asks for a query: its first page, default size. */
export function searchApiPathFor(q: string): string {
  return searchApiPath({ q, page: 1, collapse: false });
}

/**
 * About `count` request paths cycling through the latency workload, as the search page asks
 * for them. Most are a bare query; in a fixed pattern some add a year range, a category, a
 * person, collapsing by project, a second page or a larger page, with values taken from the
 * entries themselves so that every request is valid (an unknown category is valid too, but
 * finds nothing and costs nothing).
 */
export function loadTestPaths(queries: readonly string[], entries: readonly Entry[], count = 400): string[] {
  const categories = [...new Set(entries.map((e) => e.category))].sort();
  const people = collectPeople(entries)
    .filter((p) => p.entryIds.length >= 3)
    .map((p) => p.slug);
  const years = [...new Set(entries.map((e) => e.report.slice(0, 4)))].sort();
  const paths: string[] = [];
  for (let i = 0; i < count && queries.length > 0; i++) {
    const state: SearchUrlState = { q: queries[(i * 7) % queries.length] ?? '', page: i % 11 === 5 ? 2 : 1, collapse: i % 6 === 4 };
    if (i % 5 === 1 && years.length > 0) {
      const from = years[(i * 3) % years.length] ?? '';
      state.from = from;
      state.to = String(Number(from) + 4);
    }
    if (i % 9 === 2 && categories.length > 0) state.category = categories[i % categories.length];
    if (i % 17 === 3 && people.length > 0) state.person = people[i % people.length];
    paths.push(searchApiPath(state, i % 13 === 6 ? 20 : undefined));
  }
  return paths;
}
