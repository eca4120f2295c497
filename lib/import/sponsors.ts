import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { collapseWhitespace, isElement } from './hast-utils';

// What upstream's stylesheet wrote from `<sponsor>`/`<partialsponsor>`.
const SPONSORED_BY = /^This project was sponsored (in part )?by (.+)$/s;
// What the Markdown-to-DocBook conversion of 2019–2020 left in the body, one per line.
const SPONSOR_LINE = /^(?:Sponsors?|Sponsored by):\s*(.+)$/i;
// Words that continue a company name after a comma ("Sandvine, Inc"), not a new sponsor.
const NAME_SUFFIX = /^(?:Inc|Inc\.|Ltd|Ltd\.|LLC|L\.L\.C\.|GmbH|AG|Corp|Corp\.|Co|Co\.|S\.A\.|B\.V\.|N\.V\.|Pty Ltd)$/i;

/** A sponsor who paid for part of the work, as the entry names it: "The FreeBSD Foundation (in part)". */
export function partSponsor(name: string): string {
  return `${name} (in part)`;
}

/**
 * The sponsors a node states, or undefined if it is not a sponsor statement: the stylesheet's
 * "This project was sponsored by A, B, and C." paragraph (the stylesheet added the final
 * period and the ", and " separators, so exactly one period is removed and the list split on
 * them), a paragraph of `Sponsor: X` lines, or a stray `<sponsor>` element left in the page.
 */
export function readSponsorStatement(node: ElementContent): string[] | undefined {
  if (isElement(node, 'sponsor')) {
    const name = collapseWhitespace(toText(node));
    return name ? [name] : undefined;
  }
  if (!isElement(node, 'p')) return undefined;
  const statement = SPONSORED_BY.exec(collapseWhitespace(toText(node)));
  if (statement) {
    if (!isStylesheetLine(node)) return undefined;
    const names = splitSponsorList(statement[2]!.replace(/\.$/, ''));
    return statement[1] ? names.map(partSponsor) : names;
  }

  const lines = lineTexts(node.children);
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
 * The stylesheet wrote its sentence as one line of plain text; an author's own "This project
 * was sponsored by <a>Multiplay</a> and implemented by …" has markup or line breaks.
 */
function isStylesheetLine(paragraph: Element): boolean {
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
