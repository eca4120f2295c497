import type { Element, ElementContent, Nodes, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * True for an element, optionally of one of the given tag names. The guard names the tag so
 * that a false answer for `isElement(n, 'hr')` does not tell TypeScript `n` is no element at all.
 */
export function isElement<T extends string>(node: Nodes | undefined, ...tagNames: T[]): node is Element & { tagName: T } {
  return node?.type === 'element' && (tagNames.length === 0 || (tagNames as string[]).includes(node.tagName));
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text of a node as a reader sees it, whitespace collapsed. */
export function textOf(node: Nodes): string {
  return collapseWhitespace(toText(node, { whitespace: 'normal' }));
}

/** True for nodes that carry nothing: comments, whitespace, `<br>`, empty paragraphs. */
export function isBlank(node: RootContent | ElementContent): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return true;
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type !== 'element') return false;
  if (node.tagName === 'br') return true;
  return node.tagName === 'p' && textOf(node) === '' && !node.children.some((c) => isElement(c, 'img'));
}

/** The line a node starts on in the page, if the parser recorded it. */
export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

/** A string property of an element (`href`, `name`), or undefined. */
export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  return typeof value === 'string' ? value : undefined;
}
