import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { collapseWhitespace, isElement } from './hast-utils';

// What upstream's stylesheet wrote from `<sponsor>`/`<partialsponsor>` ("This project was
// sponsored (in part) by"), and the forms authors wrote in its place at the end of a body:
// "These projects are sponsored by", "This work is being sponsored by", "The work was jointly
// sponsored by", "Work on this project has been sponsored by"…
const SPONSORED_BY =
  /^(?:(?:This|The) (?:project|work)|These (?:projects|works)|Work on this project) (?:is|are|was|were|has been|have been|is being|are being) (?:jointly |kindly |generously )?sponsored (in part )?by (.+)$/is;
// A name list that goes on to say more ("… and implemented by …", "…, with resources provided
// by …", a second sentence) is not only a sponsor statement, and stays in the body.
const SAYS_MORE = [
  /[.!?]\s+[A-Z]/,
  /\b(?:and|but|which|who)\s+(?:is|was|are|were|has|have|had|will|would|should|can|could|may|also|it|implemented|developed|written|tested|done)\b/i,
  /\b(?:with|in collaboration|through|via|under|for|since|until|as part of)\b/i,
  // "… (see …)", "…: many thanks", "…, thanks!", "… and by …", "… in 2014": a remark after the names.
  /[:;]|\(see\b|\band by\b|\bthank|\bin\s+\d{4}\b/i,
];
// "… Ministry of Science and Technology": an "and" inside a name of something, not between two sponsors.
const AND_INSIDE_A_NAME = /\b(?:of|for)\s+[^,]*\sand\s+[^,]*$/i;
// What the Markdown-to-DocBook conversion of 2019–2020 left in the body, one per line.
const SPONSOR_LINE = /^(?:Sponsors?|Sponsored by):\s*(.+)$/i;
// Words that continue a company name after a comma ("Sandvine, Inc"), not a new sponsor.
const NAME_SUFFIX = /^(?:Inc|Inc\.|Ltd|Ltd\.|LLC|L\.L\.C\.|GmbH|AG|Corp|Corp\.|Co|Co\.|S\.A\.|B\.V\.|N\.V\.|Pty Ltd)$/i;

const ABBREVIATION_END = /\b(?:Inc|Ltd|Corp|Co|L\.L\.C|S\.A|B\.V|N\.V)\.$/i;

/** A sponsor who paid for part of the work, as the entry names it: "The FreeBSD Foundation (in part)". */
export function partSponsor(name: string): string {
  return `${name} (in part)`;
}

/**
 * The sponsors a node states, or undefined if it is not a sponsor statement: the stylesheet's
 * "This project was sponsored by A, B, and C." paragraph (the stylesheet added the final
 * period and the ", and " separators, so exactly one period is removed and the list split on
 * them) or an author's sentence of the same kind that says nothing else, a paragraph (or bare
 * text) of `Sponsor: X` lines, or a stray `<sponsor>` element left in the page.
 */
export function readSponsorStatement(node: ElementContent): string[] | undefined {
  if (isElement(node, 'sponsor')) {
    const name = collapseWhitespace(toText(node));
    return name ? [name] : undefined;
  }
  // The 2020 conversion also left `Sponsor:` lines as bare text after a body's closing list,
  // in no paragraph: the same lines, read the same way.
  if (node.type === 'text') return sponsorLines(node.value.split('\n').map(collapseWhitespace).filter((l) => l !== ''));
  if (!isElement(node, 'p')) return undefined;
  const statement = SPONSORED_BY.exec(collapseWhitespace(toText(node)));
  if (statement) {
    const stylesheetForm = statement[0].startsWith('This project was ');
    const list = withoutFinalPeriod(statement[2]!, stylesheetForm);
    if (!isPlainText(node)) return undefined;
    // What the stylesheet wrote is a sponsor list whatever it holds ("… via grant number …").
    if (!(stylesheetForm && isOneLine(node)) && SAYS_MORE.some((rx) => rx.test(list))) return undefined;
    // The stylesheet joined names with ", and " only, so its " and " is part of a name; an
    // author's "by DARPA and AFRL" names two.
    const names = splitSponsorList(stylesheetForm || AND_INSIDE_A_NAME.test(list) ? list : list.replace(/(?<!,)\s+and\s+(?!.*\sand\s)/, ', and '));
    return statement[1] ? names.map(partSponsor) : names;
  }

  return sponsorLines(lineTexts(node.children));
}

/** The sponsors of lines that are all `Sponsor: X` lines, else undefined. */
function sponsorLines(lines: readonly string[]): string[] | undefined {
  if (lines.length === 0) return undefined;
  const sponsors: string[] = [];
  for (const line of lines) {
    const name = SPONSOR_LINE.exec(line)?.[1]?.trim();
    if (!name) return undefined;
    sponsors.push(name);
  }
  return sponsors;
}

/**
 * A list without the period that ends its sentence. The stylesheet always added one, so
 * exactly one goes ("Inc.." → "Inc."); an author's "sponsored by Widgets, Inc." ended the
 * sentence with the abbreviation's own, which stays.
 */
function withoutFinalPeriod(list: string, stylesheetForm: boolean): string {
  if (!stylesheetForm && ABBREVIATION_END.test(list)) return list;
  return list.replace(/\.$/, '');
}

/**
 * A paragraph of text only: a sponsor linked to its site (`<a>Multiplay</a>`) stays in the
 * body, where the link is kept, since a sponsor is a name and would lose it.
 */
function isPlainText(paragraph: Element): boolean {
  return paragraph.children.every((c) => c.type === 'text');
}

/** The stylesheet wrote its sentence on one line; an author's own is often wrapped. */
function isOneLine(paragraph: Element): boolean {
  return paragraph.children.every((c) => c.type === 'text' && !c.value.trim().includes('\n'));
}

/** "A, B, and C" → [A, B, C]; "Sandvine, Inc" stays whole. */
export function splitSponsorList(list: string): string[] {
  const parts = list.split(/,\s+and\s+/);
  const last = parts.pop() ?? '';
  const head = parts.join(', and ');
  const names = head === '' ? [] : mergeSuffixes(head.split(/,\s+/));
  return [...names, last].map((s) => s.trim()).filter((s) => s !== '');
}

function mergeSuffixes(pieces: string[]): string[] {
  const names: string[] = [];
  for (const piece of pieces) {
    const previous = names.length - 1;
    if (previous >= 0 && NAME_SUFFIX.test(piece.trim())) names[previous] = `${names[previous]}, ${piece}`;
    else names.push(piece);
  }
  return names;
}

/** The non-empty lines of a paragraph, split at `<br>` and before each `Sponsor:`, whitespace collapsed. */
function lineTexts(children: ElementContent[]): string[] {
  const lines: string[] = [''];
  for (const child of children) {
    if (isElement(child, 'br')) lines.push('');
    else lines[lines.length - 1] += child.type === 'text' ? child.value : toText(child);
  }
  return lines
    .flatMap((l) => l.split(/\n(?=\s*(?:Sponsors?|Sponsored by):)/i))
    .map(collapseWhitespace)
    .filter((l) => l !== '');
}
