import type { Entry } from '../model';
import { LINK_SCHEMES } from './link-schemes';

// How an entry's links, contacts and sponsor are shown, on pages and in feeds alike: which
// addresses may become links, and what text stands for them.

const SAFE_SCHEMES = new Set(LINK_SCHEMES.map((scheme) => `${scheme}:`));

/** A link as pages and feeds show it: its address if it is safe (`safeHref`), its text, else its address. */
export function linkShown(link: { url: string; text: string }): { href: string | undefined; text: string } {
  return { href: safeHref(link.url), text: link.text.trim() || link.url };
}

/**
 * A link target from front matter that is safe to put in an `href`: absolute URLs of the schemes
 * in LINK_SCHEMES and site-relative paths. Anything else (`javascript:`, `data:`) gives undefined,
 * and the page shows the link's text without a link.
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  if (trimmed.startsWith('#')) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  // A host with an empty label (`example..org`) parses, but names no host and is not a valid URL.
  if (parsed.hostname.split('.').slice(0, -1).includes('')) return undefined;
  return SAFE_SCHEMES.has(parsed.protocol) ? trimmed : undefined;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/;

/** A `mailto:` link for a contact's address, or undefined for one that is none (`x at example.org`, `x@example.org>`). */
export function mailtoHref(email: string): string | undefined {
  return ADDRESS.test(email.trim()) ? `mailto:${email.trim()}` : undefined;
}

/** An IRC channel (`#upt-packaging`, `&local`): upstream wrote some where a contact's address stands. */
const CHANNEL = /^[#&][^\s@,<>]+$/;

/**
 * How one of a contact's addresses is shown: an e-mail address as a `mailto:` link in angle
 * brackets; a channel as the channel it is (a mail client cannot open it, and brackets would make
 * it read as an address); anything else in brackets as given. An address or channel that is the
 * contact's name is not shown twice (upstream named 41 lists and teams by their address alone).
 */
export type ContactAddress = { kind: 'mail'; text: string; href: string } | { kind: 'channel'; text: string } | { kind: 'other'; text: string };

export function contactAddresses(name: string, emails: readonly string[]): ContactAddress[] {
  const shown: ContactAddress[] = [];
  for (const email of emails) {
    const text = email.trim();
    if (text.toLowerCase() === name.trim().toLowerCase()) continue;
    const href = mailtoHref(text);
    if (href) shown.push({ kind: 'mail', text, href });
    else if (CHANNEL.test(text)) shown.push({ kind: 'channel', text });
    else shown.push({ kind: 'other', text });
  }
  return shown;
}

/** Where a sponsor is linked: an address written as the sponsor (a Patreon page), or the entry's link of the sponsor's name. */
export function sponsorHref(sponsor: string, links: Entry['links']): string | undefined {
  if (/^https?:\/\/\S+$/.test(sponsor)) return safeHref(sponsor);
  const named = links.find((link) => link.text.trim() === sponsor);
  return named ? safeHref(named.url) : undefined;
}

/** Contacts one line a person: upstream gave someone with two addresses as two contacts of one name. */
export function contactLines(contacts: Entry['contacts']): { name: string; emails: string[] }[] {
  const lines: { name: string; emails: string[] }[] = [];
  for (const { name, email } of contacts) {
    let line = lines.find((l) => l.name === name);
    if (!line) {
      line = { name, emails: [] };
      lines.push(line);
    }
    if (email && !line.emails.includes(email)) line.emails.push(email);
  }
  return lines;
}
