import type { Element, ElementContent } from 'hast';
import { isContactParagraph, isRenderedContactParagraph } from './read-contact-paragraph';
import { readSponsorStatement } from '../sponsors';
import { isBlank, isElement, stringProperty, textOf } from '../hast-utils';

/** The parts of one entry's nodes, in the order upstream's stylesheet wrote them. */
export interface EntryParts {
  linksTable?: Element;
  /** One paragraph per `<contact>` of the XML, usually one. */
  contactParagraphs: Element[];
  /** What the entry says in its own words: everything not taken by another part. */
  body: ElementContent[];
  sponsors: string[];
  /** The `<li>`s of the "Open tasks:" list. */
  tasks: Element[];
}

/**
 * Takes an entry apart the way `report.xsl` put it together: `<table title="Links">`, the
 * contact `<p>`, the body, then "This project was sponsored by …" and the `<h3>Open tasks:</h3>`
 * list (or a `<p>Open tasks:</p>` and list that ends the entry, as three authors wrote it). Sponsor statements are taken from the end of the body only (trailing `Sponsor:`
 * paragraphs of 2019–2020, stray `<sponsor>` elements), so a sentence about sponsors in the
 * middle of the text stays where it is. A further "Contact:" paragraph counts as contacts only
 * if it has the stylesheet's shape; otherwise it is body text, as it was in the XML.
 */
export function splitEntry(nodes: readonly ElementContent[]): EntryParts {
  const parts: EntryParts = { contactParagraphs: [], body: [], sponsors: [], tasks: [] };
  let start = nextContent(nodes, 0);
  const first = nodes[start];
  if (isElement(first, 'table') && stringProperty(first, 'title') === 'Links') {
    parts.linksTable = first;
    start = nextContent(nodes, start + 1);
  }
  for (let node = nodes[start]; node && isContactParagraph(node); node = nodes[start]) {
    if (parts.contactParagraphs.length > 0 && !isRenderedContactParagraph(node)) break;
    parts.contactParagraphs.push(node);
    start = nextContent(nodes, start + 1);
  }

  let end = nodes.length; // nodes[start, end) are body; walk back over tasks and sponsors
  const last = previousContent(nodes, end);
  const heading = previousContent(nodes, last);
  if (isElement(nodes[last], 'ol', 'ul') && isTasksHeading(nodes[heading]) && heading >= start) {
    const list = nodes[last];
    if (isElement(list)) parts.tasks = list.children.filter((c): c is Element => isElement(c, 'li'));
    end = heading;
  }
  const sponsorGroups: string[][] = [];
  for (let i = previousContent(nodes, end); i >= start; i = previousContent(nodes, i)) {
    const node = nodes[i];
    const sponsors = node ? readSponsorStatement(node) : undefined;
    if (!sponsors) break;
    sponsorGroups.unshift(sponsors);
    end = i;
  }
  parts.sponsors = sponsorGroups.flat();
  parts.body = nodes.slice(start, end);
  return parts;
}

/** The stylesheet's `<h3>Open tasks:</h3>`, or an author's `<p>Open tasks:</p>` (or bare text) in its place. */
function isTasksHeading(node: ElementContent | undefined): boolean {
  if (!node || !(isElement(node, 'h3', 'p') || node.type === 'text')) return false;
  return /^Open tasks:?$/i.test(textOf(node));
}

/** Index of the first node at or after `from` that is not blank, or `nodes.length`. */
function nextContent(nodes: readonly ElementContent[], from: number): number {
  let i = from;
  while (i < nodes.length && isBlankNode(nodes[i])) i++;
  return i;
}

/** Index of the last non-blank node before `before`, or -1. */
function previousContent(nodes: readonly ElementContent[], before: number): number {
  let i = before - 1;
  while (i >= 0 && isBlankNode(nodes[i])) i--;
  return i;
}

function isBlankNode(node: ElementContent | undefined): boolean {
  return node === undefined || isBlank(node);
}
