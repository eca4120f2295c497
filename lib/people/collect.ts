import { SlugAllocator, slugify, slugWords, type Contact, type Entry, type Ledger, type PeopleIndex, type Person, type ProjectIndex } from '../model';
import { extendLedger } from '../content/ledger';
import { clearlyDifferentNames } from './given-names';
import { decideContactKind, isBareAddress, isChatHandle, isFullName, isListAddress, isPlaceholderName, isRoleAddress, splitAddress } from './kind';

function usableEmail(contact: Contact): string | undefined {
  const { email } = contact;
  return email && email.includes('@') && !email.endsWith('@') ? email.toLowerCase() : undefined;
}

/** A word after a name saying what the person is ("Ann Lee Committer"): no part of the name. */
const ROLE_AFTER_NAME = /\s+(?:committer|contributor|maintainer|developer|mentor|author)\s*$/i;

/** A name without the role written after it, where two words or more remain: "Ann Mentor" may be her name. */
function withoutRole(name: string): string {
  const stripped = name.replace(ROLE_AFTER_NAME, '').trim();
  return /\s/.test(stripped) ? stripped : name;
}

/** A contact's name without its notes in parentheses and its role: what is matched of it. */
function namedPart(name: string): string {
  return withoutRole(name.replace(/\([^)]*\)/g, ' ')).trim();
}

/**
 * Names match whatever their case, accents or notes: "René Ladan" is "Rene Ladan", and
 * "Ann Lee (ports)" is "Ann Lee".
 */
export function personKey(name: string): string {
  const named = namedPart(name);
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

/** Words that name no group in particular ("Information", "Official"): any conference's or company's contact is called so. */
const GENERIC_GROUP_WORDS = new Set(['information', 'info', 'official', 'contact', 'contacts', 'general', 'enquiries', 'inquiries', 'office', 'staff', 'team', 'the']);

/** A group's name made of `GENERIC_GROUP_WORDS` alone, which says whose it is nowhere. */
function saysNothing(name: string): boolean {
  const words = slugWords(name).split('-');
  return words[0] !== '' && words.every((w) => GENERIC_GROUP_WORDS.has(w));
}

/**
 * A team named only by what it is ("Official", "Information") is known by its address's host:
 * "Official (bsd-pl.example)", on a page and in a list of teams beside the others.
 */
function namedWithHost(name: string, emails: readonly string[]): string {
  const email = emails[0];
  if (!saysNothing(name) || email === undefined) return name;
  return `${name} (${splitAddress(email).domain.replace(/^www\./, '')})`;
}

const nonAscii = (name: string): number => [...name].filter((c) => c.charCodeAt(0) > 0x7f).length;

/**
 * The name a person, a team or a list is shown under: a full name before a handle or an
 * address, a name before one with a role after it or its surname cut to an initial, then the
 * one given most often, then the first given, completed where another name goes on
 * (`completed`); of spellings that differ only in accents ("Smorgrav", "Smørgrav"), the one
 * that has them. A group's name that says nothing of whose it is ("Information") comes after any
 * that does ("EuroBSDCon Organizing Committee").
 */
function chooseName(counts: ReadonlyMap<string, number>): string {
  const names = [...counts.keys()];
  // A group's name that says whose it is before one that says nothing ("Information"), which its address says better.
  const whose = names.some((n) => !saysNothing(n) && !isBareAddress(n));
  const rank = (n: string): number[] => [whose && saysNothing(n) ? 1 : 0, isFullName(n) ? 0 : 1, ROLE_AFTER_NAME.test(n) || surnameCut(n) ? 1 : 0, isBareAddress(n) ? 1 : 0, -(counts.get(n) ?? 0)];
  // A stable sort: of names ranked alike, the first given comes first.
  const most = [...names].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x.reduce((d, v, i) => d || v - (y[i] ?? 0), 0);
  })[0] ?? '';
  const best = completed(most, counts);
  const chosen = names.filter((n) => personSlug(n) === personSlug(best)).reduce((b, n) => (nonAscii(n) > nonAscii(b) ? n : b), best);
  return withoutSharedNote(chosen, names);
}

const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/**
 * The name without the note after it ("Ann Lee (ports)") when every spelling given carries one:
 * then no spelling shows the name alone, and the note, which says what the person was to some
 * entries, is no part of it nor of the slug. A team's note stays ("Web Team (www@)" may be all
 * that tells two teams apart).
 */
function withoutSharedNote(name: string, names: readonly string[]): string {
  const stripped = name.replace(TRAILING_NOTE, '');
  if (stripped === name || !isFullName(stripped)) return name;
  return names.every((n) => isBareAddress(n) || TRAILING_NOTE.test(n)) ? stripped : name;
}

/** A name's words as written apart, each folded: "Kowalczyk-Lee" is one word, a surname of its own. */
const keyWords = (name: string): string[] => withoutRole(name.replace(/\([^)]*\)/g, ' ')).trim().split(/\s+/).map(personKey).filter(Boolean);

/** A name whose last word is an initial ("Bryan V."): a surname cut short. */
const surnameCut = (name: string): boolean => keyWords(name).at(-1)?.length === 1;

/** Entries that must give a longer name for it to complete a shorter one: once may be a slip or a note ("Ann Lee Netflix"). */
const MIN_COMPLETING_USES = 2;

/**
 * The longest full name, given in `MIN_COMPLETING_USES` entries and with no role after it, that
 * goes on where `name` stops ("Joe Marcus Clarke" of "Joe Marcus"): a name given without its
 * last words lacks the surname, however often it was given so. A middle name ("Pawel Jakub
 * Dawidek") leaves the shorter name whole. `counts`: each name and the entries giving it.
 */
function completed(name: string, counts: ReadonlyMap<string, number>): string {
  const words = keyWords(name);
  const longer = [...counts.keys()].filter((n) => {
    const other = keyWords(n);
    return other.length > words.length && isFullName(n) && !ROLE_AFTER_NAME.test(n) && (counts.get(n) ?? 0) >= MIN_COMPLETING_USES && words.every((w, i) => other[i] === w);
  });
  return longer.sort((a, b) => keyWords(b).length - keyWords(a).length)[0] ?? name;
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
 * one person's, whatever spellings of the name it comes with, unless two of its full names are
 * clearly two people's (`clearlyDifferentNames`: "Eric Lund" and "Jonathan Lund" at `lund@`, a
 * surname's login): then each is found by their name. An address a team or a list is named with
 * is the group's, and a person named with it (a release engineer writing from `re@`) is found by
 * their name instead; so is a person at a role's address (`portmgr-secretary@`), which passes
 * from one holder to the next. A bare address goes with the group where there is one, else with
 * the first person.
 */
function sameAtAddress(at: readonly number[], mentions: readonly Mention[], role: boolean): number[][] {
  const groups = at.filter((i) => mentions[i]!.group && !mentions[i]!.bare);
  const persons = at.filter((i) => !mentions[i]!.group && !mentions[i]!.bare);
  const bare = at.filter((i) => mentions[i]!.bare);
  if (groups.length > 0) return [[...groups, ...bare]];
  if (role) return [bare];
  const [first = [], ...others] = personsAtAddress(persons, mentions);
  return [[...first, ...bare], ...others];
}

/**
 * The people among one address's mentions of persons, in first-seen order: a full name joins the
 * first run holding a name it may be one with (however spelled), else starts its own; anything
 * else (a handle, a placeholder) says too little to tell, and joins the first run. A note after
 * a name ("Jon Lund (ports)") is not part of it: the name still tells, as its key (`personKey`)
 * would join it to the same name without the note anyway.
 */
function personsAtAddress(persons: readonly number[], mentions: readonly Mention[]): number[][] {
  const runs: { names: string[]; at: number[] }[] = [];
  for (const i of persons) {
    const { name } = mentions[i]!.contact;
    const key = isFullName(namedPart(name)) ? personKey(name) : undefined;
    const run = key === undefined ? runs[0] : runs.find((r) => r.names.length === 0 || r.names.some((n) => !clearlyDifferentNames(n, key)));
    if (run) {
      run.at.push(i);
      if (key !== undefined && !run.names.includes(key)) run.names.push(key);
    } else runs.push({ names: key === undefined ? [] : [key], at: [i] });
  }
  return runs.map((r) => r.at);
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
  const known = knownNames(entries);
  const mentions: Mention[] = entries.flatMap((entry, index) =>
    entry.contacts.flatMap((contact): Mention[] => {
      const several = peopleOfContact(contact.name, known);
      // Each of several people named together is one of them; the address they share is none of theirs.
      if (several) return several.filter((name) => !isPlaceholderName(name)).map((name) => ({ entry: index, contact: { name }, email: undefined, group: false, bare: false }));
      const email = usableEmail(contact);
      // "Several", "John Doe": no one's name. The address, if any, still names whoever it reaches
      // (a list's, as often), as it would given alone; without one, the contact names no one.
      if (isPlaceholderName(contact.name)) {
        return email ? [{ entry: index, contact: { ...contact, name: contact.email! }, email, group: decideContactKind(email, [email]) !== 'person', bare: true }] : [];
      }
      return [{ entry: index, contact, email, group: decideContactKind(contact.name, email ? [email] : []) !== 'person', bare: isBareAddress(contact.name) }];
    }),
  );
  const sets = disjointSets(mentions.length);
  const firstByName = new Map<string, number>();
  const byAddress = new Map<string, number[]>();
  // A handle written under a contact is that contact's, not a name to match across entries: two
  // people may give one channel or one shared handle.
  const reachesPrevious = (m: Mention, i: number): boolean => i > 0 && !m.email && isChatHandle(m.contact.name) && mentions[i - 1]!.entry === m.entry;
  mentions.forEach((m, i) => {
    if (reachesPrevious(m, i)) {
      sets.union(i - 1, i);
      return;
    }
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
  const logins = loginsByName(mentions);
  for (const [a, b] of namesReordered(firstByName, mentions, logins)) sets.union(a, b);
  for (const [a, b] of slipsAtOneLogin(firstByName, mentions, logins)) sets.union(a, b);
  for (const [full, shortened] of surnamesShortened(firstByName, mentions)) sets.union(full, shortened);
  for (const [longer, shorter] of givenNameAdded(firstByName, mentions)) sets.union(longer, shorter);
  for (const same of groupsNamedAlike(mentions)) for (const i of same.slice(1)) sets.union(same[0]!, i);

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
    if (person.kind !== 'person') person.name = namedWithHost(person.name, person.emails);
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
  // A spelling's slug answered too, so it is published with its person's entries: when a later import no longer gives the spelling, it still leads there.
  const spellings = [...redirects].map(([slug, to]) => ({ slug, entryIds: bySlug.get(to)!.entryIds }));
  for (const [slug, ids] of Object.entries(ledger)) {
    // A placeholder's page published before ("several") was no one's: it leads to none of the entry's people.
    if (bySlug.has(slug) || redirects.has(slug) || isPlaceholderName(slug)) continue;
    const holder = holderOf(ids, byEntryId, people);
    if (holder) redirects.set(slug, holder.slug);
  }
  return { people, bySlug, byEntryId, redirects, ledger: extendLedger(ledger, [...people, ...spellings]) };
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

/** The `personKey` of every full name a contact gives, alone or listed with others: the names `namesRunTogether` may split a contact into. */
export function knownNames(entries: readonly Entry[]): Set<string> {
  return new Set(
    entries
      .flatMap((e) => e.contacts.flatMap((c) => namesListed(c.name) ?? (isFullName(c.name) ? [c.name] : [])))
      .filter((name) => !isPlaceholderName(name))
      .map(personKey),
  );
}

/** The people one contact names when it names several (listed, or run together), else undefined. */
export function peopleOfContact(name: string, known: ReadonlySet<string>): string[] | undefined {
  return namesListed(name) ?? namesRunTogether(name, known);
}

/** Fewest words of a contact naming several people with nothing between them ("Ann Lee Bo Chen"). */
const MIN_RUN_TOGETHER_WORDS = 4;

/**
 * The people a contact names one after another without commas ("Ann Lee Bo Chen Cy Diaz"), when
 * its words split into names each given on its own elsewhere (`known`, by `personKey`), two
 * words or more each; else undefined. A name no one else gives is not split: it may be one
 * person's long name.
 */
export function namesRunTogether(name: string, known: ReadonlySet<string>): string[] | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < MIN_RUN_TOGETHER_WORDS || !isFullName(name)) return undefined;
  // runs[i]: a split of the first i words into known names, or undefined where there is none.
  const runs: (string[] | undefined)[] = [[]];
  for (let end = 2; end <= words.length; end++) {
    for (let start = end - 2; start >= 0 && runs[end] === undefined; start--) {
      const part = words.slice(start, end).join(' ');
      if (runs[start] !== undefined && (start > 0 || end < words.length) && known.has(personKey(part))) runs[end] = [...runs[start]!, part];
    }
  }
  return runs[words.length];
}

/** Each name's key and its first mention (`firstByName`), where that mention gives a person's full name. */
function personalNames(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[]): [string, number][] {
  return [...firstByName].filter(([, at]) => !mentions[at]!.group && !mentions[at]!.bare && isFullName(mentions[at]!.contact.name));
}

/** A word written in capitals ("SUZUKI Shinsuke", "PÁLI Gábor"): how a family name is marked where it may come first. */
const familyNameMarked = (name: string): boolean => name.split(/\s+/).some((w) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase());

/**
 * Names of the same words in another order ("SUZUKI Shinsuke", "Shinsuke SUZUKI"): one person,
 * family name first as it is written in Japan or Hungary, or given name first as the reports
 * mostly write it, where one of them marks the family name in capitals or both were given with
 * one login. Else two people may well be named so ("Wei Li", "Li Wei").
 */
function namesReordered(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[], logins: ReadonlyMap<string, ReadonlySet<string>>): [number, number][] {
  const byWords = new Map<string, [string, number][]>();
  const pairs: [number, number][] = [];
  for (const [key, at] of personalNames(firstByName, mentions)) {
    const name = mentions[at]!.contact.name;
    const words = keyWords(name).sort().join(' ');
    const before = byWords.get(words) ?? [];
    const same = before.find(([other, first]) => familyNameMarked(name) || familyNameMarked(mentions[first]!.contact.name) || sharesLogin(logins, key, other));
    if (same) pairs.push([same[1], at]);
    byWords.set(words, [...before, [key, at]]);
  }
  return pairs;
}

/** Each person's name (`personKey`) and the logins of the personal addresses it was given with. */
function loginsByName(mentions: readonly Mention[]): Map<string, Set<string>> {
  const loginsOf = new Map<string, Set<string>>();
  mentions.forEach((m) => {
    if (!m.email || m.group || m.bare || isRoleAddress(m.email)) return;
    const key = personKey(m.contact.name);
    loginsOf.set(key, (loginsOf.get(key) ?? new Set()).add(m.email.slice(0, m.email.lastIndexOf('@'))));
  });
  return loginsOf;
}

const sharesLogin = (logins: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string): boolean => [...(logins.get(a) ?? [])].some((login) => logins.get(b)?.has(login));

/** Whether two strings are equal but for one letter added to one of them ("Nicolas", "Nicholas"). */
export function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/**
 * Names a letter apart given with one login at two hosts ("nsouch" at an employer, then at
 * FreeBSD.org): one person whose name was once mistyped. A login alone is no person's (many are
 * first names) and a name a letter from another may be someone else's; both together are one.
 */
function slipsAtOneLogin(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[], logins: ReadonlyMap<string, ReadonlySet<string>>): [number, number][] {
  const names = personalNames(firstByName, mentions).filter(([key]) => logins.has(key));
  const pairs: [number, number][] = [];
  for (const [i, [a, at]] of names.entries()) {
    for (const [b, bt] of names.slice(i + 1)) if (oneLetterApart(a, b) && sharesLogin(logins, a, b)) pairs.push([at, bt]);
  }
  return pairs;
}

/**
 * A surname cut to its initial ("Bryan V.", keyed `bryan-v`) and the one full name it can stand
 * for: the same given name and a surname with that initial. Two such names, and it stands for neither.
 */
function surnamesShortened(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[]): [number, number][] {
  const names = personalNames(firstByName, mentions).map(([key, at]) => [key.split('-'), at] as const);
  const pairs: [number, number][] = [];
  for (const [words, at] of names) {
    if (words.length !== 2 || words[1]!.length !== 1) continue;
    const full = names.filter(([other]) => other.length >= 2 && other[0] === words[0] && other[other.length - 1]!.length > 1 && other[other.length - 1]!.startsWith(words[1]!));
    if (full.length === 1) pairs.push([full[0]![1], at]);
  }
  return pairs;
}

/** Fewest words of a name that another, with given names before it, may be said to end with: "Lee Chen" may be many people's. */
const MIN_ENDING_WORDS = 3;

/** The names a name is made of, as written: "Maria de Souza" has two ("de" names no one), "Yves Martin-Dupont" two. */
function namesOfWords(name: string): number {
  return name.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
}

/**
 * A full name and a longer one that ends with all its words ("Pouria Mousavizadeh Tehrani" of
 * "Seyed Pouria Mousavizadeh Tehrani"): one person, who gave a first given name only sometimes,
 * where the shorter is three names or more as written, ends just one longer name, and no entry names both
 * (two contacts of one entry are two people).
 */
function givenNameAdded(firstByName: ReadonlyMap<string, number>, mentions: readonly Mention[]): [number, number][] {
  const names = personalNames(firstByName, mentions).map(([key, at]) => [key, key.split('-'), at] as const);
  const entriesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = personKey(m.contact.name);
    entriesOf.set(key, (entriesOf.get(key) ?? new Set()).add(m.entry));
  }
  const together = (a: string, b: string): boolean => [...(entriesOf.get(a) ?? [])].some((e) => entriesOf.get(b)?.has(e));
  const pairs: [number, number][] = [];
  for (const [key, words, at] of names) {
    if (namesOfWords(mentions[at]!.contact.name) < MIN_ENDING_WORDS) continue;
    const longer = names.filter(([, other]) => other.length > words.length && words.every((w, i) => other[other.length - words.length + i] === w));
    if (longer.length === 1 && !together(longer[0]![0], key)) pairs.push([longer[0]![2], at]);
  }
  return pairs;
}

/** Words a group's name may start with that say nothing of which group it is: "The FreeBSD testing mailing list", "IRC #gitcvt channel". */
const GROUP_LEADING_WORDS = new Set(['the', 'freebsd', 'irc']);
/** The words ending a group's name that say what kind of group it is, longest first. */
const GROUP_KIND_WORDS: readonly [string[], 'team' | 'list'][] = [
  [['mailing', 'list'], 'list'],
  [['mailinglist'], 'list'],
  [['list'], 'list'],
  [['ml'], 'list'],
  [['channel'], 'list'],
  [['team'], 'team'],
  [['teams'], 'team'],
];

/** A group's name with the words that name no group in particular set aside, and the kind its last words say, if any. */
export function groupCore(name: string): { core: string; kind: 'team' | 'list' | undefined } {
  const words = slugWords(name.replace(/\([^)]*\)/g, ' ')).split('-').filter(Boolean);
  while (words.length > 0 && GROUP_LEADING_WORDS.has(words[0]!)) words.shift();
  const ending = GROUP_KIND_WORDS.find(([kind]) => kind.length < words.length && kind.every((w, i) => words[words.length - kind.length + i] === w));
  return { core: words.slice(0, ending ? words.length - ending[0].length : words.length).join(' '), kind: ending?.[1] };
}

/**
 * Mentions of one group under names that differ only in the words that name no group in
 * particular ("FreeBSD Cluster Administration Team", "Cluster Administration Team"), or under a
 * name that is a list address's own part ("freebsd-testing Mailing List" and
 * `freebsd-testing@`; "net@FreeBSD.org" and `freebsd-net@`): each run is one group. Where a name
 * is both a team's and a list's ("The pkg team", "The pkg mailing list"), they stay two, and a
 * name saying neither joins neither. People are never joined so: two people share names.
 */
function groupsNamedAlike(mentions: readonly Mention[]): number[][] {
  const byCore = new Map<string, { team: number[]; list: number[]; neither: number[] }>();
  const at = (core: string) => byCore.get(core) ?? byCore.set(core, { team: [], list: [], neither: [] }).get(core)!;
  mentions.forEach((m, i) => {
    // A handle is its contact's own (`reachesPrevious`): two people may give one channel.
    if (!m.group || isChatHandle(m.contact.name)) return;
    // A group named by its address alone is what its address says: a list's is a list.
    const { core, kind } = m.bare ? { core: addressCore(m.contact.name.trim()), kind: isListAddress(m.contact.name.trim()) ? ('list' as const) : undefined } : groupCore(m.contact.name);
    if (core !== '') at(core)[kind ?? 'neither'].push(i);
    // A list's address names it as surely as its name does.
    if (m.email && isListAddress(m.email)) {
      const address = addressCore(m.email);
      if (address !== '' && (address !== core || kind !== 'list')) at(address).list.push(i);
    }
  });
  const runs: number[][] = [];
  for (const { team, list, neither } of byCore.values()) {
    if (team.length > 0 && list.length > 0) runs.push(team, list);
    else runs.push([...team, ...list, ...neither]);
  }
  return runs.filter((run) => run.length > 1);
}

/**
 * What an address says of the group it reaches: its own part's core, which FreeBSD.org's lists and
 * teams share with their names ("freebsd-testing@" and "FreeBSD testing mailing list"); elsewhere
 * with its domain, since `info@` or `dev@` of two hosts are two groups.
 */
function addressCore(email: string): string {
  const { local, domain } = splitAddress(email);
  const core = groupCore(local).core;
  return core === '' || /(^|\.)freebsd\.org$/.test(domain) ? core : `${core}@${domain.replace(/^lists\./, '')}`;
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
