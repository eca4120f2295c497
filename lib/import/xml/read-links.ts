import { hasScheme, normalizeHref } from '../normalize-href';
import type { Link } from '../../model';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, textContent, type XmlElement } from './xml-tree';

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
      const href = (child.attributes.href ?? '').trim() || (hasScheme(text) ? text : '');
      if (href === '') {
        notes.push({ severity: 'warning', line: child.line, message: 'link with an empty href and no URL in its text; dropped' });
        continue;
      }
      const url = normalizeHref(href, baseUrl, child.line, notes);
      if (url !== undefined) links.push({ url, text });
    }
  }
  return { links, notes };
}

