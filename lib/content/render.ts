import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { LINK_SCHEMES } from './link-schemes';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';

export interface RenderOptions {
  /**
   * The level of the text's top headings: with 3, its highest headings become `<h3>`, so an
   * entry's own headings sit below the page's headings. Levels stop at 6.
   */
  minHeadingLevel?: number;
  /** This site's own address for a link, where it has one (an upstream report's page): the reader stays here. */
  localHref?: (href: string) => string | null;
  /** For a page of this site (not a feed): tables and code blocks take focus and tables fade at a cut edge. */
  reachableScrollers?: boolean;
}

const HEADING = /^h([1-6])$/;

/**
 * Built once. remark-rehype drops raw HTML (no `allowDangerousHtml`), and rehype-sanitize with
 * GitHub's schema then removes what Markdown itself can produce that is unsafe: `javascript:`
 * and other URL schemes not in LINK_SCHEMES, event-handler attributes, `<script>` and the like.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: [...LINK_SCHEMES] } })
  .use(rehypeStringify);

/**
 * Puts the text's headings under the page's: its highest level becomes `minLevel`, each level
 * below the next one, and no heading goes more than one level below the one before it. Authors
 * start at `###` or jump from `##` to `####`; a reader of headings (and HTML's outline) would
 * see levels missing.
 */
function placeHeadings(tree: Root, minLevel: number): void {
  const headings: Array<{ node: Element; level: number }> = [];
  visit(tree, 'element', (node: Element) => {
    const m = HEADING.exec(node.tagName);
    if (m) headings.push({ node, level: Number(m[1]) });
  });
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const top = Math.max(1, Math.min(6, minLevel));
  let previous = top - 1;
  for (const { node, level } of headings) {
    const placed = Math.min(6, top + levels.indexOf(level), previous + 1);
    node.tagName = `h${placed}`;
    previous = placed;
  }
}

/**
 * Code lines longer than this may be wider than the text column (some 70 characters of code on
 * a tablet), so their block may scroll; on a phone code wraps and never does.
 */
const CODE_LINE_THAT_MAY_SCROLL = 60;

/**
 * A table or code block wider than its column scrolls sideways; a scroller must take keyboard
 * focus to be scrolled without a mouse (WCAG 2.1.1), and a table's cut edge fades to say more
 * lies beyond it (`.scroll-cue`). Which tables overflow is known only in the browser, so each
 * is focusable; a code block only where a line is long enough to overflow, not as one more
 * stop for the keyboard on every short snippet.
 */
function makeScrollersReachable(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'table') {
      node.properties.tabIndex = 0;
      node.properties.className = ['scroll-cue'];
    } else if (node.tagName === 'pre' && toText(node).split('\n').some((line) => line.length > CODE_LINE_THAT_MAY_SCROLL)) {
      node.properties.tabIndex = 0;
    }
  });
}

/**
 * Turns an entry's or report's Markdown into HTML that is safe to insert into a page as is:
 * the only HTML that pages ever insert unescaped comes from here.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const tree = processor.runSync(processor.parse(markdown));
  placeHeadings(tree, options.minHeadingLevel ?? 1);
  if (options.reachableScrollers) makeScrollersReachable(tree);
  const { localHref } = options;
  if (localHref) {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      const local = typeof href === 'string' ? localHref(href) : null;
      if (local !== null) node.properties.href = local;
    });
  }
  return processor.stringify(tree);
}
