import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { htmlToMarkdown, resolveUrl } from '../html-to-markdown';

const parser = unified().use(rehypeParse, { fragment: true });

export function parseHtmlFragment(html: string): Root {
  return parser.parse(html);
}

/** Schemes a stored link may use; anything else (`javascript:`, `data:`, `vbscript:`…) is dropped. */
const SAFE_SCHEME_RX = /^(?:https?|ftp|mailto|irc|ircs|news|xmpp):/i;

/** Whether `url`, once resolved, is a link a reader may follow. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return !scheme || SAFE_SCHEME_RX.test(url.trim());
}

/** Whitespace collapsed; the zero-width spaces Asciidoctor puts after `…`, thin spaces around `—` made plain. */
export function cleanText(text: string): string {
  return text.replace(/\u200b/g, '').replace(/[\s\u2009]+/g, ' ').trim();
}

/**
 * Undoes AsciiDoc inline formatting applied inside a link target. Asciidoctor substitutes
 * quotes before macros, so `link:https://example.org/list?status=__open__&x=1[…]` reaches the
 * HTML as `status=<em>open</em>`: upstream's own pages carry these broken URLs (later entries
 * write `link:++URL++[…]` to avoid it). `<em>` is put back as `__`, `<strong>` as `**`.
 */
export function repairUrl(url: string): string {
  return url
    .replace(/<\/?em>/g, '__')
    .replace(/<\/?strong>/g, '**')
    .replace(REPLACED_DASH_RX, '--')
    .replace(REPLACED_ELLIPSIS_RX, '...');
}

/**
 * Asciidoctor's replacements also run before macros: `--` between two characters of a link
 * target becomes an em dash and `...` an ellipsis, each followed by a zero-width space (as
 * entities in its HTML, as characters once parsed), which breaks the link on upstream's page.
 * No address holds those pairs on purpose.
 */
const REPLACED_DASH_RX = /&#8212;&#8203;|\u2014\u200b/g;
const REPLACED_ELLIPSIS_RX = /&#8230;&#8203;|\u2026\u200b/g;

/** A target {@link repairUrl} changes, as Asciidoctor writes it in an attribute. */
const MANGLED_TARGET = String.raw`[^"]*(?:<\/?(?:em|strong)>|&#8212;&#8203;|&#8230;&#8203;)[^"]*`;

/** Whether a repaired target had `--` or `...` replaced rather than emphasis applied (for the warning's wording). */
export function repairedReplacements(url: string): boolean {
  return !/__|\*\*/.test(url);
}

export interface HtmlLink {
  url: string;
  /** The link text; '' where the source gave none (`link:URL[]`, a bare URL). */
  text: string;
}

/** The text and the links of a piece of inline HTML, links resolved against `baseUrl`. */
export function readInlineHtml(html: string, baseUrl: string): { text: string; links: HtmlLink[]; repaired: string[] } {
  const tree = parseHtmlFragment(html);
  const links: HtmlLink[] = [];
  const repaired: string[] = [];
  for (const a of selectAll('a[href]', tree)) {
    const link = anchorLink(a, baseUrl, repaired);
    if (link) links.push(link);
  }
  return { text: cleanText(toText(tree)), links, repaired };
}

/** The link an `<a href>` makes, its target repaired ({@link repairUrl}) and noted in `repaired` where that changed it. */
function anchorLink(a: Element, baseUrl: string, repaired: string[]): HtmlLink | undefined {
  const href = a.properties.href;
  if (typeof href !== 'string') return undefined;
  const url = resolveUrl(repairUrl(href), baseUrl);
  if (url !== resolveUrl(href, baseUrl)) repaired.push(url);
  const classes = a.properties.className;
  const bare = Array.isArray(classes) && classes.includes('bare');
  const text = cleanText(toText(a));
  return { url, text: bare || text === url || text === href ? '' : text };
}

/** Text between links, with how many line breaks of the source came before it. */
export interface TextRun {
  text: string;
  /** Line breaks before the run, counted from the start of the HTML. */
  lineOffset: number;
}

/**
 * A piece of inline HTML as its links and the text between them, in order: the text of a links
 * field is kept by the link it is written beside. Runs are as written (white space collapsed),
 * empty ones left out.
 */
export function readLinkRuns(html: string, baseUrl: string): { pieces: ({ link: HtmlLink; lineOffset: number } | TextRun)[]; repaired: string[] } {
  const pieces: ({ link: HtmlLink; lineOffset: number } | TextRun)[] = [];
  const repaired: string[] = [];
  let lines = 0;
  let run: TextRun = { text: '', lineOffset: 0 };
  const flush = (): void => {
    const text = cleanText(run.text);
    if (text !== '') pieces.push({ text, lineOffset: run.lineOffset });
    run = { text: '', lineOffset: lines };
  };
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
        flush();
        const link = anchorLink(node, baseUrl, repaired);
        if (link) pieces.push({ link, lineOffset: lines });
        lines += (toText(node).match(/\n/g) ?? []).length;
        run.lineOffset = lines;
      } else if (node.type === 'element') {
        walk(node.children);
      } else if (node.type === 'text') {
        // A run's line is where its first word is.
        if (run.text.trim() === '') run.lineOffset = lines + (node.value.slice(0, node.value.search(/\S|$/)).match(/\n/g) ?? []).length;
        run.text += node.value;
        lines += (node.value.match(/\n/g) ?? []).length;
      }
    }
  };
  walk(parseHtmlFragment(html).children);
  flush();
  return { pieces, repaired };
}

export interface BodyConversion {
  markdown: string;
  /** Links removed because of an unsafe scheme, for the caller to warn about. */
  droppedUrls: string[];
  /** Link targets put right by {@link repairUrl}. */
  repairedUrls: string[];
  /** How many links had an empty target (their text is kept). */
  emptyLinks: number;
  /** `link:word[URL]` macros, written with target and text swapped, now linking the word to the URL. */
  swappedLinks: { word: string; url: string }[];
}

/**
 * Markup Asciidoctor does not write for ordinary text: what a raw passthrough can put in the
 * HTML, links with unsafe schemes, and a link with an empty target (`link:[text]`).
 */
const NEEDS_SANITIZING_RX =
  /<(?:script|style|iframe|object|embed|noscript|template|form)\b|\s(?:href|src)="\s*(?!(?:https?|ftp|mailto|irc|ircs|news|xmpp):)[a-z][a-z0-9+.-]*:|\son[a-z]+=|\shref="\s*"/i;

/**
 * `link:dbuild[https://example.org/dbuild]`, target and text swapped: Asciidoctor links the word
 * as a relative path around a link to the URL, and a browser shows the URL alone, the word lost.
 * The word (no scheme, no slash) is no link target anyone meant.
 */
const SWAPPED_LINK_RX = /<a href="([^":/?#<>]+)"><a href="([a-z][a-z0-9+.-]*:[^"]+)" class="bare">[^<]*<\/a><\/a>/gi;

const MANGLED_ATTR_RX = new RegExp(String.raw` (href|src)="(${MANGLED_TARGET})"`, 'g');
const BARE_MANGLED_RX = new RegExp(String.raw`<a href="(${MANGLED_TARGET})" class="bare">\1</a>`, 'g');

/** An inline anchor (`[[name]]`): a link target with nothing to show, which Markdown would render as `[]()`. */
const EMPTY_ANCHOR_RX = /<a id="[^"]*"><\/a>/g;

/**
 * Converts Asciidoctor's HTML for an entry body to Markdown with the shared converter, after
 * making it safe and shaping it for Markdown: `<script>`/`<style>`/`<iframe>`… removed, links
 * and images with unsafe schemes dropped (link text kept), headings moved up one level (the
 * entry's own title is the page's h1, its `====` subsections are h3 in Asciidoctor's output
 * and become `##`), and `[.filename]#…#` spans rendered as inline code.
 *
 * Asciidoctor's own HTML is regular (double-quoted attributes, escaped text), so the common
 * case is two regular-expression edits and one parse inside {@link htmlToMarkdown}; only HTML
 * that a passthrough or an odd link scheme put there takes the slower tree walk.
 */
export function convertBodyHtml(input: string, baseUrl: string): BodyConversion {
  const repairedUrls: string[] = [];
  const swappedLinks: { word: string; url: string }[] = [];
  const html = input
    .replace(EMPTY_ANCHOR_RX, '')
    .replace(SWAPPED_LINK_RX, (_m: string, word: string, url: string) => {
      swappedLinks.push({ word, url });
      return `<a href="${url}">${word}</a>`;
    })
    // A bare URL is its own text: put right with its target, or the page would show the dash.
    .replace(BARE_MANGLED_RX, (_m: string, url: string) => {
      const fixed = repairUrl(url);
      repairedUrls.push(fixed);
      return `<a href="${fixed}" class="bare">${fixed}</a>`;
    })
    .replace(MANGLED_ATTR_RX, (_m: string, attr: string, url: string) => {
      const fixed = repairUrl(url);
      repairedUrls.push(fixed);
      return ` ${attr}="${fixed}"`;
    });
  if (!NEEDS_SANITIZING_RX.test(html)) {
    const shaped = html
      .replace(/<(\/?)h([3-6])\b/g, (_m: string, slash: string, level: string) => `<${slash}h${Number(level) - 1}`)
      .replace(/<span class="filename">([^<]*)<\/span>/g, '<code>$1</code>');
    return { markdown: htmlToMarkdown(shaped, { baseUrl }).replace(/\u200b/g, ''), droppedUrls: [], repairedUrls, emptyLinks: 0, swappedLinks };
  }
  const tree = parseHtmlFragment(html);
  const droppedUrls: string[] = [];
  let emptyLinks = 0;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (DROPPED_ELEMENTS.has(node.tagName)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const href = node.properties.href;
    if (node.tagName === 'a' && (href === undefined || (typeof href === 'string' && href.trim() === ''))) {
      if (href !== undefined) emptyLinks++;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    for (const attr of ['href', 'src'] as const) {
      const value = node.properties[attr];
      if (typeof value === 'string' && !isSafeUrl(value)) {
        droppedUrls.push(value);
        // An image goes; a link leaves its text behind.
        parent.children.splice(index, 1, ...(node.tagName === 'img' ? [] : node.children));
        return [SKIP, index];
      }
    }
    const level = /^h([3-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Number(level) - 1}`;
    const classes = node.properties.className;
    if (node.tagName === 'span' && Array.isArray(classes) && classes.includes('filename')) {
      node.tagName = 'code';
      node.properties = {};
    }
    return undefined;
  });
  const markdown = htmlToMarkdown(tree.children, { baseUrl });
  return { markdown: markdown.replace(/\u200b/g, ''), droppedUrls, repairedUrls, emptyLinks, swappedLinks };
}

const DROPPED_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'form']);

/** Inline Markdown for a fragment of inline HTML: one line, whitespace collapsed. */
export function inlineMarkdown(html: string, baseUrl: string, repairedUrls?: string[]): string {
  const converted = convertBodyHtml(`<p>${html}</p>`, baseUrl);
  repairedUrls?.push(...converted.repairedUrls);
  return cleanText(converted.markdown);
}
