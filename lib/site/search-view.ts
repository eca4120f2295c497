/**
 * What the search page and the header box say and show, as pure functions: counts, pages,
 * the "search instead for" query, category names. Browser-safe: no model schemas, no engine.
 */
import { formatSpan } from '../model/report-ref';
import type { PeopleAnswer, QueryPeriodNote, SubjectCard } from '../search';
import { countOf } from '../model/count';
import { refineSearch, selectedYear, type SearchUrlState } from './search-url';
export { pageCount, pageWindow } from './pagination';
/** A subject a search names, in a line: "9 entries from 3 projects, 2013–2025". */
export function subjectCardSummary(subject: Pick<SubjectCard, 'entries' | 'projects' | 'span'>): string {
  return `${countOf(subject.entries, 'entry', 'entries')} from ${countOf(subject.projects, 'project', 'projects')}, ${formatSpan(subject.span)}`;
}

/** Where the people who answer a question asking who were found: "contacts of the first 10 results". */
export function peopleAnswerLead(answer: Pick<PeopleAnswer, 'firstResults'>): string {
  return `contacts of the first ${countOf(answer.firstResults, 'result', 'results')}`;
}

/** After a person who answers a question asking who: on how many of those results, and when. "7 results, 2019–2024". */
export function personAnswerNote(person: PeopleAnswer['people'][number]): string {
  return `${countOf(person.results, 'result', 'results')}, ${formatSpan(person.span)}`;
}

/** The people who answer a question asking who, in a line with their pages, for the command line. */
export function peopleAnswerText(answer: PeopleAnswer): string {
  return `Who (${peopleAnswerLead(answer)}): ${answer.people.map((p) => `${p.name} (${personAnswerNote(p)}) ${p.url}`).join('; ')}`;
}

/** "1 result", "1,234 results". */
export function resultCount(total: number): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? 'result' : 'results'}`;
}

/** After the count, with a quoted phrase: ", 6 with the quoted words together"; nothing without one. */
export function phraseTogether(phraseTotal: number | undefined): string {
  return phraseTotal === undefined ? '' : `, ${phraseTotal} with the quoted words together`;
}

/**
 * Where a quoted phrase's entries end, on the search page, in the header box and in `kb search`:
 * the entries after it hold the words apart or in other forms.
 */
export const WORDS_APART = 'The quoted words apart or in other forms:';

/** Where a page of results stands among its filters and pages, for the announcement. */
export interface AnnouncedPlace {
  /** The filters, in words: "in 2014, in Kernel", "from 2014-01 to 2015-06, by Priya Raman" (`filterWords`). */
  filters?: string;
  page?: number;
  pages?: number;
  /** The period read from the query's words ("zfs 2019"), said after the query as a filter is. */
  period?: QueryPeriodNote;
}

/** The filters of a search in words, for the announcement and the title: "from 2014-01 to 2015-06, in Kernel, by Priya Raman". */
export function filterWords(filters: readonly Pick<ActiveFilter, 'label' | 'kind'>[]): string {
  const period = filters.filter((f) => f.kind === 'year' || f.kind === 'start' || f.kind === 'end').map((f) => (f.kind === 'year' ? `in ${f.label}` : f.label));
  const category = filters.filter((f) => f.kind === 'category').map((f) => `in ${f.label}`);
  const person = filters.filter((f) => f.kind === 'person').map((f) => `by ${f.label}`);
  return [period.join(' '), ...category, ...person].filter(Boolean).join(', ');
}

/**
 * What the live region announces: "12 results for “bhyve”", "No results for “zzz”"; with no
 * words (filters alone list their entries) "441 results in Kernel, newest first". A
 * filter or a page turned changes it, so that it is announced again: "12 results for “bhyve”
 * in 2014, in Kernel, page 2 of 2".
 */
export function resultsAnnouncement(total: number, query: string, place: AnnouncedPlace = {}): string {
  const { filters = '', page = 1, pages = 1 } = place;
  // The first page goes unsaid: most searches have one, and "page 1" is where any starts.
  const onPage = page > 1 && page <= pages ? `, page ${page} of ${pages}` : '';
  if (!query.trim()) {
    const narrowed = filters ? ` ${filters}` : ' with these filters';
    return total === 0 ? `No results${narrowed}${onPage}` : `${resultCount(total)}${narrowed}, newest first${onPage}`;
  }
  const quoted = `“${query.trim()}”${periodSuffix(place.period)}${filters ? ` ${filters}` : ''}${onPage}`;
  return total === 0 ? `No results for ${quoted}` : `${resultCount(total)} for ${quoted}`;
}

/**
 * A search's page title, before the site's name: "bhyve in 2014, in Kernel (page 2) · Search", so
 * that tabs and history tell apart the pages and filters of one query.
 */
export function searchPageTitle(query: string, place: AnnouncedPlace = {}): string {
  const { filters = '', page = 1 } = place;
  const what = query.trim() ? `${query.trim()}${filters ? ` ${filters}` : ''}` : filters || 'Browse';
  return `${what}${page > 1 ? ` (page ${page})` : ''} · Search`;
}

/** The engine's time, rounded for people: "0.4 ms", "12 ms". */
export function formatTook(ms: number): string {
  return ms < 10 ? `${(Math.round(ms * 10) / 10).toLocaleString('en-US')} ms` : `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/**
 * The query as typed, with each word the engine corrected put in quotes, which the engine takes
 * literally: "search instead for …". Undefined when the two cannot be lined up word by word.
 */
export function literalQuery(original: string, corrected: string): string | undefined {
  const typed = original.trim().split(/\s+/);
  const read = corrected.trim().split(/\s+/);
  if (typed.length !== read.length || original.includes('"')) return undefined;
  let changed = false;
  const words = typed.map((word, i) => {
    if (word === read[i]) return word;
    changed = true;
    return `"${word}"`;
  });
  return changed ? words.join(' ') : undefined;
}

/**
 * One title per category key across all reports, for every page that names categories: the one
 * most reports use (upstream titles vary mostly in case, "Network infrastructure" beside
 * "Network Infrastructure"), of equals the newest report's. Reports are given oldest first.
 */
export function categoryTitles(reports: readonly { categories: readonly { key: string; title: string }[] }[]): Record<string, string> {
  const counts = new Map<string, Map<string, { count: number; last: number }>>();
  reports.forEach((report, at) => {
    for (const { key, title } of report.categories) {
      const titles = counts.get(key) ?? new Map<string, { count: number; last: number }>();
      titles.set(title, { count: (titles.get(title)?.count ?? 0) + 1, last: at });
      counts.set(key, titles);
    }
  });
  const out: Record<string, string> = {};
  for (const [key, titles] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best] = [...titles].sort(([, a], [, b]) => b.count - a.count || b.last - a.last);
    if (best) out[key] = best[0];
  }
  return out;
}

/** The query without its last word, for a search that found nothing; undefined for one word. */
export function shorterQuery(query: string): string | undefined {
  const words = query.trim().split(/\s+/);
  return words.length > 1 ? words.slice(0, -1).join(' ') : undefined;
}

export interface ActiveFilter {
  /** What it narrows to, for people: "2014", "Kernel", "from 2014-03". */
  label: string;
  /** What kind of filter, for the remove control's accessible name: "year", "category". */
  kind: string;
  /** The search without it. */
  without: SearchUrlState;
}

/** Each filter of a search with the search that drops it: one year counts once, not as a from and a to. */
export function activeFilters(state: SearchUrlState, titles: Readonly<Record<string, string>>, personNames: Readonly<Record<string, string>> = {}): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const year = selectedYear(state);
  if (year) filters.push({ label: year, kind: 'year', without: refineSearch(state, { from: undefined, to: undefined }) });
  else {
    if (state.from) filters.push({ label: `from ${state.from}`, kind: 'start', without: refineSearch(state, { from: undefined }) });
    if (state.to) filters.push({ label: `to ${state.to}`, kind: 'end', without: refineSearch(state, { to: undefined }) });
  }
  if (state.category) {
    filters.push({ label: titles[state.category] ?? state.category, kind: 'category', without: refineSearch(state, { category: undefined }) });
  }
  if (state.person) filters.push({ label: personNames[state.person] ?? state.person, kind: 'person', without: refineSearch(state, { person: undefined }) });
  return filters;
}

/**
 * The first result of each project, in rank order, at most `limit`, each with its rank among all
 * the results: a project's consecutive quarters ("bhyve", "bhyve", "bhyve") are one suggestion, the
 * best of them, and other efforts get the room. A result of no project is one of its own.
 */
export function onePerProject<T extends { id: string; project: string | null }>(results: readonly T[], limit: number): { result: T; rank: number }[] {
  const seen = new Set<string>();
  const out: { result: T; rank: number }[] = [];
  results.forEach((result, rank) => {
    const key = result.project ?? `entry:${result.id}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push({ result, rank });
  });
  return out;
}

/**
 * The same search over all years: without `from`/`to`, and with a year typed in the query
 * quoted (`zfs "2019"`), which the search then reads as a word again rather than as the period.
 * Quoting rather than a parameter: the reader sees in the box what is searched, and can share it.
 */
export function allYearsState(state: SearchUrlState, period: QueryPeriodNote | undefined): SearchUrlState {
  return refineSearch(state, { from: undefined, to: undefined, ...(period ? { q: period.literal } : {}) });
}

/** " in 2019" after a count or a "no results", where the search was limited to a period read from the query; else nothing. */
export function periodSuffix(period: QueryPeriodNote | undefined): string {
  return period?.applied ? ` in ${period.label}` : '';
}
