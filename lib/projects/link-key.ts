import type { Entry } from '../model';
import { decodeOrKeep } from '../routes';

/** An address written out in an entry's text. */
export const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"'\]]+/g;

/** The addresses written in a text, without the punctuation that ends a sentence after them. */
export function urlsInText(text: string): string[] {
  return (text.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;:]+$/, ''));
}

/**
 * Markdown's backslash escapes, as the import writes them into an entry's text: `https\://…` where
 * a bare address must not become a link of its own, `\_`, `\&` or `\~` inside one. Read as written,
 * the first is no address at all and the others name another page (a URL parser takes `\` for `/`).
 */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A Markdown text with its backslash escapes read as Markdown reads them. */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(MARKDOWN_ESCAPE, '$1') : text;
}

/** The addresses written in a Markdown text (an entry's body, its tasks), its escapes read. */
export function urlsInMarkdown(text: string): string[] {
  return urlsInText(unescapeMarkdown(text));
}

/** The URLs an entry cites: its links and the addresses in its text. */
export function citedUrls(entry: Entry): string[] {
  return [...entry.links.map((l) => l.url), ...urlsInMarkdown(entry.body)];
}

/** Hosts where a path's first two parts name a repository. */
const FORGE = /^(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)$/;

/**
 * A link into a person's own space on a site: its first path part is their name run together
 * (`wiki.example.org/adaking`, `wiki.example.org/adaking/radiostuff`). A forge's first part is an
 * owner, and the repository under it is the work, so forge links are none.
 */
export function inPersonalSpace(key: string, wikiPageNames: readonly string[]): boolean {
  const [host, first] = key.split(/[/?]/);
  return first !== undefined && !FORGE.test(host ?? '') && wikiPageNames.includes(first.toLowerCase());
}

/**
 * The identity of a link for threading: two entries citing the same page, repository, review or
 * bug cite the same key however they spelled the URL. `null` for what identifies nothing (mail
 * addresses, unparsable text).
 */
export function linkKey(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ftp:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  let path = decodeOrKeep(url.pathname).replace(/\/+(index\.(html?|php))?$/i, '');
  // Moin wikis answer the same page under /moin.cgi/ and with any trailing slash.
  if (host === 'wiki.freebsd.org') path = path.replace(/^\/moin\.cgi/i, '').toLowerCase();
  // A repository is the unit of work on a forge, whatever file or branch an entry points into.
  const forge = FORGE.test(host);
  if (forge) path = path.split('/').slice(0, 3).join('/').toLowerCase().replace(/\.git$/, '');
  const query = forge ? '' : url.search.replace(/[?&]utm_[^&]*/g, '');
  return `${host}${path}${query}`;
}

