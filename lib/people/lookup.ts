import type { PeopleIndex, Person } from '../model';
import { personSlug } from './collect';

/** The person (not a team or a list) a name written as a reader would write it names, under any spelling the index knows: "Bjoern Zeeb" → Bjoern A. Zeeb. */
export function personNamed(index: Pick<PeopleIndex, 'bySlug' | 'redirects'>, name: string): Person | undefined {
  const slug = personSlug(name);
  const person = index.bySlug.get(index.redirects.get(slug) ?? slug);
  return person?.kind === 'person' ? person : undefined;
}
