import { SlugAllocator, slugify, type Contact, type Entry } from '../model';
import type { ProjectIndex } from '../projects/types';

export interface Person {
  slug: string;
  name: string;
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

function personKey(contact: Contact): string {
  const { name, email } = contact;
  return email && email.includes('@') && !email.endsWith('@') ? `mail:${email.toLowerCase()}` : `name:${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * One person per address, and per name where a contact has no usable address.
 * Slugs come from names, made unique in first-seen order, so they are deterministic.
 * With a project index, each person also lists the projects their entries belong to.
 */
export function collectPeopleIndex(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>): PeopleIndex {
  const byKey = new Map<string, Person>();
  const byEntryId = new Map<string, Person[]>();
  const slugs = new SlugAllocator();
  for (const entry of entries) {
    const named: Person[] = [];
    for (const contact of entry.contacts) {
      const key = personKey(contact);
      let person = byKey.get(key);
      if (!person) {
        const slug = slugs.allocate(slugify(contact.name));
        person = { slug, name: contact.name, emails: contact.email ? [contact.email] : [], entryIds: [], projects: [] };
        byKey.set(key, person);
      }
      if (named.includes(person)) continue;
      named.push(person);
      person.entryIds.push(entry.id);
      const project = projects?.byEntryId.get(entry.id)?.slug;
      if (project !== undefined && !person.projects.includes(project)) person.projects.push(project);
    }
    byEntryId.set(entry.id, named);
  }
  const people = [...byKey.values()];
  return { people, bySlug: new Map(people.map((p) => [p.slug, p])), byEntryId };
}

/** The people of `collectPeopleIndex`, without the lookups. */
export function collectPeople(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>): Person[] {
  return collectPeopleIndex(entries, projects).people;
}
