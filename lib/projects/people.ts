import type { Contact, Entry } from '../model';
import { addressBook } from './addresses';

/** Who an entry names, as threading compares it: persons, and the addresses of teams and offices. */
export interface EntryPeople {
  /** One key per person, the same for every address and spelling of one person. */
  people: string[];
  /** Role addresses (a team's, an office's): each stays with one piece of work whoever answers it. */
  roles: string[];
}

/** Words of a contact name that name a team or an office rather than a person. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'group', 'admin', 'admins', 'administrator', 'administrators', 'administration', 'officer',
  'secretary', 'engineering', 'managers', 'management', 'maintainers', 'committee', 'project', 'staff', 'moderators',
]);
/**
 * Words of a mailing list's name. A list is a place, not a team: several efforts report to one
 * (wireless drivers by different people), so it counts neither as a person nor as a role.
 */
const LIST_WORDS = new Set(['list', 'lists', 'mailing', 'mailinglist', 'ml', 'discussion', 'discussions']);
/** An address answered under this many different first names is a role, not a person's. */
const ROLE_FIRST_NAMES = 3;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', þ: 'th', ı: 'i' };

/** A name's words, lower case, without accents or parenthesised remarks: "René Ladan (ports)" → rene, ladan. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[øłßæœđþı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9@._-]+/)
    .filter(Boolean);
}

/** First and last word of a person's name: "Hans Petter Sirevaag Selasky" and "Hans Petter Selasky" meet. */
function personNameKey(name: string): string | undefined {
  const words = nameWords(name).filter((w) => !w.includes('@'));
  return words.length >= 2 ? `name:${words[0]} ${words[words.length - 1]}` : undefined;
}

/**
 * The name a wiki gives a person's own pages: their full name run together ("Ada King" → "adaking");
 * `undefined` for a single word, which may as well be a project's or a team's name.
 */
export function wikiPageName(name: string): string | undefined {
  const words = nameWords(name).filter((w) => !w.includes('@'));
  return words.length >= 2 ? words.join('').replace(/[^a-z0-9]/g, '') : undefined;
}

/** A contact's own key: its address, else its name. */
function contactKey(contact: Contact, address: string | undefined): string {
  return address ?? `name:${nameWords(contact.name).join(' ')}`;
}

function soundsLikeList(name: string): boolean {
  return nameWords(name).some((w) => LIST_WORDS.has(w));
}

function soundsLikeTeam(name: string): boolean {
  return nameWords(name).some((w) => ROLE_WORDS.has(w));
}

function soundsLikeRole(name: string, address: string | undefined): boolean {
  const words = nameWords(name);
  if (soundsLikeTeam(name)) return true;
  // "Bugmeister" for bugmeister@: an office named by its address.
  return words.length === 1 && address !== undefined && address.startsWith(`${words[0]}@`);
}

/**
 * Everyone the entries name, sorted into persons and roles; mailing lists are left out. A role is
 * an address (or, without one, a name) that some entry gives under a team's or an office's name
 * (an address named by itself only while no one signs it with their full name: then it is their
 * handle), or that several people answered in turn; an address given as a mailing list is none.
 * A person is matched by address or by first and last name, so that a new
 * address (an employer's, the project's) keeps the person; roles are never matched by name,
 * so that whoever once answered a team address does not become the team.
 */
export function identifyPeople(entries: readonly Entry[]): EntryPeople[] {
  const addressOf = addressBook(entries);
  const { roles: roleKeys, lists } = findRoles(entries, addressOf);
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const contactKeys = (contact: Contact): { key: string; role: boolean; list: boolean } => {
    const key = contactKey(contact, addressOf(contact));
    const role = roleKeys.has(key);
    return { key, role, list: !role && lists.has(key) };
  };
  for (const entry of entries) {
    for (const contact of entry.contacts) {
      const { key, role, list } = contactKeys(contact);
      const name = personNameKey(contact.name);
      if (!role && !list && name) union(key, name);
    }
  }
  return entries.map((entry) => {
    const people = new Set<string>();
    const roles = new Set<string>();
    for (const contact of entry.contacts) {
      const { key, role, list } = contactKeys(contact);
      if (role) roles.add(teamAddress(key, roleKeys));
      else if (!list) people.add(find(key));
    }
    return { people: [...people], roles: [...roles] };
  });
}

/** A list a project names after itself and a team, at its own domain: `freebsd-x11@freebsd.org` for `x11@freebsd.org`. */
const TEAM_LIST_ADDRESS = /^([a-z0-9]+)-([^@]+)(@\1\.[^@]+)$/;

/**
 * One key for a team signed by its own address in one report and by its list's in another
 * (`x11@` and `freebsd-x11@`, `doc@` and `freebsd-doc@`): the team's address, where entries use
 * it as a role too; otherwise the list address stays its own (a list no team answers for).
 */
function teamAddress(role: string, roles: ReadonlySet<string>): string {
  const list = TEAM_LIST_ADDRESS.exec(role);
  const team = list ? `${list[2]}${list[3]}` : undefined;
  return team !== undefined && roles.has(team) ? team : role;
}

function findRoles(entries: readonly Entry[], addressOf: (contact: Contact) => string | undefined): { roles: Set<string>; lists: Set<string> } {
  const firstNames = new Map<string, Set<string>>();
  const roles = new Set<string>();
  const lists = new Set<string>();
  // An address named by itself ("bugmeister" for bugmeister@) is an office, unless someone signs
  // it with their own full name: then it is their handle ("obiwac" for obiwac@).
  const selfNamed = new Set<string>();
  const signed = new Set<string>();
  for (const entry of entries) {
    for (const contact of entry.contacts) {
      const address = addressOf(contact);
      const key = contactKey(contact, address);
      if (soundsLikeRole(contact.name, address)) {
        roles.add(key);
        if (!soundsLikeTeam(contact.name)) selfNamed.add(key);
      } else if (soundsLikeList(contact.name)) lists.add(key);
      else if (address && personNameKey(contact.name)) signed.add(address);
      const first = nameWords(contact.name)[0];
      if (address && first && !first.includes('@')) firstNames.set(address, (firstNames.get(address) ?? new Set()).add(first));
    }
  }
  for (const address of signed) if (selfNamed.has(address)) roles.delete(address);
  // An address entries give as a mailing list is one, though another entry calls it a team.
  for (const key of lists) roles.delete(key);
  for (const [address, names] of firstNames) if (names.size >= ROLE_FIRST_NAMES) roles.add(address);
  return { roles, lists };
}
