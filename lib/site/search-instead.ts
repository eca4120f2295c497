import { apiSearchPath, peoplePath, projectPath, projectsPath, searchQueryPath, subjectsPath } from '../routes';
import type { SearchResponse } from '../search/types';

// When a list filter or an address finds nothing, the reports' full text may still hold the
// words: these say where to search for them instead. Used by client components: routes only.

/** Text split at the separators, single-spaced; empty when there are no words. */
function wordsOf(text: string, separators: RegExp): string {
  return text.split(separators).filter(Boolean).join(' ');
}

/** The full-text search for what a list filter was given, or undefined for a blank filter. */
export function filterSearchPath(query: string): string | undefined {
  const words = wordsOf(query, /\s+/);
  return words ? searchQueryPath(words) : undefined;
}

const LISTS = [
  { path: projectsPath, name: 'all projects', suggests: true },
  { path: subjectsPath, name: 'all subjects', suggests: true },
  // A search for a name finds the entries that name them, not their page: no suggestion beats the list.
  { path: peoplePath, name: 'all people', suggests: false },
] as const;

/**
 * For an address under /projects, /subjects or /people that names nothing (`/projects/zfs-trim`),
 * a search for the slug's words and the list the slug was looked up in; undefined elsewhere.
 */
export function notFoundSearch(pathname: string): { searchPath: string; words: string; listPath: string; listName: string; suggestPath?: string } | undefined {
  for (const list of LISTS) {
    const prefix = `${list.path}/`;
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length).replace(/\/+$/, '');
    if (rest === '' || rest.includes('/')) return undefined;
    let slug: string;
    try {
      slug = decodeURIComponent(rest);
    } catch {
      return undefined;
    }
    const words = wordsOf(slug, /[\s\-_]+/);
    if (!words) return undefined;
    const found = { searchPath: searchQueryPath(words), words, listPath: list.path, listName: list.name };
    return list.suggests ? { ...found, suggestPath: `${apiSearchPath}?${new URLSearchParams({ q: words, collapse: '1', limit: String(SUGGESTED) }).toString()}` } : found;
  }
  return undefined;
}

/** How many projects a page that names nothing suggests. */
const SUGGESTED = 5;

/** A page an address that names nothing may have meant. */
export interface Suggestion {
  title: string;
  url: string;
}

/**
 * Words an address may hold that say nothing about which page it meant: the search finds them
 * everywhere ("plugh-support" is not "Hot-plug Support", "ports-on-arm" not "go on riscv64").
 */
const GENERIC_WORDS = new Set(['a', 'an', 'and', 'for', 'freebsd', 'in', 'of', 'on', 'the', 'to', 'with', 'support', 'driver', 'project']);

/** The telling words of a title or an address, lowercased, a plural's "s" dropped ("ports" is "port"). */
function tellingWords(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return new Set(words.map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/**
 * From the search for a missing page's words (one result per project): the subject they name,
 * then the projects of the first results whose titles hold most of the address's telling words
 * (the search also finds entries that only mention them), each title once. `/projects/core-team`
 * is the Core Team's, whose slug begins with "freebsd".
 */
export function notFoundSuggestions(words: string, response: Pick<SearchResponse, 'subject' | 'results'>): Suggestion[] {
  const asked = tellingWords(words);
  const needed = Math.ceil((asked.size * 2) / 3);
  const suggested: Suggestion[] = response.subject?.via === 'query' ? [{ title: `${response.subject.title} (subject)`, url: response.subject.url }] : [];
  for (const result of response.results.slice(0, SUGGESTED)) {
    if (result.project === null || asked.size === 0) continue;
    const title = result.projectTitle ?? result.title;
    const url = projectPath(result.project);
    const held = [...tellingWords(title)].filter((w) => asked.has(w)).length;
    // Two projects of one title would be two links no reader could tell apart: the better found stands.
    if (held >= needed && !suggested.some((s) => s.url === url || s.title === title)) suggested.push({ title, url });
  }
  return suggested;
}
