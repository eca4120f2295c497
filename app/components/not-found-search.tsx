'use client';

import { useSyncExternalStore } from 'react';
import { notFoundSearch } from '../../lib/site/search-instead';

// The 404 page is rendered once for every address (a not-found file gets no params), so only the
// browser knows which slug was asked for. The server's render and hydration show nothing; the
// suggestion appears once the page is live, without a mismatch.
const noSubscription = () => () => {};
const pathnameInBrowser = () => window.location.pathname;
const noPathname = () => null;

/** For a project, subject or person that does not exist: a full-text search for the slug's words and the list it was looked up in. */
export function NotFoundSearch() {
  const pathname = useSyncExternalStore(noSubscription, pathnameInBrowser, noPathname);
  const found = pathname === null ? undefined : notFoundSearch(pathname);
  if (!found) return null;
  return (
    <p>
      <a href={found.searchPath}>Search the reports for “{found.words}”</a>, or see <a href={found.listPath}>{found.listName}</a>.
    </p>
  );
}
