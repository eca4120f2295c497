import { peoplePath, projectsPath, searchQueryPath, subjectsPath } from '../routes';

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
  { path: projectsPath, name: 'all projects' },
  { path: subjectsPath, name: 'all subjects' },
  { path: peoplePath, name: 'all people' },
] as const;

/**
 * For an address under /projects, /subjects or /people that names nothing (`/projects/zfs-trim`),
 * a search for the slug's words and the list the slug was looked up in; undefined elsewhere.
 */
export function notFoundSearch(pathname: string): { searchPath: string; words: string; listPath: string; listName: string } | undefined {
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
    return { searchPath: searchQueryPath(words), words, listPath: list.path, listName: list.name };
  }
  return undefined;
}
