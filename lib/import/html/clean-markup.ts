import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { lineOf, stringProperty } from '../hast-utils';
import { unwrapHref } from '../normalize-href';
import type { ReaderNote } from '../types';

/** DocBook and status-report elements that leaked from the XML into some pages, and their HTML. */
const RENAMES: Readonly<Record<string, string>> = {
  emph: 'em',
  quote: 'q',
  ttt: 'code',
  literal: 'code',
  filename: 'code',
  command: 'code',
  programlisting: 'pre',
  screen: 'pre',
};

/** Elements whose content must never reach the Markdown. */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'template']);

/**
 * Copies `nodes` ready for the Markdown converter: the XML elements some pages still hold are
 * turned into their HTML meaning (`<url href>` → a link, `<email>` → a mailto link,
 * `<emph>` → `<em>`, `<programlisting>` → `<pre>`, …); scripts, styles, frames and forms are
 * dropped. A link target wrapped across lines loses its white space, with a warning in `notes`
 * naming the line. The page's own nodes are not changed.
 */
export function cleanMarkup(nodes: readonly ElementContent[], notes: ReaderNote[]): ElementContent[] {
  const root: Root = { type: 'root', children: nodes.map((n) => structuredClone(n)) };
  visit(root, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (DROPPED.has(node.tagName)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // Links to nowhere or to script are unwrapped by htmlToMarkdown, for every format alike.
    rewriteLegacyElement(node);
    const href = node.tagName === 'a' ? stringProperty(node, 'href') : undefined;
    if (href !== undefined) node.properties.href = unwrapHref(href, lineOf(node), notes);
    return undefined;
  });
  return root.children.filter((n): n is ElementContent => n.type !== 'doctype');
}

function rewriteLegacyElement(node: Element): void {
  const renamed = RENAMES[node.tagName];
  if (renamed) {
    node.tagName = renamed;
    return;
  }
  if (node.tagName === 'url') {
    const href = (stringProperty(node, 'href') ?? stringProperty(node, 'link') ?? '').trim();
    node.tagName = 'a';
    node.properties = href ? { href } : {};
    if (href && toText(node).trim() === '') node.children = [{ type: 'text', value: href }];
  } else if (node.tagName === 'email') {
    const address = toText(node).trim();
    node.tagName = 'a';
    node.properties = address ? { href: `mailto:${address}` } : {};
  }
}
