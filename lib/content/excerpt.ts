import { markdownToPlainText } from './plain-text';

/** How much of an entry's text pages, search cards and feeds show before "…". */
export const EXCERPT_LENGTH = 280;

/** The first words of a Markdown text, at most `length` characters and cut at a word. */
export function excerptOf(markdown: string, length = EXCERPT_LENGTH): string {
  // The plain-text reader knows no GFM tables: their rows would read as bars and dashes.
  const withoutTables = markdown.replace(/^[ \t]*\|.*\|[ \t]*$/gm, '');
  return cutAtWord(markdownToPlainText(withoutTables).text, length);
}

/** A plain text on one line, at most `length` characters and cut at a word, "…" marking a cut. */
export function cutAtWord(plain: string, length = EXCERPT_LENGTH): string {
  const text = plain.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length);
  return `${atWord.replace(/[\s.,;:–—-]+$/, '')}…`;
}
