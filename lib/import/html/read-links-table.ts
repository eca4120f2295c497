import { hasScheme, normalizeHref } from '../normalize-href';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Link } from '../../model';
import { lineOf, stringProperty, textOf } from '../hast-utils';
import type { ReaderNote } from '../types';


/**
 * The links of an entry from its "Links" table. Upstream's stylesheet wrote one row per
 * `<url>`: the text linking to the URL, then "URL:" and the URL again, so each row is read
 * once, from its first link. The URL is normalized by the XML reader's rules so that both
 * readings of a report agree: absolute URLs are kept as written; white space inside a URL is
 * removed, a bare host name gets `http://` and a bare address `mailto:` (each with a warning);
 * anything else relative is resolved against `baseUrl`. A row without any URL falls back to
 * its text if that is a URL, else it is dropped with a warning.
 */
export function readLinksTable(table: Element, baseUrl: string): { links: Link[]; notes: ReaderNote[] } {
  const links: Link[] = [];
  const notes: ReaderNote[] = [];
  const seen = new Set<string>();
  for (const row of selectAll('tr', table)) {
    const anchors = selectAll('a', row);
    const first = anchors[0];
    if (!first) continue; // the "Links" caption row
    const text = textOf(first);
    const written = anchors.map((a) => stringProperty(a, 'href')?.trim() ?? '').find((h) => h !== '');
    const href = written ?? (hasScheme(text) ? text : '');
    const line = lineOf(row);
    if (href === '') {
      notes.push({ severity: 'warning', line, message: 'row of the Links table without a URL; dropped' });
      continue;
    }
    const url = normalizeHref(href, baseUrl, line, notes);
    if (url === undefined) continue;
    const link: Link = { url, text };
    const key = `${link.url}\n${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link);
  }
  return { links, notes };
}

