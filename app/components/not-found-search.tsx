'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { notFoundSearch, notFoundSuggestions, type Suggestion } from '../../lib/site/search-instead';
import { useSearchRequests } from './search-request';

// The 404 page is rendered once for every address (a not-found file gets no params), so only the
// browser knows which slug was asked for. The server's render and hydration show nothing; the
// suggestion appears once the page is live, without a mismatch.
const noSubscription = () => () => {};
const pathnameInBrowser = () => window.location.pathname;
const noPathname = () => null;

/** The pages the search for a missing page's words suggests; none while it runs, or if it fails (the search link still helps). */
function useSuggestions(found: { words: string; suggestPath?: string } | undefined): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const { request } = useSearchRequests();
  const words = found?.words;
  const path = found?.suggestPath;
  useEffect(() => {
    if (words === undefined || path === undefined) return;
    request(path, {
      onDone: (outcome) => {
        if (outcome.ok) setSuggestions(notFoundSuggestions(words, outcome.response));
      },
    });
  }, [request, words, path]);
  return suggestions;
}

/**
 * For a project, subject or person that does not exist: a full-text search for the slug's words,
 * the list it was looked up in, and under them (where they appear later) the pages it may have meant.
 */
export function NotFoundSearch() {
  const pathname = useSyncExternalStore(noSubscription, pathnameInBrowser, noPathname);
  const found = pathname === null ? undefined : notFoundSearch(pathname);
  const suggestions = useSuggestions(found);
  if (!found) return null;
  return (
    <>
      <p>
        <a href={found.searchPath}>Search the reports for “{found.words}”</a>, or see <a href={found.listPath}>{found.listName}</a>.
      </p>
      {suggestions.length > 0 && (
        <section aria-labelledby="perhaps">
          <h2 id="perhaps">Perhaps you meant</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.url}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
