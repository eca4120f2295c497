import type { Link } from '../../model';
import { resolveUrl } from '../html-to-markdown';
import type { ReaderNote } from './reader-note';
import { childElements, collapseWhitespace, textContent, type XmlElement } from './xml-tree';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;
// A host name without a scheme (`www.example.org/path`): upstream printed it as a relative link.
const BARE_HOST = /^(?:www|ftp)\.[^\s/]+(?:\/\S*)?$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|edu)(?:\/\S*)?$/i;
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"']+/gi;

/**
 * The links of a `<project>`: each `<url href="…">text</url>` of its `<links>`, and URLs
 * written as bare text inside `<links>` (a few late reports do that). Absolute URLs are kept
 * as written; relative ones are resolved against `baseUrl`, the page upstream served the
 * report from. A scheme-less host name or a bare address gets `http://` or `mailto:` instead,
 * with a warning, since that is what its author meant; so does white space inside a URL,
 * which is removed. An empty `href` falls back to the
 * text; with neither, the link is dropped with a warning.
 */
export function readLinks(project: XmlElement, baseUrl: string): { links: Link[]; notes: ReaderNote[] } {
  const links: Link[] = [];
  const notes: ReaderNote[] = [];
  for (const list of childElements(project, 'links')) {
    for (const child of list.children) {
      if (child.type === 'text') {
        for (const m of child.value.matchAll(URL_IN_TEXT)) links.push({ url: m[0], text: '' });
        continue;
      }
      if (child.name !== 'url') continue;
      const text = collapseWhitespace(textContent(child));
      const href = (child.attributes.href ?? '').trim() || (HAS_SCHEME.test(text) ? text : '');
      if (href === '') {
        notes.push({ severity: 'warning', line: child.line, message: 'link with an empty href and no URL in its text; dropped' });
        continue;
      }
      links.push({ url: normalizeHref(href, baseUrl, child.line, notes), text });
    }
  }
  return { links, notes };
}

function normalizeHref(written: string, baseUrl: string, line: number, notes: ReaderNote[]): string {
  let href = written;
  if (/\s/.test(href)) {
    // A URL wrapped across lines in the source; no URL holds white space.
    href = href.replace(/\s+/g, '');
    notes.push({ severity: 'warning', line, message: `link href "${written}" contains white space; read as ${href}` });
  }
  if (HAS_SCHEME.test(href)) return href;
  if (BARE_EMAIL.test(href)) {
    notes.push({ severity: 'warning', line, message: `link href "${href}" is an address without a scheme; read as mailto:${href}` });
    return `mailto:${href}`;
  }
  if (BARE_HOST.test(href)) {
    notes.push({ severity: 'warning', line, message: `link href "${href}" is a host name without a scheme; read as http://${href}` });
    return `http://${href}`;
  }
  return resolveUrl(href, baseUrl);
}
