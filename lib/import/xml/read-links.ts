import { hasScheme, normalizeHref } from '../normalize-href';
import type { Link } from '../../model';
import { HAS_WORDS, joinLooseText, type LooseText as AnyLooseText } from '../loose-link-text';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, textContent, type XmlElement, type XmlText } from './xml-tree';

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"']+/gi;
/** Elements of `<links>` that are links; the body's `<a>` and `<ulink>` are read as `<url>` too. */
const LINK_ELEMENTS = new Set(['url', 'a', 'ulink']);

/** Words written in `<links>` outside any link, and the line they start on (always known in XML). */
export type LooseText = AnyLooseText & { line: number };

export interface ReadLinks {
  links: Link[];
  /** Words in `<links>` with no link to join; the caller keeps them elsewhere. */
  unlinked: LooseText[];
  notes: ReaderNote[];
}

/**
 * The links of a `<project>`: each `<url href="…">text</url>` of its `<links>`, and URLs
 * written as bare text inside `<links>` (a few late reports do that). Absolute URLs are kept
 * as written; relative ones are resolved against `baseUrl`, the page upstream served the
 * report from. A scheme-less host name or a bare address gets `http://` or `mailto:` instead,
 * with a warning, since that is what its author meant; so does white space inside a URL,
 * which is removed. An empty `href` falls back to the
 * text; with neither, the link is dropped with a warning.
 *
 * Words written between the links (a note after a link saying who keeps the page) are part of
 * the text of the link before them, or of the first link if they come before any; where there
 * is no link at all they come back in `unlinked`. Each is a warning naming its line; only a
 * stray punctuation mark is dropped without one.
 */
export function readLinks(project: XmlElement, baseUrl: string): ReadLinks {
  const notes: ReaderNote[] = [];
  const pieces: ({ link: Link } | LooseText)[] = [];
  for (const list of childElements(project, 'links')) {
    for (const child of list.children) {
      if (child.type === 'text') {
        for (const piece of piecesOf(child)) pieces.push('url' in piece ? { link: { url: piece.url, text: '' } } : piece);
        continue;
      }
      if (!LINK_ELEMENTS.has(child.name)) {
        const text = collapseWhitespace(textContent(child));
        if (HAS_WORDS.test(text)) pieces.push({ text, line: child.line });
        continue;
      }
      const text = collapseWhitespace(textContent(child));
      const href = (child.attributes.href ?? '').trim() || (hasScheme(text) ? text : '');
      if (href === '') {
        notes.push({ severity: 'warning', line: child.line, message: 'link with an empty href and no URL in its text; dropped' });
        continue;
      }
      const url = normalizeHref(href, baseUrl, child.line, notes);
      if (url !== undefined) pieces.push({ link: { url, text } });
    }
  }
  const joined = joinLooseText(pieces, '<links>');
  for (const note of joined.notes) notes.push({ severity: 'warning', ...note });
  const links = pieces.flatMap((piece) => ('link' in piece ? [piece.link] : []));
  return { links, unlinked: joined.unlinked, notes };
}

/** A text node of `<links>` as the bare URLs in it and the words around them; stray punctuation left out. */
function piecesOf(node: XmlText): ({ url: string } | LooseText)[] {
  const pieces: ({ url: string } | LooseText)[] = [];
  const addWords = (from: number, to: number): void => {
    const raw = node.value.slice(from, to);
    const text = collapseWhitespace(raw);
    if (!HAS_WORDS.test(text)) return;
    const start = from + raw.search(/\S/);
    pieces.push({ text, line: node.line + (node.value.slice(0, start).match(/\n/g)?.length ?? 0) });
  };
  let end = 0;
  for (const m of node.value.matchAll(URL_IN_TEXT)) {
    addWords(end, m.index);
    pieces.push({ url: m[0] });
    end = m.index + m[0].length;
  }
  addWords(end, node.value.length);
  return pieces;
}
