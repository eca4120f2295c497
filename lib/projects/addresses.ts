import { readSpelledAddress, type Contact, type Entry } from '../model';

/**
 * An address as written, spelled out against spam ("x_at_y_dot_org", read as the import reads it)
 * or cut short ("x@"), lowercased; content folders written by editors or by older imports still hold both.
 */
function spelledAddress(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  // A spelled address cut short ("jane_at_", "jane_at_example") is no whole address to the import's
  // reader, yet here it can still be completed to the one address it begins.
  const email = (readSpelledAddress(text) ?? text.replace(/[_\s]+at[_\s]+/i, '@').replace(/[_\s]+dot[_\s]+/gi, '.')).toLowerCase();
  return /^[^@\s]+@[^@\s]*$/.test(email) ? email : undefined;
}

/**
 * Addresses of the entries, each cut-short one ("bugmeister@", "x@freebsd") completed to the one
 * full address that begins with it, if exactly one does.
 */
export function addressBook(entries: readonly Entry[]): (contact: Contact) => string | undefined {
  const full = new Set<string>();
  for (const entry of entries) for (const c of entry.contacts) {
    const email = spelledAddress(c.email);
    if (email && /@[^@.]+\.[^@]+$/.test(email)) full.add(email);
  }
  const completions = new Map<string, string | null>();
  const complete = (email: string): string => {
    if (full.has(email)) return email;
    if (!completions.has(email)) {
      const matches = [...full].filter((f) => f.startsWith(email.includes('.') || email.endsWith('@') ? email : `${email}.`));
      completions.set(email, matches.length === 1 ? matches[0]! : null);
    }
    return completions.get(email) ?? email;
  };
  return (contact) => {
    const email = spelledAddress(contact.email);
    return email === undefined ? undefined : complete(email);
  };
}
