import { markdownToPlainText } from './plain-text';

const EXCERPT_LENGTH = 280;

/** The first words of a Markdown text, at most `length` characters and cut at a word. */
export function excerptOf(markdown: string, length = EXCERPT_LENGTH): string {
  // The plain-text reader knows no GFM tables: their rows would read as bars and dashes.
  const withoutTables = markdown.replace(/^[ \t]*\|.*\|[ \t]*$/gm, '');
  const text = markdownToPlainText(withoutTables).text.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length);
  return `${atWord.replace(/[\s.,;:–—-]+$/, '')}…`;
}
