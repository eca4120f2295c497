import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isElement, lineOf } from '../hast-utils';
import type { ReaderNote } from '../types';
import { contentArea, splitContent, type RawHtmlPage } from './page-structure';

// The start tag of an entry (`<h2>`) or category (`<h1>`) heading that holds an anchor name,
// as upstream's stylesheet wrote them; validated against the parsed pages of the whole corpus.
const HEADING = /<h([12])\b[^>]*>(?:(?!<\/h[1-6]\b)[\s\S])*?<a\b[^>]*?\sname\s*=/gi;
const MARKER_ID = 'kb-end-of-piece';
// Text first, so that a formatting element left open (`<b>`, `<tt>`) is reopened around the marker.
const MARKER = `x<hr id="${MARKER_ID}">`;
const PIECE_ID = 'kb-piece';

const documentParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Offsets of the start tags of every entry and category heading in a page's source. */
export function findHeadingStarts(html: string): number[] {
  return [...html.matchAll(HEADING)].map((m) => m.index);
}

/**
 * Reads a page one entry at a time: the part before the first heading as the page, then each
 * heading with what follows it up to the next heading as a piece of its own. For a page on which
 * an element left open (an unclosed `<div>`, `<ul>`, `<b>`, comment or `<textarea>`) took in
 * the headings after it: the parser cannot close it where the editor meant to, but each piece
 * holds it to one entry. Every piece that would have swallowed its neighbours is an error.
 */
export function splitPageByEntry(html: string, starts: readonly number[]): { page: RawHtmlPage; notes: ReaderNote[] } {
  const lineAt = (offset: number): number => (html.slice(0, offset).match(/\n/g)?.length ?? 0) + 1;
  const head = html.slice(0, starts[0] ?? html.length);
  const headTree = documentParser.parse(head);
  const notes: ReaderNote[] = [];
  const marked = documentParser.parse(head + MARKER);
  const headLeak = leakOf(marked, contentArea(marked));
  if (headLeak) notes.push({ severity: 'error', line: headLeak.line, message: `${headLeak.what} before the first entry; the introduction may take in too much, every entry is read` });

  const nodes: (RootContent | ElementContent)[] = [...contentArea(headTree).children];
  starts.forEach((start, i) => {
    const text = html.slice(start, starts[i + 1] ?? html.length);
    const lineOffset = lineAt(start) - 1;
    nodes.push(...pieceOf(parsePiece(text, lineOffset)).children);
    if (i + 1 === starts.length) return; // what the last entry leaves open hides no entry
    const tree = parsePiece(text + MARKER, lineOffset);
    const leak = leakOf(tree, pieceOf(tree));
    if (!leak) return;
    const kind = html.startsWith('<h1', start) ? 'category heading' : 'entry';
    notes.push({
      severity: 'error',
      line: leak.line,
      message: `${leak.what} before the next heading; the ${kind} at line ${lineOffset + 1} may take in too much or too little, the ones after it are read on their own`,
    });
  });
  return { page: splitContent(nodes, select('#contentwrap', headTree) !== undefined), notes };
}

/** One piece parsed inside a `<div>` of its own, its lines those of the page. */
function parsePiece(text: string, lineOffset: number): Root {
  // An end tag closing the content area (the last piece) closes this `<div>` instead, and the
  // site's footer after it falls outside.
  const tree = fragmentParser.parse(`<div id="${PIECE_ID}">${text}`);
  visit(tree, (node: Nodes) => {
    if (node.position) {
      node.position.start.line += lineOffset;
      node.position.end.line += lineOffset;
    }
  });
  return tree;
}

function pieceOf(tree: Root): Element {
  const piece = tree.children.find((c): c is Element => isElement(c, 'div') && c.properties.id === PIECE_ID);
  if (!piece) throw new Error('a piece of the page did not parse into its own element');
  return piece;
}

/**
 * What a piece parsed with {@link MARKER} at its end leaves open: the outermost element around
 * the marker, or the comment or raw-text element (`<textarea>`, `<script>`) that took it in as
 * text. Undefined when the marker stands directly in `container`, as it does after a whole piece.
 */
function leakOf(tree: Root, container: Root | Element): { line?: number; what: string } | undefined {
  const marker = select(`#${MARKER_ID}`, tree);
  // Outside the container: an end tag of the piece closed it (the content area's own end).
  if (marker && (container.children.includes(marker) || !select(`#${MARKER_ID}`, container))) return undefined;
  const culprit = marker
    ? container.children.find((c) => c.type === 'element' && select(`#${MARKER_ID}`, c) === marker)
    : swallower(container);
  if (!culprit) return { what: 'an element is not closed' };
  const line = lineOf(culprit);
  const where = line === undefined ? '' : ` opened at line ${line}`;
  if (culprit.type === 'comment') return { line, what: `a comment${where} is not closed` };
  return { line, what: `<${culprit.type === 'element' ? culprit.tagName : 'element'}>${where} is not closed` };
}

/** The comment or raw-text element whose text holds the marker. */
function swallower(container: Root | Element): RootContent | undefined {
  let found: RootContent | undefined;
  visit(container, (node: Nodes) => {
    if (found) return;
    if (node.type === 'comment' && node.value.includes(MARKER_ID)) found = node;
    else if (node.type === 'element' && node.children.some((c) => c.type === 'text' && c.value.includes(MARKER_ID))) found = node;
  });
  return found;
}
