import { isWellFormedEmail, seemsSpelledAddress } from '../../model';
import { parseContactText } from './metadata';

// Slips in a `Contact:` value that leave a person with no address: upstream writes
// `Contact: Full Name <user@example.org>` (report-sample.adoc), and people are matched by
// address first. Mailing lists given as links, IRC channels and names alone are legitimate
// and never reported.

const ADDRESS = /[^\s<>@[\]()`'",;:]+@[^\s<>@[\]()`'",;:]+\.[A-Za-z]{2,}/;
/** What may legitimately hold an `@` outside `<…>`: link macros with their text, URLs, mailto:. */
const LINKS = /\blink:[^\s[]*\[[^\]]*\]|\b[a-z][a-z0-9+.-]*:\/\/[^\s[]*(\[[^\]]*\])?|\bmailto:[^\s[]*(\[[^\]]*\])?/gi;
/** A chat handle (`IRC: nick@server`, Matrix) looks like an address and is none. */
const CHAT = /\b(IRC|Matrix|XMPP|Jabber|Signal|Discord|Telegram)\b/i;

function malformedAddress(read: readonly { email?: string }[], value: string): string | undefined {
  const bad = read.find((c) => c.email !== undefined && !isWellFormedEmail(c.email))?.email;
  return bad === undefined ? undefined : `the address ${bad} in the contact "${value}" is not a well-formed email address; kept as written, but mail to it would not arrive`;
}

/** What is wrong with a contact value as written, or undefined when nothing is (a contact read with its address). */
export function contactMistake(value: string): string | undefined {
  const read = parseContactText(value);
  if (read !== undefined) return malformedAddress(read, value);
  // `<<anchor>>` is AsciiDoc's cross reference, not an address in brackets.
  const text = value.replace(/<<[^<>]*>>/g, '');
  if (/<[^>]*$/.test(text)) return `"<" is never closed by ">" in the contact "${value}"; the address is not read, and the person gets none`;
  for (const [, inside = ''] of text.matchAll(/<([^<>]*)>/g)) {
    if (!ADDRESS.test(inside.replace(/^\s*mailto:/i, ''))) return `"<${inside}>" holds no email address in the contact "${value}"; the person gets none`;
  }
  const outside = text.replace(/<[^<>]*>/g, ' ').replace(LINKS, ' ');
  const stray = ADDRESS.exec(outside)?.[0];
  if (stray && !CHAT.test(outside)) return `the address ${stray} is not written in <…> in the contact "${value}"; it is read as part of the name, and the person gets no address`;
  if (!CHAT.test(outside) && seemsSpelledAddress(outside)) {
    return `the contact "${value}" seems to spell an address out ("at", "dot") where it cannot be told from the name; it is read as a name, and the person gets no address (upstream should write Name <user@example.org>)`;
  }
  return undefined;
}
