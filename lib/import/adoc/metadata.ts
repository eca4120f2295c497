import { readSpelledAddress, splitSpelledAddress } from '../../model';

/**
 * The header fields of an AsciiDoc entry, as upstream writes them at the start of a paragraph:
 *
 *     Links: +
 *     link:https://example.org/[Example] URL: link:https://example.org/[] +
 *     link:https://example.org/b[B] URL: link:https://example.org/b[]
 *
 *     Contact: Jane Doe <jane@example.org> +
 *     Contact: John Doe <john@example.org>
 *
 *     Sponsor: Example Corp
 *
 * A field starts at its label and runs on over the following lines while each line ends in the
 * ` +` hard line break (and, for links, over lines that start with a link).
 */
export type MetadataKind = 'links' | 'contact' | 'sponsor';

export interface MetadataField {
  kind: MetadataKind;
  /** `Sponsors:` (plural): the value may list several sponsors separated by commas or "and". */
  plural: boolean;
  /** The field's values, one per source line, without label and trailing ` +`. */
  values: string[];
  /** Index of the label line within the lines given to {@link splitMetadataLines}. */
  index: number;
  /** Index of each value's line, as `index` is. */
  lines: number[];
  /**
   * Indexes of the Links lines that start with the ` +` hard break meant to end the line before
   * (`+ link:…`): read as links, but upstream shows the `+` as text.
   */
  leadingBreaks?: number[];
}

const LABEL_RX = /^(Links?|Contacts?|Sponsors?|Sponsored by)\s*:(.*)$/;
const LINK_START_RX = /^(?:link:|(?:https?|ftp|mailto|irc):|man:|package:)/;
const CONTINUED_RX = /\s*\+$/;
/** A Links line whose author put the hard break that ends the line before at its start. */
const LEADING_BREAK_RX = /^\+\s+(?=link:|(?:https?|ftp):)/;

/** Whether a line starts a header field (`Sponsor: …`, `Contact: …`, `Links:`). */
export function startsHeaderField(line: string): boolean {
  return LABEL_RX.test(line.trim());
}

function kindOf(label: string): MetadataKind {
  if (label.startsWith('Link')) return 'links';
  if (label.startsWith('Contact')) return 'contact';
  return 'sponsor';
}

/** Splits a paragraph's source lines into header fields and the lines that are ordinary text. */
export function splitMetadataLines(lines: readonly string[]): { fields: MetadataField[]; rest: string[] } {
  const fields: MetadataField[] = [];
  const rest: string[] = [];
  let current: MetadataField | undefined;
  let previousContinued = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const label = LABEL_RX.exec(line);
    if (label) {
      current = { kind: kindOf(label[1] ?? ''), plural: /^Sponsors/.test(label[1] ?? ''), values: [], index, lines: [] };
      fields.push(current);
      pushValue(current, label[2] ?? '', index);
    } else if (current && line !== '' && (previousContinued || (current.kind === 'links' && LINK_START_RX.test(line)))) {
      pushValue(current, line, index);
    } else if (current?.kind === 'links' && LEADING_BREAK_RX.test(line)) {
      pushValue(current, line.replace(LEADING_BREAK_RX, ''), index);
      current.leadingBreaks = [...(current.leadingBreaks ?? []), index];
    } else {
      current = undefined;
      rest.push(raw);
    }
    previousContinued = current !== undefined && CONTINUED_RX.test(line);
  });
  return { fields, rest };
}

/**
 * The fields of a paragraph that follows a `Links: +` line left alone in its own paragraph (a
 * blank line written after it), where the paragraph starts with a link: the links its author
 * meant, read as if written under the label. Indexes are of the paragraph's own lines. Undefined
 * where the paragraph is text.
 */
export function linksAfterBareLabel(lines: readonly string[]): { fields: MetadataField[]; rest: string[] } | undefined {
  if (!LINK_START_RX.test(lines[0]?.trim() ?? '')) return undefined;
  const { fields, rest } = splitMetadataLines(['Links:', ...lines]);
  const shift = (n: number): number => n - 1;
  return {
    fields: fields.map((f) => ({
      ...f,
      index: Math.max(0, shift(f.index)),
      lines: f.lines.map(shift),
      ...(f.leadingBreaks ? { leadingBreaks: f.leadingBreaks.map(shift) } : {}),
    })),
    rest,
  };
}

function pushValue(field: MetadataField, text: string, index: number): void {
  const value = text.replace(CONTINUED_RX, '').trim();
  if (value === '') return;
  field.values.push(value);
  field.lines.push(index);
}

export interface ParsedContact {
  name: string;
  email?: string;
}

/** A label before a contact that says what the person is to the work. */
const ROLE_LABEL = /^(Mentor|Student|Author|Maintainer)s?\s*:\s*/i;

const ADDRESS_RX = /<\s*(?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+?)(?:\[[^\]]*\])?\s*>/g;
const BARE_ADDRESS_RX = /^(?:(?:Mail|E-?mail)\s*:\s*)?(?:mailto:)?([^\s<>[\]@]+@[^\s<>[\]@]+\.[A-Za-z]{2,})(?:\[\])?$/i;

/**
 * Reads the plain shapes of a contact: `Name <address>`, `Name<address>`, `Name, <address>`,
 * `Name <mailto:address[]>`, `Name <a>, <b>` (one contact per address), `<address>`, a bare
 * address or `Mail: address`. Returns undefined for anything else (a mailing list link, an IRC
 * channel…), which the caller converts as AsciiDoc text.
 */
export function parseContactText(text: string): ParsedContact[] | undefined {
  const value = withSpelledAddresses(text.trim());
  const bare = BARE_ADDRESS_RX.exec(value);
  if (bare?.[1]) return [{ name: bare[1], email: bare[1] }];
  const addresses = [...value.matchAll(ADDRESS_RX)];
  const first = addresses[0];
  if (!first || first.index === undefined) return undefined;
  const before = value.slice(0, first.index);
  // Anything after the addresses other than separators is not a plain contact.
  const leftover = value.replace(ADDRESS_RX, '').slice(before.length).replace(/[\s,;]/g, '');
  // "Mentor: Jane Doe <…>" under a contact: the label is no part of the name, but says what she is
  // to the work, so it stays as a note after it (people are matched with notes aside).
  const labelled = before.replace(/[\s,;]+$/, '').trim();
  const role = ROLE_LABEL.exec(labelled)?.[1]?.toLowerCase();
  const name = labelled.replace(ROLE_LABEL, '').replace(/^(?:Mail|E-?mail)\s*:\s*/i, '').trim();
  if (leftover !== '' || /[[\]`]|link:|mailto:/.test(name)) return undefined;
  const noted = role && name ? `${name} (${role})` : name;
  return addresses.flatMap((m) => (m[1] ? [{ name: noted || m[1], email: m[1] }] : []));
}

/**
 * The contact with any address spelled out (`<jane at example dot org>`, or with no `<…>` a
 * last word `jane-at-example.org`) written as an address in `<…>`, where it reads as one.
 */
function withSpelledAddresses(value: string): string {
  if (value.includes('<')) return value.replace(/<([^<>@]*)>/g, (_written, inside: string) => `<${readSpelledAddress(inside) ?? inside}>`);
  const split = splitSpelledAddress(value);
  return split ? `${split.name === split.email ? '' : split.name} <${split.email}>`.trim() : value;
}

const COMPANY_SUFFIX_RX = /^(?:Inc|LLC|Ltd|GmbH|Co|Corp|S\.?A|B\.?V|AB|AG)\b/i;

/**
 * One sponsor per `Sponsor:` line; a `Sponsors:` line may list several, split at commas and
 * "and" outside parentheses (but not before a company suffix: "Example, Inc.").
 */
export function splitSponsors(value: string, plural: boolean): string[] {
  const text = value.trim();
  if (!plural) return text ? [text] : [];
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:,\s*|\s+and\s+)/.exec(text.slice(i));
    if (sep && !COMPANY_SUFFIX_RX.test(text.slice(i + sep[0].length))) {
      parts.push(text.slice(start, i));
      start = i + sep[0].length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
