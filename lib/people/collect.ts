import { SlugAllocator, slugify, slugWords, type Contact, type Entry, type Ledger, type PeopleIndex, type Person, type ProjectIndex } from '../model';
import { extendLedger } from '../content/ledger';
import { decideContactKind, isBareAddress, isFullName, isRoleAddress } from './kind';

function usableEmail(contact: Contact): string | undefined {
  const { email } = contact;
  return email && email.includes('@') && !email.endsWith('@') ? email.toLowerCase() : undefined;
}

/**
 * Names match whatever their case, accents or notes: "René Ladan" is "Rene Ladan", and
 * "Ann Lee (ports)" is "Ann Lee".
 */
export function personKey(name: string): string {
  const named = name.replace(/\([^)]*\)/g, ' ');
  // A name with no Latin letter ("李明") is matched as written, not as the slug every such name shares.
  return nameWords(named) || named.toLowerCase().trim();
}

/** Letters that Unicode does not decompose into a base letter and an accent. */
const TRANSLITERATION: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ı: 'i' };

/** A name's slug, every letter kept: "Søren" → `soren`, "Weiß" → `weiss`; empty for a name with no Latin letter. */
const nameWords = (name: string): string => slugWords(name.replace(/[øØłŁßæÆœŒđĐþÞı]/g, (c) => TRANSLITERATION[c] ?? c));

/** A person's slug: their name's (`nameWords`), else slugify's stand-in. */
export function personSlug(name: string): string {
  return nameWords(name) || slugify(name);
}

const nonAscii = (name: string): number => [...name].filter((c) => c.charCodeAt(0) > 0x7f).length;

/**
 * The name a person, a team or a list is shown under: a full name before a handle or an
 * address, then the one given most often, then the first given; of spellings that differ only
 * in accents ("Smorgrav", "Smørgrav"), the one that has them.
 */
function chooseName(counts: ReadonlyMap<string, number>): string {
  const rank = (n: string): [number, number, number] => [isFullName(n) ? 0 : 1, isBareAddress(n) ? 1 : 0, -(counts.get(n) ?? 0)];
  // A stable sort: of names ranked alike, the first given comes first.
  const names = [...counts.keys()];
  const best = [...names].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[0] ?? '';
  return names.filter((n) => personSlug(n) === personSlug(best)).reduce((b, n) => (nonAscii(n) > nonAscii(b) ? n : b), best);
}

/** One contact of one entry. */
interface Mention {
  entry: number;
  contact: Contact;
  email: string | undefined;
  /** Named the way a team or a list is, not a person. */
  group: boolean;
  bare: boolean;
}

/** The people a contact names one after another ("Ann Lee, Bo Chen, Cy Diaz"), each a full name; else undefined. */
export function namesListed(name: string): string[] | undefined {
  const parts = name.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => !part.includes(',') && isFullName(part)) ? parts : undefined;
}

/** Disjoint sets over mention numbers, each led by its first mention. */
function disjointSets(size: number): { find(i: number): number; union(a: number, b: number): void } {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return {
    find,
    union(a, b) {
      const [x, y] = [find(a), find(b)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    },
  };
}

/**
 * Which mentions of one address are one person or one group. An address that only people use is
 * one person's, whatever spellings of the name it comes with. An address a team or a list is
 * named with is the group's, and a person named with it (a release engineer writing from `re@`)
 * is found by their name instead; so is a person at a role's address (`portmgr-secretary@`),
 * which passes from one holder to the next. A bare address goes with the group where there is one.
 */
function sameAtAddress(at: readonly number[], mentions: readonly Mention[], role: boolean): number[][] {
  const groups = at.filter((i) => mentions[i]!.group && !mentions[i]!.bare);
  const persons = at.filter((i) => !mentions[i]!.group && !mentions[i]!.bare);
  const bare = at.filter((i) => mentions[i]!.bare);
  if (groups.length > 0) return [[...groups, ...bare]];
  return role ? [bare] : [[...persons, ...bare]];
}

/**
 * People are matched by address and by name, as a reader would: the same name under a new
 * address (a personal and a project address, an employer's) is the same person, and so is a new
 * spelling of a name under a known address, and what one links the other carries on
 * ("Pawel Jakub Dawidek" at pjd@, then "Pawel Dawidek" at pjd@, then "Pawel Dawidek" at his own
 * domain). Names match whatever their case, accents or notes (`personKey`); an address links
 * mentions as `sameAtAddress` says. A person is shown under the full name they gave most often
 * (`chooseName`), a team or a list likewise under the name it was given most often (the one
 * readers know it by, and which says whether it is a team or a list). Slugs come from those
 * names, made unique in first-seen order, so they are deterministic. With a project index, each
 * person also lists the projects their entries belong to. Each is a person, a team or a list
 * (`decideContactKind`).
 */
export function collectPeopleIndex(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>, ledger: Ledger = {}): PeopleIndex {
  const mentions: Mention[] = entries.flatMap((entry, index) =>
    entry.contacts.flatMap((contact): Mention[] => {
      const several = namesListed(contact.name);
      // Each of several people named together is one of them; the address they share is none of theirs.
      if (several) return several.map((name) => ({ entry: index, contact: { name }, email: undefined, group: false, bare: false }));
      const email = usableEmail(contact);
      return [{ entry: index, contact, email, group: decideContactKind(contact.name, email ? [email] : []) !== 'person', bare: isBareAddress(contact.name) }];
    }),
  );
  const sets = disjointSets(mentions.length);
  const firstByName = new Map<string, number>();
  const byAddress = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = personKey(m.contact.name);
    const first = firstByName.get(key);
    if (first === undefined) firstByName.set(key, i);
    else sets.union(first, i);
    if (m.email) byAddress.set(m.email, byAddress.get(m.email)?.concat(i) ?? [i]);
  });
  for (const [email, at] of byAddress) {
    for (const same of sameAtAddress(at, mentions, isRoleAddress(email))) for (const i of same.slice(1)) sets.union(same[0]!, i);
  }
  for (const [plain, initialled] of namesWithInitials(firstByName, mentions)) sets.union(plain, initialled);

  const people: Person[] = [];
  const byLeader = new Map<number, { person: Person; counts: Map<string, number>; emails: Set<string> }>();
  const byEntryId = new Map<string, Person[]>();
  mentions.forEach((m, i) => {
    const leader = sets.find(i);
    let found = byLeader.get(leader);
    if (!found) {
      found = { person: { slug: '', name: m.contact.name, names: [], kind: 'person', emails: [], entryIds: [], projects: [] }, counts: new Map(), emails: new Set() };
      byLeader.set(leader, found);
      people.push(found.person);
    }
    const { person, counts, emails } = found;
    // First named by an address alone ("someone@FreeBSD.org"), later by their name.
    if (isBareAddress(person.name) && !m.bare) person.name = m.contact.name;
    if (m.email && !emails.has(m.email)) {
      emails.add(m.email);
      person.emails.push(m.contact.email!);
    }
    const entry = entries[m.entry]!;
    const named = byEntryId.get(entry.id) ?? [];
    byEntryId.set(entry.id, named);
    if (named.includes(person)) return;
    named.push(person);
    counts.set(m.contact.name, (counts.get(m.contact.name) ?? 0) + 1);
    person.entryIds.push(entry.id);
    const project = projects?.byEntryId.get(entry.id)?.slug;
    if (project !== undefined && !person.projects.includes(project)) person.projects.push(project);
  });
  for (const entry of entries) if (!byEntryId.has(entry.id)) byEntryId.set(entry.id, []);

  // Names and slugs once every name is known, still in first-seen order.
  const slugs = new SlugAllocator();
  for (const { person, counts } of byLeader.values()) {
    person.name = chooseName(counts);
    person.kind = decideContactKind(person.name, person.emails);
    person.names = [person.name, ...[...counts.keys()].filter((n) => n !== person.name)];
    // A name with no Latin letter takes its address's words, not the stand-in every such name shares.
    person.slug = slugs.allocate(nameWords(person.name) || personSlug(person.emails[0]?.split('@')[0] ?? ''));
  }
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  const redirects = new Map<string, string>();
  for (const person of people) {
    for (const name of person.names.slice(1)) {
      const slug = personSlug(name);
      if (slug !== '' && !bySlug.has(slug) && !redirects.has(slug)) redirects.set(slug, person.slug);
    }
  }
  for (const [slug, ids] of Object.entries(ledger)) {
    if (bySlug.has(slug) || redirects.has(slug)) continue;
    const holder = holderOf(ids, byEntryId, people);
    if (holder) redirects.set(slug, holder.slug);
  }
  return { people, bySlug, byEntryId, redirects, ledger: extendLedger(ledger, people) };
}

/**
 * A name given with middle initials and without them ("Alan L. Cox", "Alan Cox"), each as the
 * mention that first gave it: one person, as a reader takes it, when just one set of initials
 * goes with the name ("John A. Smith" and "John B. Smith" are two people, and leave "John Smith" alone).
 */
function namesWithInitials(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[]): [number, number][] {
  const initialled = new Map<string, string[]>();
  for (const [key, at] of firstByName) {
    if (mentions[at]!.group || mentions[at]!.bare) continue;
    const words = key.split('-');
    const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
    if (kept.length === words.length || kept.length < 2) continue;
    const plain = kept.join('-');
    initialled.set(plain, [...(initialled.get(plain) ?? []), key]);
  }
  const pairs: [number, number][] = [];
  for (const [plain, keys] of initialled) {
    const at = firstByName.get(plain);
    if (at !== undefined && keys.length === 1 && !mentions[at]!.group) pairs.push([at, firstByName.get(keys[0]!)!]);
  }
  return pairs;
}

/** The person named by most of the entries (the first seen of equals), if any still names one. */
function holderOf(ids: readonly string[], byEntryId: ReadonlyMap<string, Person[]>, people: readonly Person[]): Person | undefined {
  const counts = new Map<Person, number>();
  for (const id of ids) for (const person of byEntryId.get(id) ?? []) counts.set(person, (counts.get(person) ?? 0) + 1);
  let best: Person | undefined;
  for (const person of people) {
    const count = counts.get(person) ?? 0;
    if (count > 0 && (best === undefined || count > (counts.get(best) ?? 0))) best = person;
  }
  return best;
}

/** The people of `collectPeopleIndex`, without the lookups. */
export function collectPeople(entries: readonly Entry[], projects?: Pick<ProjectIndex, 'byEntryId'>): Person[] {
  return collectPeopleIndex(entries, projects).people;
}
