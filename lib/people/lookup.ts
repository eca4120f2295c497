import type { PeopleIndex, Person } from '../model';
import { personKey, personSlug } from './collect';
import { isPlaceholderName } from './kind';

/** The person (not a team or a list) a name written as a reader would write it names, under any spelling the index knows: "Bjoern Zeeb" → Bjoern A. Zeeb. */
export function personNamed(index: Pick<PeopleIndex, 'bySlug' | 'redirects'>, name: string): Person | undefined {
  const slug = personSlug(name);
  const person = index.bySlug.get(index.redirects.get(slug) ?? slug);
  return person?.kind === 'person' ? person : undefined;
}

/**
 * The slug of the person (or team, or list) each contact line of an entry names, by the line's
 * name: the one of the entry's people known by that name, else the one with one of its
 * addresses. A line that is several people ("Ann Lee, Bo Chen") or fits none has no slug, nor
 * has one naming no one ("John Doe"): its name would lead to whoever its address reaches.
 */
export function contactSlugs(index: Pick<PeopleIndex, 'byEntryId'>, entryId: string, lines: readonly { name: string; emails: readonly string[] }[]): Map<string, string> {
  const people = index.byEntryId.get(entryId) ?? [];
  const slugs = new Map<string, string>();
  for (const { name, emails } of lines) {
    if (isPlaceholderName(name)) continue;
    const addresses = new Set(emails.map((e) => e.toLowerCase()));
    const byName = people.filter((p) => p.names.some((n) => personKey(n) === personKey(name)));
    const byAddress = people.filter((p) => p.emails.some((e) => addresses.has(e.toLowerCase())));
    const [person, ...others] = byName.length > 0 ? byName : byAddress;
    if (person && others.length === 0) slugs.set(name, person.slug);
  }
  return slugs;
}
