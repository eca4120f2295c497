import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * CommonMark without GFM: over the corpus remark-gfm more than doubles parsing time (7.9 s
 * against 3.3 s for 3,126 entries) for one table and no strikethrough; a table's cells then
 * read as a line with bars in it, which the tokenizer ignores.
 */
const parser = unified().use(remarkParse);

/** Nodes after which a reader sees a break: their text must not run into the next word. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'code', 'blockquote', 'tableCell', 'tableRow', 'thematicBreak', 'break']);

/** An entry's text as a reader sees it, with the targets of its links beside it. */
export interface PlainText {
  /** Words only: no markup, so nothing built from it can carry any. Raw HTML stays as its source text. */
  text: string;
  /** Every link target in the text, in order. */
  urls: string[];
}

/** Plain text of Markdown: what a snippet may quote and what the body field indexes. */
export function markdownToPlainText(markdown: string): PlainText {
  const out: string[] = [];
  const urls: string[] = [];
  const walk = (node: Nodes, parent?: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
      case 'html':
        out.push(node.value);
        break;
      case 'image':
        if (node.alt) out.push(node.alt);
        urls.push(node.url);
        break;
      case 'link':
        urls.push(node.url);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child, node);
    // Raw HTML is a block of its own only outside a paragraph.
    if (BLOCKS.has(node.type) || (node.type === 'html' && parent?.type !== 'paragraph')) out.push('\n');
  };
  walk(parser.parse(markdown) as Root);
  const text = out
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { text, urls };
}
