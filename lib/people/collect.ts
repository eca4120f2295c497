import { SlugAllocator, slugify, type Contact, type Entry } from '../model';
import type { ProjectIndex } from '../projects/types';
import { decideContactKind, isBareAddress, type ContactKind } from './kind';

export interface Person {
  slug: string;
  /** The first name given that is not a bare address, else the first given. */
  name: string;
  /** A person, or a team or mailing list named where a person would be. */
  kind: ContactKind;
  emails: string[];
  /** Ids of the entries naming this person, oldest first. */
  entryIds: string[];
  /**
   * Slugs of the projects this person reported on, in the order of their first entry in each.
   * Empty when `collectPeople` was given no project index.
   */
  projects: string[];
}

/** Every person of a knowledge base, and the ways pages look them up. */
export interface PeopleIndex {
  /** In first-seen order (the order the entries were given in). */
  people: Person[];
  bySlug: ReadonlyMap<string, Person>;
  /** Entry id → the people it names, in the order of its contacts, each once. */
  byEntryId: ReadonlyMap<string, Person[]>;
}

function usableEmail(contact: Contact): string | undefined {
  const { email } = contact;
  return email && email.includes('@') && !email.endsWith('@') ? email.toLowerCase() : undefined;
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Letters that Unicode does not decompose into a base letter and an accent. */
const TRANSLITERATION: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ı: 'i' };

/** A person's slug keeps every letter of their name: "Søren" → `soren`, "Weiß" → `weiss`. */
export function personSlug(name: string): string {
  return slugify(name.replace(/[øØłŁßæÆœŒđĐþÞı]/g, (c) => TRANSLITERATION[c] ?? c));
}

/**
 * People are matched by address first, then by full name: the same name under a new address
 * (a personal and a project address, an employer's) is the same person, as it is to a reader.
 * A contact with no usable address is matched by name alone. Slugs come from names, made unique
 * in first-seen order, so they are deterministic. With a project index, each person also lists
 * the projects their entries belong to. Each is a person, a team or a list (`decideContactKind`).
 */
export function collectPeopleIndex(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>): PeopleIndex {
  const byEmail = new Map<string, Person>();
  const byName = new Map<string, Person>();
  const people: Person[] = [];
  const byEntryId = new Map<string, Person[]>();
  for (const entry of entries) {
    const named: Person[] = [];
    for (const contact of entry.contacts) {
      const email = usableEmail(contact);
      let person = (email && byEmail.get(email)) || byName.get(nameKey(contact.name));
      if (!person) {
        person = { slug: '', name: contact.name, kind: 'person', emails: [], entryIds: [], projects: [] };
        people.push(person);
        byName.set(nameKey(contact.name), person);
      } else if (isBareAddress(person.name) && !isBareAddress(contact.name)) {
        // First named by an address alone ("someone@FreeBSD.org"), later by their name.
        person.name = contact.name;
        if (!byName.has(nameKey(contact.name))) byName.set(nameKey(contact.name), person);
      }
      if (email && !byEmail.has(email)) {
        byEmail.set(email, person);
        person.emails.push(contact.email!);
      }
      if (named.includes(person)) continue;
      named.push(person);
      person.entryIds.push(entry.id);
      const project = projects?.byEntryId.get(entry.id)?.slug;
      if (project !== undefined && !person.projects.includes(project)) person.projects.push(project);
    }
    byEntryId.set(entry.id, named);
  }
  // Slugs once every name is known, still in first-seen order.
  const slugs = new SlugAllocator();
  for (const person of people) {
    person.slug = slugs.allocate(personSlug(person.name));
    person.kind = decideContactKind(person.name, person.emails);
  }
  return { people, bySlug: new Map(people.map((p) => [p.slug, p])), byEntryId };
}

/** The people of `collectPeopleIndex`, without the lookups. */
export function collectPeople(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>): Person[] {
  return collectPeopleIndex(entries, projects).people;
}
