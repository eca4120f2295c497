import { slugify, type Entry } from '../model';
import { citedUrls, inPersonalSpace, linkKey, unescapeMarkdown, URL_IN_TEXT } from './link-key';
import { wikiPageName, ROLE_WORDS, type EntryPeople } from './people';
import { stem } from './stem';
import { titleAliases } from './title-aliases';

/** What threading compares of one entry: words of its title, links it cites, its people, its words. */
export interface EntrySignals {
  entry: Entry;
  /** Position of its report in time order: the distance between two entries in reports. */
  reportIndex: number;
  /** Distinct title words without filler, lightly stemmed. */
  titleTerms: string[];
  /** The title reduced to those words: equal keys name the same work. */
  titleKey: string;
  /** Other spellings its title words allow (title-aliases.ts): "bugbusting" for "Bug Busting", "ci" for "Continuous Integration". */
  titleAliases: string[];
  /** Its title names a team or an office ("Security Officer Team"), as a contact name may. */
  titleNamesTeam: boolean;
  /** Distinct link keys (link-key.ts) of its links and of the URLs in its text. */
  links: string[];
  /** Those of its links in the space of one of its own people (a page under their name on a wiki). */
  personalLinks: string[];
  /** Distinct persons (people.ts), each under one key whatever address or spelling it used. */
  people: string[];
  /** Addresses of teams and offices it is signed with (people.ts). */
  roles: string[];
  /** Word counts of its text (the title counts apart). */
  terms: Map<string, number>;
}

/** Title words that say nothing about which work an entry is. */
const TITLE_FILLER = new Set([
  'a', 'an', 'and', 'the', 'of', 'for', 'on', 'in', 'to', 'with', 'freebsd', 'update', 'status', 'project',
  'support', 'new', 'report', 'progress', 'work', 'improvement', 'ongoing', 'latest',
]);

const TEXT_STOPWORDS = new Set([
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'could',
  'do', 'does', 'done', 'each', 'for', 'from', 'had', 'has', 'have', 'he', 'how', 'if', 'in', 'into', 'is', 'it', 'its',
  'more', 'most', 'much', 'new', 'no', 'not', 'now', 'of', 'on', 'one', 'only', 'or', 'other', 'our', 'out', 'over',
  'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through',
  'to', 'up', 'us', 'was', 'we', 'were', 'what', 'when', 'which', 'while', 'who', 'will', 'with', 'would', 'you',
  'http', 'https', 'www', 'org', 'com', 'html', 'freebsd',
]);

/**
 * Words a contact name uses for a team that a title uses for an activity or a product instead:
 * "Package Management Library", "Administrator Guide".
 */
const ACTIVITY_WORDS = new Set(['management', 'administration', 'administrator']);

/** A title naming a team: one of its words is a team's word, not filler ("project") nor an activity. */
export function titleNamesTeam(title: string): boolean {
  return slugify(title)
    .split('-')
    .some((w) => !TITLE_FILLER.has(w) && !ACTIVITY_WORDS.has(w) && ROLE_WORDS.has(w));
}

export function titleTerms(title: string): string[] {
  const words = slugify(title)
    .split('-')
    .map(stem)
    .filter((w) => w.length > 1 && !/^\d$/.test(w) && !TITLE_FILLER.has(w));
  return [...new Set(words)];
}

/** A title reduced to the words that name the work, as a slug: "The FreeBSD bhyve Update" → "bhyve". */
export function titleKey(title: string): string {
  return titleTerms(title).join('-') || slugify(title);
}

function textTerms(text: string, into: Map<string, number>): void {
  const words = text
    .replace(URL_IN_TEXT, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*/g);
  for (const raw of words ?? []) {
    if (raw.length < 3 || TEXT_STOPWORDS.has(raw)) continue;
    const word = stem(raw);
    into.set(word, (into.get(word) ?? 0) + 1);
  }
}

export function entrySignals(entry: Entry, reportIndex: number, named: EntryPeople): EntrySignals {
  const terms = titleTerms(entry.title);
  const links = new Set<string>();
  for (const href of citedUrls(entry)) {
    const key = linkKey(href);
    if (key) links.add(key);
  }
  const names = entry.contacts.flatMap((c) => wikiPageName(c.name) ?? []);
  const words = new Map<string, number>();
  // Read as Markdown: an escaped address (`https\://…`) is an address, not words of the text.
  textTerms(unescapeMarkdown(entry.body), words);
  return {
    entry,
    reportIndex,
    titleTerms: terms,
    titleKey: titleKey(entry.title),
    titleAliases: titleAliases(entry.title),
    titleNamesTeam: titleNamesTeam(entry.title),
    links: [...links],
    personalLinks: [...links].filter((l) => inPersonalSpace(l, names)),
    people: named.people,
    roles: named.roles,
    terms: words,
  };
}
