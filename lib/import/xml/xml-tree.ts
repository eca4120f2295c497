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
  /** The line the text starts on. */
  line: number;
}

export type XmlNode = XmlElement | XmlText;

export interface ParsedXmlTree {
  /** The document element, as far as it could be read (in fragment mode, the wrapper given). */
  root?: XmlElement;
  /** The first well-formedness error; nothing after it is in the tree. */
  error?: XmlError;
}

export interface XmlError {
  line: number;
  message: string;
  /** The innermost element still open where the error was found, if any. */
  open?: { name: string; line: number };
}

export interface ParseOptions {
  /** Lines of the document before `xml`, added to every line number. */
  lineOffset?: number;
  /**
   * Parse `xml` as a piece of content inside this element rather than as a whole document:
   * several elements and text may stand side by side, and the piece may end with elements
   * still open, which is then the error (the wrapper itself never needs closing).
   */
  fragmentOf?: XmlElement;
}

class StopParsing extends Error {}

/**
 * Parses an XML document (entities already expanded) with saxes into a tree that keeps
 * line numbers. Parsing stops at the first well-formedness error; every element closed
 * before it stays in the tree with `complete: true`, so callers can keep what was whole.
 */
export function parseXmlTree(xml: string, options: ParseOptions = {}): ParsedXmlTree {
  const offset = options.lineOffset ?? 0;
  const wrapper = options.fragmentOf;
  const parser = new SaxesParser({ position: true, fragment: wrapper !== undefined });
  const result: ParsedXmlTree = wrapper ? { root: wrapper } : {};
  const stack: XmlElement[] = wrapper ? [wrapper] : [];
  let openLine = 1;
  const innermost = (): XmlError['open'] => {
    const top = stack[stack.length - 1];
    return top && top !== wrapper ? { name: top.name, line: top.line } : undefined;
  };

  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // whitespace or comments outside the document element
    const last = parent.children[parent.children.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else parent.children.push(node);
  };

  parser.on('opentagstart', () => {
    openLine = parser.line + offset;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { type: 'element', name: tag.name, attributes, children: [], line: openLine, complete: false };
    if (stack.length === 0) result.root ??= element;
    else append(element);
    stack.push(element);
  });
  // saxes closes the open element before it finds that the end tag names another one.
  let lastClosed: XmlElement | undefined;
  parser.on('closetag', () => {
    lastClosed = stack.pop();
    if (lastClosed) lastClosed.complete = true;
  });
  // saxes reports text when it meets the `<` after it, so its own first line lies that many line breaks back.
  const textLine = (value: string): number => parser.line + offset - (value.match(/\n/g)?.length ?? 0);
  parser.on('text', (value) => append({ type: 'text', value, line: textLine(value) }));
  parser.on('cdata', (value) => append({ type: 'text', value, line: textLine(value) }));
  parser.on('error', (err) => {
    // saxes prefixes `line:column: `; the line is reported separately.
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    let open = innermost();
    if (message === 'unexpected close tag' && lastClosed) {
      lastClosed.complete = false;
      open = { name: lastClosed.name, line: lastClosed.line };
    }
    result.error = { line: parser.line + offset, message, open };
    throw new StopParsing();
  });

  try {
    parser.write(xml);
    if (!wrapper) parser.close();
    else if (innermost()) {
      // A piece that ends inside an element: the element was never closed within it.
      const open = innermost();
      result.error = { line: offset + xml.replace(/\s+$/, '').split('\n').length, message: `unclosed tag: ${open?.name}`, open };
    }
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
