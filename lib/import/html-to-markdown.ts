import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { nestStrayLists } from './nest-stray-lists';

export interface HtmlToMarkdownOptions {
  /** The upstream page the fragment came from, to make relative links absolute. */
  baseUrl: string;
}

const toMarkdown = unified()
  .use(rehypeRemark, { newlines: false })
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one', rule: '-' });

const parseFragment = unified().use(rehypeParse, { fragment: true });

/**
 * Converts an HTML fragment, or hast nodes, to Markdown: paragraphs, nested lists,
 * links, `tt` and `code` as inline code, `pre` as fenced code, emphasis and tables.
 * Relative links are resolved against `baseUrl` so every stored link is absolute, and a
 * list written straight inside another list joins the item before it, as browsers show it.
 * This is the one converter all three upstream formats go through.
 */
export function htmlToMarkdown(input: string | HastNodes[], options: HtmlToMarkdownOptions): string {
  const tree: HastRoot =
    typeof input === 'string' ? parseFragment.parse(input) : { type: 'root', children: structuredCloneNodes(input) };
  absolutizeLinks(tree, options.baseUrl);
  liftCaptions(tree);
  nestStrayLists(tree);
  const mdast = toMarkdown.runSync(tree);
  return String(toMarkdown.stringify(mdast)).trim();
}

function structuredCloneNodes(nodes: HastNodes[]): HastRoot['children'] {
  // Callers pass nodes still attached to their own trees; the conversion must not mutate them.
  return nodes.filter((n) => n.type !== 'root' && n.type !== 'doctype').map((n) => structuredClone(n)) as HastRoot['children'];
}

/**
 * A table's caption becomes a paragraph before it: Markdown tables have no caption, and the
 * converter would drop it ("Table 1. NFS operation counts").
 */
function liftCaptions(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const captions = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    if (captions.length === 0) return undefined;
    node.children = node.children.filter((c) => !captions.includes(c as Element));
    const paragraphs: Element[] = captions.map((c) => ({ type: 'element', tagName: 'p', properties: {}, children: c.children }));
    parent.children.splice(index, 0, ...paragraphs);
    return index + paragraphs.length + 1;
  });
}

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * Resolves `href`/`src` against the page's URL, leaving anything unparsable as it was.
 * A link to nowhere (`<a name>`, a misspelt `herf`) or to script becomes its text alone,
 * and an image from a script or data URL is dropped: upstream markup never runs anything.
 */
export function absolutizeLinks(tree: HastRoot, baseUrl: string): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'a') {
      const href = typeof node.properties.href === 'string' ? node.properties.href.trim() : '';
      if ((href === '' || UNSAFE_URL.test(href)) && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
    }
    if (node.tagName === 'img' && typeof node.properties.src === 'string' && UNSAFE_URL.test(node.properties.src) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    for (const attr of ['href', 'src'] as const) {
      const value = node.properties[attr];
      if (typeof value === 'string') node.properties[attr] = resolveUrl(value, baseUrl);
    }
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && isInvisible(node)) {
      // `<a href="…"/>` shows nothing, and an empty `[](…)` is a link no reader can see or
      // follow: the URL stands in as its text, as the front matter's textless links show it.
      node.children = [{ type: 'text', value: href }];
    }
    return undefined;
  });
}

/** Whether an element shows nothing: no text but white space, and no image. */
function isInvisible(node: Element): boolean {
  let visible = false;
  visit(node, (child) => {
    if ((child.type === 'text' && child.value.trim() !== '') || (child.type === 'element' && child.tagName === 'img')) visible = true;
  });
  return !visible;
}

/** A scheme written without its colon (`https//host/…`): no relative path starts that way. */
const SCHEME_WITHOUT_COLON = /^(https?|ftp)\/\//i;

/** `url` with the colon its scheme lacks put back (`https//x` → `https://x`), or undefined if it lacks none. */
export function restoreSchemeColon(url: string): string | undefined {
  const trimmed = url.trim();
  return SCHEME_WITHOUT_COLON.test(trimmed) ? trimmed.replace(SCHEME_WITHOUT_COLON, '$1://') : undefined;
}

/**
 * The absolute form of `url` on the page at `baseUrl`, or `url` itself if it cannot be resolved.
 * An `&amp;` left in a target is an `&` escaped twice upstream (`?view=revision&amp;amp;revision=1`
 * in the XML): no server means it, and the link fails as written. A scheme missing its colon
 * (`https//…`) is restored; readers that can report it do ({@link restoreSchemeColon}).
 */
export function resolveUrl(url: string, baseUrl: string): string {
  const written = url.trim().replace(/&amp;/g, '&');
  // Resolved against the page, `https//host/x` would be a path under the report, which no server holds.
  const trimmed = restoreSchemeColon(written) ?? written;
  // Absolute URLs are kept byte for byte: `new URL` would lowercase hosts and re-encode paths.
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return trimmed;
  }
}
