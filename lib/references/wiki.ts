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

/**
 * The key pages are matched by: MoinMoin page names are case-sensitive, but readers' links are
 * not; and MoinMoin writes a space in a page's address as `_` or `%20` alike ("Native_iSCSI_target").
 */
export function wikiKey(page: string): string {
  return page.toLowerCase().replace(/[_ ]+/g, ' ');
}

/**
 * A page name's words, as a reader would type them: its sub-pages' names, spaces for `_`, and
 * the words of a WikiName apart ("CoreTeam/Releng_Process" → "Core Team Releng Process"). A
 * capital after a lower-case letter starts a word only when a lower-case letter follows it:
 * "FreeBSD", "iSCSI" and "HostedCI" stay whole.
 */
export function wikiWords(page: string): string {
  const words = page
    .split(/[/_\s]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 '));
  return words.join(' ') || page;
}

/** A page and the pages it is a subpage of, nearest first: `A/B/C` → `A/B/C`, `A/B`, `A`. */
export function wikiAncestry(page: string): string[] {
  const parts = page.split('/');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}
