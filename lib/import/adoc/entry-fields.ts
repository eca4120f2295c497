import { Block, Section, type AbstractBlock, type Document } from '@asciidoctor/core';
import type { Contact, Link } from '../../model';
import { contactMistake } from './contact-mistakes';
import { HAS_WORDS, joinLooseText, type LooseText } from '../loose-link-text';
import { isSafeUrl, readInlineHtml, readLinkRuns, type HtmlLink } from './html';
import { linksAfterBareLabel, parseContactText, splitMetadataLines, splitSponsors, type MetadataField } from './metadata';

export type Warn = (message: string, line?: number) => void;

export interface EntryFields {
  contacts: Contact[];
  links: Link[];
  sponsors: string[];
  /** Link targets repaired by `repairUrl` → the line they were on. */
  repaired: Map<string, number | undefined>;
  /** Words of a `Links:` line with no link to join; the caller keeps them in the body. */
  unlinked: string[];
}

/**
 * Upstream's labels inside a Links line, which say nothing of their own: `URL:` before the
 * address repeated as a link (written `URL` once, or glued to the address, which then stays
 * text), and a `link:` macro name left bare by a space before its target, which Asciidoctor
 * prints as text.
 */
const LEADING_LABEL_RX = /^(?:URL\s*:?|link:)(?=\s|$|[a-z][a-z0-9+.-]*:\/\/)\s*/i;
const TRAILING_LABEL_RX = /\s*\b(?:URL\s*:|link:)$/i;
/** An address written as text: where a macro did not fire, the address its link repeats. */
const URL_TEXT_RX = /[a-z][a-z0-9+.-]*:\/\/\S*/gi;

/**
 * Takes the `Links:`, `Contact:` and `Sponsor:` fields out of the parsed entry (see
 * {@link splitMetadataLines}) and reads them, with the entry's own Asciidoctor substitutions
 * for any inline markup in them.
 */
export async function readEntryFields(doc: Document, baseUrl: string, warn: Warn): Promise<EntryFields> {
  const fields: { field: MetadataField; block: Block; depth: number }[] = [];
  collectMetadata(doc, fields);
  const links = new LinkList();
  const repaired = new Map<string, number | undefined>();
  const contacts: Contact[] = [];
  const sponsors: string[] = [];
  const unlinked: string[] = [];
  for (const { field, block } of fields) {
    if (field.kind === 'links') {
      const html = await applySubs(block, field.values.join('\n'));
      const read = readLinkRuns(html, baseUrl);
      const paragraphLine = block.getLineNumber();
      for (const index of field.leadingBreaks ?? []) {
        warn(
          'line of the Links field starts with the "+" that ends the line before it (upstream shows it as text); read as a link of the Links field',
          paragraphLine === undefined ? undefined : paragraphLine + index,
        );
      }
      const pieces: ({ link: Link } | LooseText)[] = [];
      for (const piece of read.pieces) {
        if ('link' in piece) {
          const line = paragraphLine === undefined ? undefined : paragraphLine + (field.lines[piece.lineOffset] ?? field.index);
          const runOn = runOnLinkText(piece.link.text);
          if (runOn !== undefined) {
            warn(
              `the text of the link to ${piece.link.url} is never closed by "]", so it runs on into the next link macro ("${piece.link.text}"); read as "${runOn}"`,
              line,
            );
            piece.link.text = runOn;
          }
          const kept = links.add(piece.link, warn, paragraphLine, field);
          if (kept) pieces.push({ link: kept });
          continue;
        }
        const text = piece.text.replace(LEADING_LABEL_RX, '').replace(TRAILING_LABEL_RX, '');
        // The values were joined one to a line, so a run's line breaks say which value it is in.
        const line = paragraphLine === undefined ? undefined : paragraphLine + (field.lines[piece.lineOffset] ?? field.index);
        if (HAS_WORDS.test(text.replace(URL_TEXT_RX, ''))) pieces.push(line === undefined ? { text } : { text, line });
      }
      const joined = joinLooseText(pieces, 'the Links line');
      for (const note of joined.notes) warn(note.message, note.line);
      unlinked.push(...joined.unlinked.map((loose) => loose.text));
      for (const url of read.repaired) repaired.set(url, repaired.get(url) ?? paragraphLine);
    } else if (field.kind === 'contact') {
      for (const [k, value] of field.values.entries()) {
        const mistake = contactMistake(value);
        const paragraphLine = block.getLineNumber();
        if (mistake) warn(mistake, paragraphLine === undefined ? undefined : paragraphLine + (field.lines[k] ?? field.index));
        contacts.push(...(await readContact(block, value, baseUrl, links, warn)));
      }
    } else {
      for (const value of field.values) {
        for (const part of splitSponsors(value, field.plural)) sponsors.push(await readSponsor(block, part, baseUrl, links, warn));
      }
    }
  }
  return { contacts: dedupeContacts(contacts), links: links.list, sponsors: [...new Set(sponsors.filter((s) => s !== ''))], repaired, unlinked };
}

/**
 * A `link:URL[text` whose `]` was forgotten: Asciidoctor closes it at the next `]`, that of the
 * `URL: link:URL[]` written after it, and the text runs on into that macro up to its `[`.
 */
const RUN_ON_RX = /\s*(?:\bURL\s*:\s*)?\blink:\S*\[[^\]]*$/i;

/** The text a link's author wrote before its text ran on into the next macro, else undefined. */
export function runOnLinkText(text: string): string | undefined {
  const m = RUN_ON_RX.exec(text);
  return m ? text.slice(0, m.index).trim() : undefined;
}

/**
 * Takes the header fields out of every paragraph of the entry's sections (not out of lists,
 * tables or delimited blocks): a paragraph that held only fields is removed, one that also held
 * text keeps the text. Where the entry gives its links at the top, "Links:" under a subsection's
 * heading belong to that part of the text (a team's part on translations) and stay there, and
 * so does a "Contact:" there, which is also the entry's; a sponsor there is the entry's.
 */
function collectMetadata(container: AbstractBlock, out: { field: MetadataField; block: Block; depth: number }[], depth = 0): void {
  const blocks = container.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block instanceof Section) {
      // Depth 0 is the document, 1 the entry's title section, 2 and more its parts.
      collectMetadata(block, out, depth + 1);
    } else if (block instanceof Block && block.getContext() === 'paragraph') {
      const { fields, rest } = splitMetadataLines(block.lines);
      if (fields.length === 0) continue;
      // Sections follow the entry's own paragraphs, so its header's fields are already read here.
      const entryHas = (kind: MetadataField['kind']): boolean => out.some((f) => f.depth < 2 && f.field.kind === kind);
      const inPart = depth >= 2;
      const keepsLinks = inPart && entryHas('links') && fields.some((f) => f.kind === 'links');
      // Whom to ask about that part (a working group's contact) stays where it is said too.
      const keepsContacts = inPart && entryHas('contact') && fields.every((f) => f.kind === 'contact' || (keepsLinks && f.kind === 'links'));
      // A contact said anywhere is still one of the entry's, wherever the paragraph stays.
      for (const field of fields) if (!keepsLinks || field.kind === 'contact') out.push({ field, block, depth });
      if (keepsLinks || keepsContacts) continue;
      // "Links: +" with a blank line after it: the paragraph of links under it is the field's.
      const last = fields.at(-1);
      const next = blocks[i + 1];
      const bare = last?.kind === 'links' && last.values.length === 0 && last.index === block.lines.length - 1;
      const after = bare && next instanceof Block && next.getContext() === 'paragraph' ? linksAfterBareLabel(next.lines) : undefined;
      if (next instanceof Block && after) {
        for (const field of after.fields) out.push({ field, block: next, depth });
        if (after.rest.every((l) => l.trim() === '')) blocks.splice(i + 1, 1);
        else next.lines = after.rest;
      }
      if (rest.every((l) => l.trim() === '')) {
        blocks.splice(i, 1);
        i--;
      } else {
        block.lines = rest;
      }
    }
  }
}

interface Substituting {
  applySubs(text: string, subs?: string[]): Promise<string | string[]>;
}

function isSubstituting(node: object): node is Substituting {
  return 'applySubs' in node && typeof node.applySubs === 'function';
}

/** Inline AsciiDoc → HTML with the block's own substitutions (links, macros, attributes). */
async function applySubs(block: Block, text: string): Promise<string> {
  if (!isSubstituting(block)) return text;
  const out = await block.applySubs(text);
  return Array.isArray(out) ? out.join('\n') : out;
}

async function readContact(block: Block, raw: string, baseUrl: string, links: LinkList, warn: Warn): Promise<Contact[]> {
  // A continuation line once lost its colon: "Contact IRC #channel on EFnet".
  const value = raw.replace(/^Contact\s+(?=\S)/, '');
  const plain = parseContactText(value);
  if (plain) return plain;
  // A mailing list link, an IRC channel…: the text names the contact, links go to the entry's links.
  const read = readInlineHtml(await applySubs(block, value), baseUrl);
  const found = read.links;
  // Asciidoctor keeps an escaping backslash it found nothing to escape for (`\#channel`).
  const text = read.text.replace(/\\(?=[#*_`+[{])/g, '');
  const explicitMail = /mailto:/i.test(value) ? found.find((l) => l.url.startsWith('mailto:')) : undefined;
  // Addresses name the contact; Asciidoctor also autolinks bare ones ("IRC: nick@server"), which are no email.
  for (const link of found) if (!link.url.startsWith('mailto:')) links.add(link, warn, block.getLineNumber());
  if (!text) return [];
  const email = explicitMail?.url.slice('mailto:'.length).split('?')[0];
  return [email ? { name: text, email } : { name: text }];
}

/**
 * A sponsor's name as upstream's page shows it: through the block's substitutions even where it
 * holds no markup, since those also make `'` a typographic apostrophe and `--`, `...`, `(R)`
 * a dash, an ellipsis and ®.
 */
async function readSponsor(block: Block, value: string, baseUrl: string, links: LinkList, warn: Warn): Promise<string> {
  const { text, links: found } = readInlineHtml(await applySubs(block, value), baseUrl);
  for (const link of found) if (link.text !== '') links.add(link, warn, block.getLineNumber());
  const only = found.length === 1 ? found[0] : undefined;
  return only && (only.text === '' || text === '') ? only.url : text;
}

/**
 * An entry's links in order, one per URL (`…/docproj` and `…/docproj/` count as one), except
 * where another Links line names an address already listed, in other words: a part of the entry
 * that gave its own Links ("… on Website") keeps its text beside the first one's.
 */
class LinkList {
  readonly list: Link[] = [];
  private readonly byKey = new Map<string, Link>();
  /** `key\ntext` of every link listed. */
  private readonly texts = new Set<string>();
  /** The Links lines each URL was given in. */
  private readonly linesOf = new Map<string, Set<object>>();

  /**
   * Adds a link and returns the one kept for its URL, which may be an earlier one; undefined where
   * dropped. `linksLine`: the Links field the link was written in, whose texts are the author's
   * own words for their links; one line naming an address twice still lists it once.
   */
  add(link: HtmlLink, warn: Warn, line?: number, linksLine?: object): Link | undefined {
    const url = link.url.trim();
    if (url === '') return undefined;
    if (!isSafeUrl(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      warn(`link dropped, not an absolute http(s)/mailto URL: ${url}`, line);
      return undefined;
    }
    const key = url.replace(/^([a-z]+:\/\/[^/]+)/i, (m) => m.toLowerCase()).replace(/\/+$/, '');
    const seen = this.byKey.get(key);
    const lines = this.linesOf.get(key) ?? new Set<object>();
    this.linesOf.set(key, lines);
    const sameLine = linksLine === undefined || lines.has(linksLine);
    if (linksLine) lines.add(linksLine);
    if (seen) {
      if (seen.text === '' && link.text !== '') {
        seen.text = link.text;
        this.texts.add(`${key}\n${link.text}`);
      }
      if (sameLine || !saysWords(link.text) || this.texts.has(`${key}\n${link.text}`)) return seen;
    }
    const entry = { url, text: link.text };
    if (!seen) this.byKey.set(key, entry);
    this.texts.add(`${key}\n${link.text}`);
    this.list.push(entry);
    return entry;
  }
}

/**
 * Whether a link's text holds words of its own: not only an address, as written beside its link
 * in another spelling (`%7E` for `~`, capitals, no trailing slash, a bare `link:` prefix).
 */
function saysWords(text: string): boolean {
  return HAS_WORDS.test(text.replace(URL_TEXT_RX, '').replace(/\blink:/gi, ''));
}

function dedupeContacts(contacts: Contact[]): Contact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const key = (c.email ?? `name:${c.name}`).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
