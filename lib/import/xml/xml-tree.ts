import { SaxesParser } from 'saxes';

/** An element of the small tree built from saxes events; `line` is where its start tag opens. */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  /** False for an element whose end tag was never reached (the document broke off inside it). */
  complete: boolean;
}

export interface XmlText {
  type: 'text';
  value: string;
}

export type XmlNode = XmlElement | XmlText;

export interface ParsedXmlTree {
  /** The document element, as far as it could be read. */
  root?: XmlElement;
  /** The first well-formedness error; nothing after it is in the tree. */
  error?: { line: number; message: string };
}

class StopParsing extends Error {}

/**
 * Parses an XML document (entities already expanded) with saxes into a tree that keeps
 * line numbers. Parsing stops at the first well-formedness error; every element closed
 * before it stays in the tree with `complete: true`, so callers can keep what was whole.
 */
export function parseXmlTree(xml: string): ParsedXmlTree {
  const parser = new SaxesParser({ position: true });
  const result: ParsedXmlTree = {};
  const stack: XmlElement[] = [];
  let openLine = 1;

  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // whitespace or comments outside the document element
    const last = parent.children[parent.children.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else parent.children.push(node);
  };

  parser.on('opentagstart', () => {
    openLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { type: 'element', name: tag.name, attributes, children: [], line: openLine, complete: false };
    if (stack.length === 0) result.root ??= element;
    else append(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.complete = true;
  });
  parser.on('text', (value) => append({ type: 'text', value }));
  parser.on('cdata', (value) => append({ type: 'text', value }));
  parser.on('error', (err) => {
    // saxes prefixes `line:column: `; the line is reported separately.
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    result.error = { line: parser.line, message };
    throw new StopParsing();
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (!(e instanceof StopParsing)) throw e;
  }
  return result;
}

/** The element children of `el`, optionally only those named `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name));
}

/** The first element child named `name`. */
export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => c.type === 'element' && c.name === name);
}

/** All text inside `node`, markup dropped. */
export function textContent(node: XmlNode): string {
  return node.type === 'text' ? node.value : node.children.map(textContent).join('');
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
