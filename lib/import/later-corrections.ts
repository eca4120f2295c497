import { diffArrays } from 'diff';
import type { Contact, Entry, Link } from '../model';
import type { ImportProblem } from './types';

/**
 * Words a correction may change at most, on either side. Upstream went on fixing its pages after
 * the last XML commit (December 2020): a misspelt word, a team's name, a link that moved. Longer
 * differences between the two readings are the readers' (a heading one of them drops), not edits.
 */
const MAX_CORRECTION_WORDS = 4;
/**
 * Words the two readings must share on each side of a correction (or the text's start or end):
 * a rewritten passage shares a "the" here and there with what it replaced, a corrected one all
 * but the words corrected.
 */
const MIN_SHARED_CONTEXT = 2;

/** One change upstream's page makes to the XML's wording. */
export interface LaterCorrection {
  from: string;
  to: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokensOf = (text: string): Token[] => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** The same characters but for backticks and spacing: the readers render `<pre>` and `<tt>` apart, the words are one. */
const sameButCode = (a: readonly string[], b: readonly string[]): boolean => a.join('').replace(/`/g, '') === b.join('').replace(/`/g, '');

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The XML entry's Markdown with the page's word-for-word corrections made in it. Only changes of
 * a few words on both sides count: a part only one reading has is how that reader renders it.
 */
function correctedText(text: string, page: string): { text: string; corrections: LaterCorrection[] } {
  const ours = tokensOf(text);
  const parts = diffArrays(
    ours.map((t) => t.text),
    tokensOf(page).map((t) => t.text),
  );
  const replacements: { start: number; end: number; text: string }[] = [];
  const corrections: LaterCorrection[] = [];
  const consider = (at: number, removed: readonly string[], added: readonly string[]): void => {
    if (removed.length > MAX_CORRECTION_WORDS || added.length > MAX_CORRECTION_WORDS || sameButCode(removed, added)) return;
    const [first, last] = [ours[at]!, ours[at + removed.length - 1]!];
    if (removed.length === added.length) {
      // Word for word, so the spacing and line breaks between them stay as they were.
      removed.forEach((_, k) => replacements.push({ start: ours[at + k]!.start, end: ours[at + k]!.end, text: added[k]! }));
    } else if (!text.slice(first.start, last.end).includes('\n')) {
      replacements.push({ start: first.start, end: last.end, text: added.join(' ') });
    } else return;
    corrections.push({ from: removed.join(' '), to: added.join(' ') });
  };
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      at += part.value.length;
      continue;
    }
    const next = parts[i + 1];
    if (!next || (!next.added && !next.removed)) {
      if (part.removed) at += part.value.length;
      continue;
    }
    const [removed, added] = part.removed ? [part.value, next.value] : [next.value, part.value];
    // Shared words running to the text's start or end count however few they are.
    const shared = (k: number): boolean => {
      const p = parts[k];
      return !p || (!p.added && !p.removed && (p.value.length >= MIN_SHARED_CONTEXT || k === 0 || k === parts.length - 1));
    };
    if (shared(i - 1) && shared(i + 2)) consider(at, removed, added);
    at += removed.length;
    i++;
  }
  let corrected = text;
  for (const r of replacements.sort((a, b) => b.start - a.start)) corrected = corrected.slice(0, r.start) + r.text + corrected.slice(r.end);
  return { text: corrected, corrections };
}

/**
 * The page's `field` of each item (a link's target, a contact's name) where both readings list the
 * same number of items and the two at one place are one (`same`: a link by its text, a contact by
 * its address); any other item stays as the XML gives it.
 */
function correctedField<T, K extends keyof T & string>(ours: readonly T[], page: readonly T[], same: (a: T, b: T) => boolean, field: K): { items: T[]; corrections: LaterCorrection[] } {
  const corrections: LaterCorrection[] = [];
  if (ours.length !== page.length) return { items: [...ours], corrections };
  const items = ours.map((item, i) => {
    const other = page[i]!;
    const [from, to] = [String(item[field]), String(other[field])];
    if (!same(item, other) || collapse(from) === collapse(to)) return item;
    corrections.push({ from, to });
    return { ...item, [field]: other[field] };
  });
  return { items, corrections };
}

const sameLinkText = (a: Link, b: Link): boolean => collapse(a.text) === collapse(b.text);
const sameAddress = (a: Contact, b: Contact): boolean => a.email !== undefined && a.email.toLowerCase() === b.email?.toLowerCase();

function correctedEntry(entry: Entry, page: Entry): { entry: Entry; corrections: LaterCorrection[] } {
  const title = collapse(page.title) !== collapse(entry.title) ? page.title : entry.title;
  const body = correctedText(entry.body, page.body);
  const links = correctedField(entry.links, page.links, sameLinkText, 'url');
  const contacts = correctedField(entry.contacts, page.contacts, sameAddress, 'name');
  const corrections = [...(title === entry.title ? [] : [{ from: entry.title, to: title }]), ...contacts.corrections, ...body.corrections, ...links.corrections];
  return { entry: corrections.length === 0 ? entry : { ...entry, title, contacts: contacts.items, body: body.text, links: links.items }, corrections };
}

const quoted = (c: LaterCorrection): string => `"${c.from}" → "${c.to}"`;

/**
 * The XML's entries as upstream publishes them today: where the page rendered from the same
 * report (matched by slug, which both readers make from the title as written) changes a title,
 * a contact's name, a few words or a link's target, the page's wording is taken. Each corrected
 * entry gets a warning naming its XML line and what changed, so that editors can see the XML is behind.
 */
export function applyLaterCorrections(entries: readonly Entry[], pageEntries: readonly Entry[]): { entries: Entry[]; problems: ImportProblem[] } {
  const pageBySlug = new Map(pageEntries.map((e) => [e.slug, e]));
  const problems: ImportProblem[] = [];
  const corrected = entries.map((entry) => {
    const page = pageBySlug.get(entry.slug);
    if (!page) return entry;
    const result = correctedEntry(entry, page);
    if (result.corrections.length > 0) {
      const shown = result.corrections.slice(0, 3).map(quoted).join(', ');
      const more = result.corrections.length > 3 ? ` and ${result.corrections.length - 3} more` : '';
      problems.push({
        severity: 'warning',
        file: entry.source.file,
        ...(entry.source.line ? { line: entry.source.line } : {}),
        message: `upstream's page for "${entry.title}" was corrected after this XML was last committed: ${shown}${more}; the page's wording is kept`,
      });
    }
    return result.entry;
  });
  return { entries: corrected, problems };
}
