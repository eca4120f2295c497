import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Link } from '../../model';
import { resolveUrl } from '../html-to-markdown';
import { lineOf, stringProperty, textOf } from './hast-utils';
import type { HtmlNote } from './html-note';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;
// A host name without a scheme (`www.example.org/path`): upstream printed it as a relative link.
const BARE_HOST = /^(?:www|ftp)\.[^\s/]+(?:\/\S*)?$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|edu)(?:\/\S*)?$/i;

/**
 * The links of an entry from its "Links" table. Upstream's stylesheet wrote one row per
 * `<url>`: the text linking to the URL, then "URL:" and the URL again, so each row is read
 * once, from its first link. The URL is normalized by the XML reader's rules so that both
 * readings of a report agree: absolute URLs are kept as written; white space inside a URL is
 * removed, a bare host name gets `http://` and a bare address `mailto:` (each with a warning);
 * anything else relative is resolved against `baseUrl`. A row without any URL falls back to
 * its text if that is a URL, else it is dropped with a warning.
 */
export function readLinksTable(table: Element, baseUrl: string): { links: Link[]; notes: HtmlNote[] } {
  const links: Link[] = [];
  const notes: HtmlNote[] = [];
  const seen = new Set<string>();
  for (const row of selectAll('tr', table)) {
    const anchors = selectAll('a', row);
    const first = anchors[0];
    if (!first) continue; // the "Links" caption row
    const text = textOf(first);
    const written = anchors.map((a) => stringProperty(a, 'href')?.trim() ?? '').find((h) => h !== '');
    const href = written ?? (HAS_SCHEME.test(text) ? text : '');
    const line = lineOf(row);
    if (href === '') {
      notes.push({ severity: 'warning', line, message: 'row of the Links table without a URL; dropped' });
      continue;
    }
    const link: Link = { url: normalizeHref(href, baseUrl, line, notes), text };
    const key = `${link.url}\n${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link);
  }
  return { links, notes };
}

function normalizeHref(written: string, baseUrl: string, line: number | undefined, notes: HtmlNote[]): string {
  let href = written;
  if (/\s/.test(href)) {
    // A URL wrapped across lines in the XML it was rendered from; no URL holds white space.
    href = href.replace(/\s+/g, '');
    notes.push({ severity: 'warning', line, message: `link "${written}" contains white space; read as ${href}` });
  }
  if (HAS_SCHEME.test(href)) return href;
  if (BARE_EMAIL.test(href)) {
    notes.push({ severity: 'warning', line, message: `link "${href}" is an address without a scheme; read as mailto:${href}` });
    return `mailto:${href}`;
  }
  if (BARE_HOST.test(href)) {
    notes.push({ severity: 'warning', line, message: `link "${href}" is a host name without a scheme; read as http://${href}` });
    return `http://${href}`;
  }
  return resolveUrl(href, baseUrl);
}
