/**
 * The state of the search page as it lives in its URL (`/search?q=…&from=…&page=…`), and the
 * `/api/search` request that answers it. Pure and dependency-free: the browser bundle of the
 * search page and the header box import it, so it must not pull in the model or the engine.
 */
import { collapseAsked, sortAsked } from '../search/result-options';
import type { SearchResponse } from '../search';
import { apiSearchPath, searchPath } from '../routes';

/** Results per page of `/search`: the API's own default. */
export const SEARCH_PAGE_SIZE = 10;
/** Results the header box shows as you type. */
export const SUGGESTION_LIMIT = 8;
/** Results the header box asks for: enough for its eight to come from eight projects, where there are as many. */
export const SUGGESTION_REQUEST_LIMIT = 24;
/** Typing pauses this long before a search is sent, in the header box and on the search page alike. */
export const TYPING_DELAY_MS = 150;

export interface SearchUrlState {
  /** The query as typed, untrimmed (the box shows it as is). */
  q: string;
  /** `YYYY` or `YYYY-MM`, as given; the API validates them. */
  from?: string;
  to?: string;
  /** Category key. */
  category?: string;
  /** Person slug. */
  person?: string;
  /** 1-based. */
  page: number;
  /** One result per project. */
  collapse: boolean;
  /** Newest entries first. */
  newest?: boolean;
}

/** What a search came back with: results, or the reason there are none (a refused parameter, a network error). */
export type SearchOutcome = { ok: true; response: SearchResponse } | { ok: false; error: string };

export type SearchUrlInput = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

type FilterName = 'from' | 'to' | 'category' | 'person';
const FILTERS: readonly FilterName[] = ['from', 'to', 'category', 'person'];
const YEAR = /^\d{4}$/;

function firstValue(input: SearchUrlInput, name: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(name) ?? undefined;
  const value = input[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the page's state from its URL, forgivingly: a page that is not a positive whole number
 * is the first page, blank filters are no filters. Malformed dates are kept for the API to
 * refuse with a message that names them.
 */
export function readSearchUrlState(input: SearchUrlInput): SearchUrlState {
  const state: SearchUrlState = { q: firstValue(input, 'q') ?? '', page: 1, collapse: collapseAsked(firstValue(input, 'collapse')) === true };
  if (sortAsked(firstValue(input, 'sort')) === 'newest') state.newest = true;
  const page = Number(firstValue(input, 'page'));
  if (Number.isSafeInteger(page) && page > 1) state.page = page;
  for (const name of FILTERS) {
    const value = firstValue(input, name)?.trim();
    if (value) state[name] = value;
  }
  return state;
}

/** The state as `/search` URL parameters, in a fixed order and without defaults, so equal states give equal URLs. */
export function searchUrlParams(state: SearchUrlState): URLSearchParams {
  const params = new URLSearchParams();
  // Trimmed: a space typed after a word is not another search, nor another URL.
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTERS) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  if (state.collapse) params.set('collapse', '1');
  if (state.newest) params.set('sort', 'newest');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `/search?…` for a state; bare `/search` for the empty one. */
export function searchStatePath(state: SearchUrlState): string {
  const query = searchUrlParams(state).toString();
  return query ? `${searchPath}?${query}` : searchPath;
}

/** The `/api/search` parameters that answer a state: its page as offset and limit. */
export function searchApiParams(state: SearchUrlState, limit: number = SEARCH_PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams({ q: state.q.trim() });
  for (const name of FILTERS) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  if (state.collapse) params.set('collapse', '1');
  if (state.newest) params.set('sort', 'newest');
  params.set('limit', String(limit));
  if (state.page > 1) params.set('offset', String((state.page - 1) * limit));
  return params;
}

/** `/api/search?…` for a state. */
export function searchApiPath(state: SearchUrlState, limit: number = SEARCH_PAGE_SIZE): string {
  return `${apiSearchPath}?${searchApiParams(state, limit).toString()}`;
}

/** Whether two states show the same results. */
export function sameSearch(a: SearchUrlState, b: SearchUrlState): boolean {
  return searchUrlParams(a).toString() === searchUrlParams(b).toString();
}

/** Whether a state asks for anything: words, or filters alone (a period or category to browse). */
export function hasQuery(state: SearchUrlState): boolean {
  return state.q.trim() !== '' || hasFilters(state);
}

/** A changed state, back on its first page: a narrower or wider search starts over. */
export function refineSearch(state: SearchUrlState, change: Partial<Omit<SearchUrlState, 'page'>>): SearchUrlState {
  const next: SearchUrlState = { ...state, ...change, page: 1 };
  // A filter set to undefined is no filter; dropping the key keeps states comparable.
  for (const name of FILTERS) if (next[name] === undefined) delete next[name];
  return next;
}

/** The state narrowed to one year of reports (entries whose report period overlaps it). */
export function withYear(state: SearchUrlState, year: string): SearchUrlState {
  return refineSearch(state, { from: year, to: year });
}

/** The year a state is narrowed to, when it is exactly one year (as the year facet sets it). */
export function selectedYear(state: SearchUrlState): string | undefined {
  return state.from && state.from === state.to && YEAR.test(state.from) ? state.from : undefined;
}

/** The state with none of its filters: all years, categories and people. */
export function withoutFilters(state: SearchUrlState): SearchUrlState {
  return refineSearch(state, { from: undefined, to: undefined, category: undefined, person: undefined });
}

/** Whether any filter narrows the search. */
export function hasFilters(state: SearchUrlState): boolean {
  return FILTERS.some((name) => state[name] !== undefined);
}

/** The same filters and options on another page. */
export function onPage(state: SearchUrlState, page: number): SearchUrlState {
  return { ...state, page: Math.max(1, Math.floor(page)) };
}

/** Words from a snippet's first match that the browser looks for on the entry's page: enough to tell the passage from the title, few enough to stay in one paragraph. */
const PASSAGE_WORDS = 4;

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const plainText = (html: string): string => html.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity] ?? entity);

/** A fragment's own syntax uses "-", "," and "&": each must be escaped inside its text. */
const fragmentText = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A result's URL that opens the entry at its snippet's passage: a text fragment
 * (`#:~:text=`) of the first match and the words after it, to the end of its sentence at most;
 * where that is one word, which the page may hold earlier, the word before it too (`prefix-,`).
 * A snippet from the entry's start needs none; a browser that finds no such text, or knows no
 * text fragments, opens the entry at its top, as without one.
 */
export function passageUrl(url: string, snippetHtml: string): string {
  const at = snippetHtml.indexOf('<mark>');
  if (!snippetHtml.startsWith('…') || at < 0) return url;
  const words: string[] = [];
  for (const word of plainText(snippetHtml.slice(at)).split(' ')) {
    // The snippet's own end is no text of the entry's.
    const [kept = '', ...cut] = word.split('…');
    if (kept !== '') words.push(kept);
    if (kept === '' || cut.length > 0 || words.length === PASSAGE_WORDS || /[.;:!?]$/.test(kept)) break;
  }
  if (words.length === 0) return url;
  const before = plainText(snippetHtml.slice(1, at)).trimEnd().split(' ').at(-1) ?? '';
  // Unless a sentence ends there: the passage may open a paragraph, and a prefix never crosses one.
  const prefix = words.length === 1 && before !== '' && !/[.;:!?]$/.test(before) ? `${fragmentText(before)}-,` : '';
  return `${url}#:~:text=${prefix}${fragmentText(words.join(' '))}`;
}
