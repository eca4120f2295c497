import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { collapseWhitespace, isBlank, isElement, lineOf, textOf } from '../hast-utils';

/** The class of the site's own headings, hidden on screen, that every rendered page carries outside its report. */
const SITE_CHROME_CLASS = 'blockhide';

/** A category heading (`<h1><a name=…>`) of a rendered report and what it shows below itself. */
export interface RawHtmlCategory {
  title: string;
  /** Set when the heading shows no text and its title was made from its anchor. */
  titledByAnchor?: boolean;
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
  /**
   * The half of the heading an editor's slip left out, so that the other half stands for it:
   * `anchor` for an `<h2>` that lost its `<a name>` (the slug comes from the text), `text` for
   * one that shows nothing (the title comes from the anchor).
   */
  missing?: 'anchor' | 'text';
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
  /** True when the content ends inside the last entry, before the `<hr>` that closes every entry. */
  endsInEntry: boolean;
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
  const page: RawHtmlPage = { foundContentArea, intro: [], categories: [], entries: [], strays: [], endsInEntry: false };

  let phase: 'intro' | 'toc' | 'entries' = 'intro';
  let category: RawHtmlCategory | undefined;
  let entry: RawHtmlEntry | undefined;
  for (const node of children) {
    if (node.type === 'doctype') continue;
    // Past the introduction an `<h2>` can only be an entry's, even one that lost its anchor.
    if (isEntryHeading(node) || (phase !== 'intro' && isAnchorlessEntryHeading(node))) {
      phase = 'entries';
      category = undefined;
      entry = { ...entryTitle(node), anchor: anchorName(node), line: lineOf(node), nodes: [] };
      const index = page.categories.length - 1;
      if (index >= 0) entry.category = index;
      page.entries.push(entry);
    } else if (isCategoryHeading(node)) {
      phase = 'entries';
      entry = undefined;
      category = { ...categoryTitle(node), line: lineOf(node), description: [] };
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
  page.endsInEntry = entry !== undefined;
  return page;
}

/** `<h2>` headings that carry an anchor name are entries; the site chrome's `h2.blockhide` are not. */
function isEntryHeading(node: RootContent | ElementContent): node is Element {
  return isElement(node, 'h2') && select('a[name]', node) !== undefined;
}

/**
 * An `<h2>` with text but no anchor name, other than the site chrome's hidden `h2.blockhide`:
 * an entry heading whose `<a name>` an editor lost. Only read as one after the introduction.
 */
function isAnchorlessEntryHeading(node: RootContent | ElementContent): node is Element {
  if (!isElement(node, 'h2') || select('a[name]', node) !== undefined) return false;
  const classes = node.properties.className;
  return !(Array.isArray(classes) && classes.includes(SITE_CHROME_CLASS)) && textOf(node) !== '';
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
function entryTitle(heading: Element): Pick<RawHtmlEntry, 'title' | 'editedHeading' | 'missing'> {
  const text = textOf(heading);
  const anchor = anchorName(heading);
  if (select('a[name]', heading) === undefined) return { title: text, missing: 'anchor' };
  if (text === '' && anchor !== '') return { title: titleOfAnchor(anchor), missing: 'text' };
  // normalize-space() collapses XML white space only, so a no-break space stays in the anchor.
  const words = toText(heading).replace(/[ \t\r\n]+/g, ' ').trim().split(' ');
  const anchorWords = anchor.split('-');
  if (anchor === '' || anchor === words.join('-') || anchorWords.length !== words.length) return { title: text };
  const title = collapseWhitespace(anchorWords.join(' '));
  return title === text ? { title } : { title, editedHeading: text };
}

/** A category heading's title: its text, or for a heading that shows none, its anchor's words. */
function categoryTitle(heading: Element): Pick<RawHtmlCategory, 'title' | 'titledByAnchor'> {
  const text = textOf(heading);
  const anchor = anchorName(heading);
  return text === '' && anchor !== '' ? { title: titleOfAnchor(anchor), titledByAnchor: true } : { title: text };
}

/**
 * The title `report.xsl` made an anchor from: it joined the title's words with dashes, so dashes
 * are read back as spaces (a title's own hyphen cannot be told apart, and gives the same slug).
 */
function titleOfAnchor(anchor: string): string {
  return collapseWhitespace(anchor.replace(/-/g, ' '));
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
