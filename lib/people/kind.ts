/**
 * Whether a contact is a person, a team or a mailing list. The reports name teams ("Core Team",
 * `bugbusters@FreeBSD.org`) and lists ("freebsd-arm mailing list", an IRC channel) where a person
 * would stand; the site shows them apart. Decided from the name and address alone, by the words
 * such names are made of, so a new team needs no entry in any list.
 */
import { slugWords, type ContactKind } from '../model';

/** A list or a channel by its name: "mailing list", "Mailinglist", "ML", "discussions", `#channel`. */
const LIST_NAME = /mailing ?lists?|\blists?\b|\bML\b|\bdiscussions?\b|#|\bchannel\b/i;
/** A group of people by its name. */
const TEAM_NAME =
  /\b(teams?|group|staff|admins?|administrators?|administration|moderators|organi[sz]ers|committee|board|core|bugmeister|bugbusters|information|mentors|secretary|engineers?|engineering|project|foundation|maintainers|developers|official|officers?)\b/i;
/** A project's or product's name (FreeBSD, TrustedBSD, NomadBSD) where a person's would stand. */
const PROJECT_NAME = /bsd\b/i;

/** A list's address: `freebsd-arm@`, `kde-freebsd@`, `*-discuss@`, or a list server's domain. */
const LIST_LOCAL = /^freebsd-|-freebsd$|-(discuss|announce|users|devel?|list)$/;
const LIST_DOMAIN = /(^|\.)lists?\.|groups\.|listes\./;
/** A role's address: `clusteradm@`, `wiki-admin@`, `core-secretary@`, `srcmgr@`, `info@`, a company's `freebsd@`. */
const ROLE_LOCAL =
  /(^|[-._])(admins?|team|core|secretary|staff|info|bugbusters|bugmeister|secteam|security|mentors|status|webmaster|office|meetup|help|board)([-._]|$)|adm(in)?$|mgr$|^freebsd$/;
/** The project's own domain, where an alias named by its address alone is a team's (a committer gives a name). */
const PROJECT_DOMAIN = /(^|\.)freebsd\.org$/;

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A chat handle given as a contact ("IRC: nick@server", "Matrix: @nick:server"): a way to reach someone, no name. */
const CHAT_HANDLE = /^(IRC|Matrix|XMPP|Jabber|Signal|Discord|Telegram)\s*:/i;

export function isChatHandle(name: string): boolean {
  return CHAT_HANDLE.test(name.trim());
}

/** Whether a contact's name is an address and nothing else. */
export function isBareAddress(name: string): boolean {
  return ADDRESS.test(name.trim());
}

/** An address's own part and domain, lower-cased. */
export function splitAddress(email: string): { local: string; domain: string } {
  const at = email.lastIndexOf('@');
  return { local: email.slice(0, at).toLowerCase(), domain: email.slice(at + 1).toLowerCase() };
}

/** A role's address (`portmgr-secretary@`, `core@`), which whoever holds the role writes from. */
export function isRoleAddress(email: string): boolean {
  return ROLE_LOCAL.test(splitAddress(email).local);
}

/** A mailing list's address by its own part (`freebsd-arm@`, `trustedbsd-discuss@`) or its list server's domain. */
export function isListAddress(email: string): boolean {
  const { local, domain } = splitAddress(email);
  return LIST_LOCAL.test(local) || LIST_DOMAIN.test(domain);
}

/**
 * The kind of a contact from its name and its addresses (the first being the one it was named
 * with). The name decides first: a person's name of two words or more is a person's, whatever
 * addresses they also used; a single word, an address or a project's name is judged by the address.
 */
export function decideContactKind(name: string, emails: readonly string[]): ContactKind {
  if (LIST_NAME.test(name)) return 'list';
  if (TEAM_NAME.test(name)) return 'team';
  const first = emails[0] === undefined ? undefined : splitAddress(emails[0]);
  if (first && LIST_DOMAIN.test(first.domain)) return 'list';
  const bare = isBareAddress(name);
  if (!bare && /\S\s+\S/.test(name) && !PROJECT_NAME.test(name)) return 'person';
  if (first && LIST_LOCAL.test(first.local)) return 'list';
  if (emails.some(isRoleAddress)) return 'team';
  if (bare && PROJECT_DOMAIN.test(splitAddress(name.trim()).domain)) return 'team';
  return PROJECT_NAME.test(name) ? 'team' : 'person';
}

/** A person's name as written: two words or more, of letters ("Michael Lucas", "Jean-Sébastien Pédron", "Tobias C. Berner"; several, with commas). */
const PERSONAL_NAME = /^\p{L}[\p{L}.,'’-]*(?:\s+\p{L}[\p{L}.,'’-]*)+$/u;

/**
 * Whether a contact's name is a person's full name: not a handle ("obiwac"), an address, a name
 * with a note ("Ann Lee (ports)") or "IRC: nick@server", and no team's or list's.
 */
export function isFullName(name: string, emails: readonly string[] = []): boolean {
  return PERSONAL_NAME.test(name.trim()) && decideContactKind(name, emails) === 'person';
}

/**
 * Words a contact line gives where it names no one: how many ("Several", "Various people"),
 * that no one is named yet ("TBD", "Volunteers wanted", "You?"). A name made of these words alone
 * is no one's; one of them beside a name ("Ann Several") leaves it a name.
 */
const PLACEHOLDER_WORDS = new Set([
  'several', 'various', 'many', 'multiple', 'others', 'people', 'persons', 'and', 'more',
  'unknown', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'none',
  'you', 'your', 'name', 'here', 'volunteer', 'volunteers', 'wanted', 'needed', 'welcome', 'help', 'vacant',
  'tbd', 'tba', 'tbc', 'todo', 'to', 'be', 'determined', 'announced',
]);
/** "N/A", and the names forms and examples give for "a person" ("John Doe"): no one in particular. */
const PLACEHOLDER_NAMES = new Set(['n-a', 'john-doe', 'jane-doe', 'joe-bloggs', 'joe-user', 'max-mustermann', 'erika-mustermann']);

/** Whether a contact's name (or a slug made of one) names no one: `PLACEHOLDER_WORDS` alone, or a form's stand-in name. */
export function isPlaceholderName(name: string): boolean {
  const slug = slugWords(name);
  if (slug === '') return false;
  return PLACEHOLDER_NAMES.has(slug) || slug.split('-').every((w) => PLACEHOLDER_WORDS.has(w));
}
