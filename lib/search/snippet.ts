import { escapeHtml } from '../content';
import { foldText } from './tokenize';

/** A stretch of plain text and the ranges in it that matched. */
export interface Snippet {
  text: string;
  /** `[start, end)` offsets into `text`, sorted, not overlapping. */
  marks: [number, number][];
}

export const SNIPPET_LENGTH = 180;
/** How much text to show before the first match in the window. */
const LEAD = 40;
/** Enough occurrences of each term to find the best window; a term on every line needs no more. */
const MAX_HITS_PER_TERM = 24;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII answered by code, the rest by `WORD_CHAR`: the test runs on both sides of every hit. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return WORD_CHAR.test(ch);
}

interface Hit {
  start: number;
  end: number;
  term: number;
}

/** Where each term occurs as a whole word in the text (never through a regular expression built from input). */
function findHits(folded: string, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((term, index) => {
    if (!term) return;
    let found = 0;
    for (let at = folded.indexOf(term); at >= 0 && found < MAX_HITS_PER_TERM; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      hits.push({ start: at, end, term: index });
      found++;
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The start of the window of `length` characters that holds the most different terms, then
 * the most hits: one pass with two pointers over the hits in text order.
 */
function bestWindow(hits: Hit[], length: number): number {
  const inWindow = new Map<number, number>();
  let best = { start: 0, distinct: 0, count: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i];
    if (!first) continue;
    for (let hit = hits[j]; hit && hit.end <= first.start + length - LEAD; hit = hits[++j]) {
      inWindow.set(hit.term, (inWindow.get(hit.term) ?? 0) + 1);
    }
    const count = j - i;
    if (inWindow.size > best.distinct || (inWindow.size === best.distinct && count > best.count)) {
      best = { start: first.start, distinct: inWindow.size, count };
    }
    const left = (inWindow.get(first.term) ?? 1) - 1;
    if (left > 0) inWindow.set(first.term, left);
    else inWindow.delete(first.term);
  }
  return best.start;
}

/**
 * The passage of `text` around its best match of `terms` (folded index terms), with the
 * matches marked. Only whole words match; the window starts and ends at word boundaries.
 * `folded` may give `foldText(text)` where the caller keeps it.
 */
export function buildSnippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH, folded?: string): Snippet {
  // Given the folded text, the caller vouches that the text is single-spaced already.
  const flat = folded !== undefined ? text : text.replace(/\s+/g, ' ');
  const hits = findHits(folded ?? foldText(flat), terms);
  let start = hits.length ? Math.max(0, bestWindow(hits, length) - LEAD) : 0;
  if (start > 0) {
    const space = flat.lastIndexOf(' ', start);
    start = space < 0 ? 0 : space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const marks: [number, number][] = [];
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    const s = hit.start - start + prefix.length;
    const e = hit.end - start + prefix.length;
    const last = marks[marks.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else marks.push([s, e]);
  }
  return { text: `${prefix}${flat.slice(start, end)}${suffix}`, marks };
}

/** The snippet as HTML that is safe to insert: the text escaped, then each match in `<mark>`. */
export function snippetToHtml(snippet: Snippet): string {
  let html = '';
  let at = 0;
  for (const [s, e] of snippet.marks) {
    html += `${escapeHtml(snippet.text.slice(at, s))}<mark>${escapeHtml(snippet.text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(snippet.text.slice(at));
}
