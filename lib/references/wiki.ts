import { decodeOrKeep } from '../routes';

/**
 * The wiki page a URL names, or null when it names none: `https://wiki.freebsd.org/moin.cgi/Foo/Bar/`
 * → `Foo/Bar`. Scheme, host case, `www.`, the old `/moin.cgi/` prefix, trailing slashes, queries
 * (attachments, actions) and fragments do not change the page.
 */
export function wikiPageOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.hostname.toLowerCase().replace(/^www\./, '') !== 'wiki.freebsd.org') return null;
  const page = wikiPageName(decodeOrKeep(url.pathname));
  return page === '' || page.toLowerCase() === 'frontpage' ? null : page;
}

/** A page name from a wiki path, cited or asked for: `/moin.cgi/Foo//Bar/` → `Foo/Bar`. */
export function wikiPageName(path: string): string {
  return path
    .replace(/^\/*(moin\.cgi\/+)?/i, '')
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
}

/** The key pages are matched by: MoinMoin page names are case-sensitive, but readers' links are not. */
export function wikiKey(page: string): string {
  return page.toLowerCase();
}

/** A page and the pages it is a subpage of, nearest first: `A/B/C` → `A/B/C`, `A/B`, `A`. */
export function wikiAncestry(page: string): string[] {
  const parts = page.split('/');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}
