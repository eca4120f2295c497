import type { Element, ElementContent, Root } from 'hast';
import { isElement } from './hast-utils';

/**
 * Moves each `<ul>`/`<ol>` that stands directly in another list into the `<li>` before it,
 * where every browser shows it: upstream often wrote `<ol><li>Label</li><ul>…</ul><li>Next</li>`.
 * Left in place, the Markdown converter would put the sub-list into the *next* item, so each
 * label would trail the previous label's list and the numbering would shift by one. A list
 * with no `<li>` before it (the first child of its list) has no item to join and is left as is.
 * Changes `tree` in place; nested lists at any depth are handled.
 */
export function nestStrayLists(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type === 'element') nestStrayLists(child);
  }
  if (!isElement(tree, 'ul', 'ol')) return;
  const kept: ElementContent[] = [];
  for (const child of tree.children) {
    const item = isElement(child, 'ul', 'ol') ? lastItem(kept) : undefined;
    if (item) item.children.push(child);
    else kept.push(child);
  }
  tree.children = kept;
}

/** The last `<li>` of `nodes` if only white space or comments follow it. */
function lastItem(nodes: readonly ElementContent[]): Element | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (isElement(node, 'li')) return node;
    if (!(node?.type === 'comment' || (node?.type === 'text' && node.value.trim() === ''))) return undefined;
  }
  return undefined;
}
