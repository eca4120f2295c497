import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { collapseWhitespace, isBlank, isElement, lineOf, textOf } from '../hast-utils';

/** A category heading (`<h1><a name=…>`) of a rendered report and what it shows below itself. */
export interface RawHtmlCategory {
  title: string;
  line?: number;
  /** Paragraphs between the heading and the first entry (the category's description). */
  description: ElementContent[];
}

/** One entry of a rendered report: its `<h2><a name=…>` and every node up to the next `<hr>`/`<h1>`/`<h2>`. */
export interface RawHtmlEntry {
  title: string;
  /** The heading's own text where it differs from the title its anchor was made from. */
  editedHeading?: string;
  /** The anchor name upstream gave the heading (`FreeBSD/arm64`, `Syncing-pf(4)-with-OpenBSD 4.5`). */
  anchor: string;
  line?: number;
  /** Index into {@link RawHtmlPage.categories}, undefined before any category heading. */
  category?: number;
  nodes: ElementContent[];
}

/** The parts of a rendered status report page, before any of them is interpreted. */
export interface RawHtmlPage {
  /** False when the page had no `#contentwrap` and the whole body was read instead. */
  foundContentArea: boolean;
  /** Everything before the first `<hr>`: the introduction section(s), headings included. */
  intro: ElementContent[];
  categories: RawHtmlCategory[];
  entries: RawHtmlEntry[];
  /** Content outside every entry after the table of contents, other than the site footer. */
  strays: ElementContent[];
}

/**
 * Splits a legacy status report page into introduction, categories and entries, following
 * the layout upstream's `report.xsl` produced from 2001 to 2020: in `#contentwrap`, the
 * introduction `<h1>`/`<p>`s, an `<hr>`, the table of contents, an `<hr>`, then per category
 * `<br><h1><a name>Title</a></h1>` (+ description `<p>` from 2017), and per entry
 * `<h2><a name>Title</a></h2>` … `<hr>`. Pages without categories go straight to the `<h2>`s.
 */
export function splitPage(tree: Root): RawHtmlPage {
  return splitContent(contentArea(tree).children, select('#contentwrap', tree) !== undefined);
}

/** The element holding the report: `#contentwrap`, else the body, else the whole tree. */
export function contentArea(tree: Root): Root | Element {
  return select('#contentwrap', tree) ?? select('body', tree) ?? tree;
}

/** {@link splitPage} over the content area's nodes, given apart from their page. */
export function splitContent(children: readonly (RootContent | ElementContent)[], foundContentArea: boolean): RawHtmlPage {
  const page: RawHtmlPage = { foundContentArea, intro: [], categories: [], entries: [], strays: [] };

  let phase: 'intro' | 'toc' | 'entries' = 'intro';
  let category: RawHtmlCategory | undefined;
  let entry: RawHtmlEntry | undefined;
  for (const node of children) {
    if (node.type === 'doctype') continue;
    if (isEntryHeading(node)) {
      phase = 'entries';
      category = undefined;
      entry = { ...entryTitle(node), anchor: anchorName(node), line: lineOf(node), nodes: [] };
      const index = page.categories.length - 1;
      if (index >= 0) entry.category = index;
      page.entries.push(entry);
    } else if (isCategoryHeading(node)) {
      phase = 'entries';
      entry = undefined;
      category = { title: textOf(node), line: lineOf(node), description: [] };
      page.categories.push(category);
    } else if (isElement(node, 'hr')) {
      if (phase === 'intro') phase = 'toc';
      entry = undefined;
      category = undefined;
    } else if (entry) {
      entry.nodes.push(node);
    } else if (category) {
      if (!isBlank(node)) category.description.push(node);
    } else if (phase === 'intro') {
      page.intro.push(node);
    } else if (phase === 'entries' && !isBlank(node) && !isFooter(node)) {
      page.strays.push(node);
    }
  }
  return page;
}

/** `<h2>` headings that carry an anchor name are entries; the site chrome's `h2.blockhide` are not. */
function isEntryHeading(node: RootContent | ElementContent): node is Element {
  return isElement(node, 'h2') && select('a[name]', node) !== undefined;
}

/** Category headings carry an anchor name; the introduction's section headings do not. */
function isCategoryHeading(node: RootContent | ElementContent): node is Element {
  return isElement(node, 'h1') && select('a[name]', node) !== undefined;
}

/**
 * The title of an entry heading. `report.xsl` made the anchor from the same `<title>` as the
 * text (`translate(normalize-space(title), ' ', '-')`), but upstream later edited some pages'
 * text and not their anchors ("Port Management Team" became "Ports Management Team"). Where
 * the two differ word for word, the anchor's words are the title the report was written with.
 */
function entryTitle(heading: Element): { title: string; editedHeading?: string } {
  const text = textOf(heading);
  const anchor = anchorName(heading);
  // normalize-space() collapses XML white space only, so a no-break space stays in the anchor.
  const words = toText(heading).replace(/[ \t\r\n]+/g, ' ').trim().split(' ');
  const anchorWords = anchor.split('-');
  if (anchor === '' || anchor === words.join('-') || anchorWords.length !== words.length) return { title: text };
  const title = collapseWhitespace(anchorWords.join(' '));
  return title === text ? { title } : { title, editedHeading: text };
}

function anchorName(heading: Element): string {
  const name = select('a[name]', heading)?.properties.name;
  return typeof name === 'string' ? name : '';
}

/** The "News Home | Status Home" links every page ends with. */
function isFooter(node: RootContent | ElementContent): boolean {
  if (node.type !== 'text' && !isElement(node, 'a')) return false;
  const text = node.type === 'text' ? collapseWhitespace(node.value) : textOf(node);
  return text === '|' || text === 'News Home' || text === 'Status Home';
}
