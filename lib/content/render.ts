import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface RenderOptions {
  /**
   * The lowest heading level the text may use: with 3, a `#` heading becomes `<h3>`, so an
   * entry's own headings sit below the page's headings. Levels stop at 6.
   */
  minHeadingLevel?: number;
}

const HEADING = /^h([1-6])$/;

/**
 * Built once. remark-rehype drops raw HTML (no `allowDangerousHtml`), and rehype-sanitize with
 * GitHub's schema then removes what Markdown itself can produce that is unsafe: `javascript:`
 * and other unlisted URL schemes, event-handler attributes, `<script>` and the like.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify);

function shiftHeadings(tree: Root, minLevel: number): void {
  const offset = Math.max(0, Math.min(5, minLevel - 1));
  if (offset === 0) return;
  visit(tree, 'element', (node: Element) => {
    const m = HEADING.exec(node.tagName);
    if (m) node.tagName = `h${Math.min(6, Number(m[1]) + offset)}`;
  });
}

/**
 * Turns an entry's or report's Markdown into HTML that is safe to insert into a page as is:
 * the only HTML that pages ever insert unescaped comes from here.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const tree = processor.runSync(processor.parse(markdown));
  shiftHeadings(tree, options.minHeadingLevel ?? 1);
  return processor.stringify(tree);
}
