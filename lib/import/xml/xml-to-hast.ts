import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { unwrapHref } from '../normalize-href';
import type { ReaderNote } from '../types';
import { textContent, type XmlNode } from './xml-tree';

/**
 * DocBook-ish or misspelt element names that authors used inside XHTML bodies, mapped to the
 * XHTML element they meant; `url` (the status-report link element) becomes `a`.
 */
const RENAMES: Readonly<Record<string, string>> = {
  url: 'a',
  ulink: 'a',
  emph: 'em',
  emphasis: 'em',
  filename: 'code',
  literal: 'code',
  command: 'code',
  programlisting: 'pre',
  screen: 'pre',
  quote: 'q',
  ttt: 'tt',
};

/** Elements whose `href` is a link target (after {@link RENAMES}, `url` and `ulink` are links too). */
const LINKS = new Set(['a', 'url', 'ulink']);

/** Elements whose start tag closes an open `<p>` in HTML (HTML Standard, "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

const CODE = new Set(['code', 'tt', 'kbd', 'samp']);

/**
 * Converts XML nodes of a `<body>`, `<task>`, `<section>` or category `<p>` to hast, ready
 * for `htmlToMarkdown`: element names lowercased and mapped through {@link RENAMES},
 * `<email>` (from `&a.login.email;`) turned into a `mailto:` link, namespace declarations
 * dropped. Where XML let authors nest a block in a paragraph (`<p>text<pre>…</pre></p>`),
 * the paragraph is split around it as an HTML parser would, so the block stays a block; inline
 * code holding paragraphs becomes a code block. A link target wrapped across lines loses its
 * white space, with a warning in `notes` naming the line.
 */
export function xmlToHast(nodes: readonly XmlNode[], notes: ReaderNote[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    const local = node.name.toLowerCase().replace(/^.*:/, '');
    if (local === 'email') {
      const address = textContent(node).trim();
      return [h('a', { href: `mailto:${address}` }, address)];
    }
    const tagName = (RENAMES[local] ?? local).replace(/[^a-z0-9-]/g, '') || 'span';
    if (CODE.has(tagName) && node.children.some((c) => c.type === 'element' && CLOSES_P.has(c.name))) {
      // `<code><p>…</p><p>…</p></code>`: a listing pasted as paragraphs; inline code cannot hold them.
      return [h('pre', h('code', textContent(node).replace(/^\s*\n|\s+$/g, '')))];
    }
    if (CODE.has(tagName) && node.children.some((c) => c.type === 'element' && c.name.toLowerCase() === 'br')) {
      // `<tt>one command<br/> the next</tt>`: inline code would run the commands into one line.
      return [h('pre', h('code', linesOf(node)))];
    }
    const properties: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.attributes)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) properties[name] = value;
    }
    // Some authors wrote `<url link="…">` for `<url href="…">`; the rendered pages honoured it.
    if (local === 'url' && properties.href === undefined && properties.link !== undefined) properties.href = properties.link;
    if (LINKS.has(local) && properties.href !== undefined) properties.href = unwrapHref(properties.href, node.line, notes);
    const children = xmlToHast(node.children, notes);
    // `<url href="…"/>` with no words: the address is the link's text, as upstream's pages showed it.
    if (local === 'url' && properties.href && textContent(node).trim() === '') children.push({ type: 'text', value: properties.href });
    if (tagName === 'pre') {
      dropLeadingLineBreak(children);
      dropNewlinesAfterBreaks(children);
    }
    if (tagName === 'p') return splitParagraph(properties, children);
    return [h(tagName, properties, children)];
  });
}

/** `<p>` children as paragraphs of the inline runs between the blocks, and the blocks themselves. */
function splitParagraph(properties: Record<string, string>, children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.some((c) => c.type !== 'text' || c.value.trim() !== '')) out.push(h('p', properties, run));
    run = [];
  };
  for (const child of children) {
    if (child.type === 'element' && CLOSES_P.has(child.tagName)) {
      flush();
      out.push(child);
    } else run.push(child);
  }
  flush();
  return out.length > 0 ? out : [h('p', properties, [])];
}

/** As in HTML, a line break right at the start of `<pre>` (or of its `<code>`) is not content. */
function dropLeadingLineBreak(children: ElementContent[]): void {
  let first: ElementContent | undefined = children[0];
  while (first?.type === 'element') first = first.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\r?\n/, '');
}

/**
 * In a listing, `<br/>` at the end of a source line and the line end after it are one line break
 * (`% cmd<br/>⏎`): authors wrote the tag for the HTML of the day, and kept each command on its
 * own source line. Counting both would put an empty line after every line of the listing.
 */
function dropNewlinesAfterBreaks(children: ElementContent[]): void {
  children.forEach((child, i) => {
    const next = children[i + 1];
    if (child.type === 'element' && child.tagName === 'br' && next?.type === 'text') next.value = next.value.replace(/^\r?\n/, '');
    else if (child.type === 'element') dropNewlinesAfterBreaks(child.children);
  });
}

/** A code run's text with each `<br>` a line break, each line trimmed of the indentation XML gave it. */
function linesOf(node: XmlNode): string {
  const text = (n: XmlNode): string => (n.type === 'text' ? n.value : n.name.toLowerCase() === 'br' ? '\n' : n.children.map(text).join(''));
  return text(node)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
