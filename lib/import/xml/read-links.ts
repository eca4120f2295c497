import { hasScheme, normalizeHref } from '../normalize-href';
import type { Link } from '../../model';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, textContent, type XmlElement, type XmlText } from './xml-tree';

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"']+/gi;
/** Elements of `<links>` that are links; the body's `<a>` and `<ulink>` are read as `<url>` too. */
const LINK_ELEMENTS = new Set(['url', 'a', 'ulink']);
/** Words, as opposed to a stray `.` or `,` between links, which carries nothing. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Words written in `<links>` outside any link, and the line they start on. */
export interface LooseText {
  text: string;
  line: number;
}

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
  const links: Link[] = [];
  const notes: ReaderNote[] = [];
  let waiting: LooseText[] = [];
  const addLink = (link: Link): void => {
    if (waiting.length > 0) link.text = [...waiting.map((loose) => loose.text), link.text || link.url].join(' ');
    for (const loose of waiting) {
      notes.push({ severity: 'warning', line: loose.line, message: `text "${loose.text}" before a link in <links>; put at the start of that link's text` });
    }
    waiting = [];
    links.push(link);
  };
  const addLoose = (loose: LooseText): void => {
    const last = links[links.length - 1];
    if (!last) {
      waiting.push(loose);
      return;
    }
    last.text = [last.text || last.url, loose.text].join(' ');
    notes.push({ severity: 'warning', line: loose.line, message: `text "${loose.text}" after a link in <links>; added to the end of that link's text` });
  };

  for (const list of childElements(project, 'links')) {
    for (const child of list.children) {
      if (child.type === 'text') {
        for (const piece of piecesOf(child)) {
          if ('url' in piece) addLink({ url: piece.url, text: '' });
          else addLoose(piece);
        }
        continue;
      }
      if (!LINK_ELEMENTS.has(child.name)) {
        const text = collapseWhitespace(textContent(child));
        if (HAS_WORDS.test(text)) addLoose({ text, line: child.line });
        continue;
      }
      const text = collapseWhitespace(textContent(child));
      const href = (child.attributes.href ?? '').trim() || (hasScheme(text) ? text : '');
      if (href === '') {
        notes.push({ severity: 'warning', line: child.line, message: 'link with an empty href and no URL in its text; dropped' });
        continue;
      }
      const url = normalizeHref(href, baseUrl, child.line, notes);
      if (url !== undefined) addLink({ url, text });
    }
  }
  for (const loose of waiting) {
    notes.push({ severity: 'warning', line: loose.line, message: `text "${loose.text}" in <links> holds no link; kept in the body` });
  }
  return { links, unlinked: waiting, notes };
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
