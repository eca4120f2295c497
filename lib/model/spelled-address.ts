/**
 * Addresses some authors wrote with "@" and "." spelled out, to keep them from address
 * harvesters: `user_at_example_dot_org`, `user-at-example.org`, `user(at)example(dot)org`,
 * `user [at] example [dot] org`, `user at example dot org`. People are matched by address first,
 * so one read as a name (or kept as a broken address) splits a person in two.
 */

/** "@" spelled with marks no word uses; `-at-` needs the letters on both sides, as in `jane-at-example.org`. */
const MARKED_AT = /\s*(?:_at_|(?<=\w)-at-(?=\w)|\(at\)|\[at\]|\{at\}|<at>)\s*/gi;
const MARKED_DOT = /\s*(?:_dot_|(?<=\w)-dot-(?=\w)|\(dot\)|\[dot\]|\{dot\}|<dot>)\s*/gi;
/** "at" and "dot" as words: unambiguous only where the text is known to be an address (`<email>`, `<…>`). */
const WORD_AT = /\s+at\s+/gi;
const WORD_DOT = /\s+dot\s+/gi;

const ADDRESS = /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;

const count = (text: string, rx: RegExp): number => [...text.matchAll(rx)].length;

/**
 * The address a text meant to hold nothing else spells out (an `<email>`, what a contact put
 * in `<…>`, a `mailto:` target), or undefined where it spells none, or not exactly one "@", or
 * does not give an address once read. `words`: "at" and "dot" as plain words count too.
 */
export function readSpelledAddress(text: string, words = true): string | undefined {
  const value = text.trim();
  if (value.includes('@')) return undefined;
  const ats = count(value, MARKED_AT) + (words ? count(value, WORD_AT) : 0);
  if (ats !== 1) return undefined;
  let address = value.replace(MARKED_AT, '@').replace(MARKED_DOT, '.');
  if (words) address = address.replace(WORD_AT, '@').replace(WORD_DOT, '.');
  return ADDRESS.test(address) ? address : undefined;
}

/**
 * A name followed by one spelled-out address, as in `Jane Doe jane-at-example.org` or
 * `Jane Doe (jane_at_example_dot_org)`: the address is the last word and is spelled with marks
 * (`_at_`, `-at-`, `(at)`…), so where the name ends cannot be in doubt. Undefined for anything else.
 */
export function splitSpelledAddress(text: string): { name: string; email: string } | undefined {
  const match = /^(.*?)[\s,;]*[<([]?(\S+?)[>)\]]?$/.exec(text.trim());
  const [, before = '', last = ''] = match ?? [];
  const email = readSpelledAddress(last, false);
  if (!email) return undefined;
  return { name: before.trim() || email, email };
}

/**
 * Whether a text seems to spell an address out (`jane at example dot org`, `jane(at)example`)
 * that neither function above could read: worth a warning, as its person gets no address.
 */
export function seemsSpelledAddress(text: string): boolean {
  if (count(text, MARKED_AT) > 0) return true;
  // A user name is written small ("jane at example dot org"); "Engineer at FreeBSD.org" is a job.
  return /(?:^|[\s(<[])[a-z0-9._-]+\s+(?:at|\(at\)|\[at\])\s+[A-Za-z0-9-]+(?:\s+dot\s+|\.)[A-Za-z]{2,}\b/.test(text);
}
