import { SlugAllocator, slugify, type Entry } from '../model';

export interface Person {
  slug: string;
  name: string;
  emails: string[];
  /** Ids of the entries naming this person, oldest first. */
  entryIds: string[];
}

function personKey(name: string, email: string | undefined): string {
  return email && email.includes('@') && !email.endsWith('@') ? `mail:${email.toLowerCase()}` : `name:${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * One person per address, and per name where a contact has no usable address.
 * Slugs come from names, made unique in first-seen order, so they are deterministic.
 */
export function collectPeople(entries: readonly Entry[]): Person[] {
  const byKey = new Map<string, Person>();
  const slugs = new SlugAllocator();
  for (const entry of entries) {
    for (const contact of entry.contacts) {
      const key = personKey(contact.name, contact.email);
      let person = byKey.get(key);
      if (!person) {
        const slug = slugs.allocate(slugify(contact.name));
        person = { slug, name: contact.name, emails: contact.email ? [contact.email] : [], entryIds: [] };
        byKey.set(key, person);
      }
      if (person.entryIds[person.entryIds.length - 1] !== entry.id) person.entryIds.push(entry.id);
    }
  }
  return [...byKey.values()];
}
