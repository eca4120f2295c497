import { mineAliases } from '../aliases';
import { compareReportIds, type Entry } from '../model';
import { buildCitationIndex } from '../references';
import { isFullName, isRoleAddress } from '../people/kind';
import { evidenceOf, standingOf, standings, type Standings } from './aboutness';
import { findCandidates, isNumber, nameStats, namesASubject, type Candidate } from './candidates';
import type { CorpusWords, Doc } from './corpus-words';
import { EXPLAINED_BY_LONGER, groupNames, pruneNested, type NameGroup } from './name-groups';
import { nameLikeness } from './name-likeness';
import { isPlainWord } from './plain-words';
import { isCommonWord } from '../words';
import { NOT_A_NAME } from './stopwords';
import { nameKey, nameWords, withoutAddresses } from './words';

/** A name that titles rarely use must read as a name in the text, else it is an ordinary word. */
const MIN_NAME_LIKENESS = 0.5;
const MIN_TITLE_AFFINITY = 0.2;
/**
 * Likeness under which a name of plain words reads as ordinary text. Languages, products and
 * events written as names ("French", "GNOME", "MacBook", "BSD Day") are capitalised in eight uses
 * of ten and more; plain words a title capitalises ("Revamp", "Absolute" of a book's title) in
 * two of three at most, as text quoting that title.
 */
const PLAIN_LIKENESS = 0.7;
/** A man page, port or wiki page is a name when entries name it mostly by citing it: "ixgbe(4)", not "install". */
const MIN_CITED_SHARE = 0.3;
/** Titles of this many efforts use a common word as a name ("adapter driver", "jail")... */
const MIN_TITLED_PROJECTS = 3;
/** ...or, however rarely titles use it, when this many entries cite it too: jail(8), loader(8). */
const MIN_CITED_TITLED_WORD = 5;

/**
 * The names of the subjects of a knowledge base, found with no rule naming any: names recurring in
 * titles of several projects and years, and the man pages, ports and wiki pages entries cite
 * (candidates.ts), kept when they read as names; and the names only the text writes that entries
 * report on (namesOfText); grouped with their aliases (name-groups.ts).
 */
export function detectNameGroups(corpus: CorpusWords, entries: readonly Entry[]): NameGroup[] {
  const likeness = nameLikeness(corpus.docs.map((d) => d.readable));
  const candidates = findCandidates(corpus, buildCitationIndex(entries));
  const personal = personalNameWords(entries);
  const places = placeWords();
  const keys = [...candidates.values()]
    .filter((c) => {
      const words = c.key.split(' ');
      // "Michael", "Lucas", "Michael Lucas" in titles of his books are the author, not a subject
      // (a given name that is also a word, "Bill", "Mark", may still name one); "Europe" and the
      // "Cambridge" of a summit's title are places. A program is named as it is, whatever it's called.
      const person = words.every((w) => personal.has(w) && !isCommonWord(w));
      if ((person || words.every((w) => places.has(w))) && !c.sources.has('man') && !c.sources.has('port')) return false;
      const stats = nameStats(corpus, c.key);
      if (!namesASubject(c.key, stats, entries.length)) return false;
      if (oneEffortsWords(c, corpus, likeness)) return false;
      // A word no small dictionary holds ("netmap", "zfs") is a name; a common one must be written or used as one.
      const nameLike = words.some((w) => !isCommonWord(w) && !/^\d+$/.test(w)) || Math.max(...words.map(likeness)) >= MIN_NAME_LIKENESS;
      const titleAffinity = stats.titled.length / stats.named.length;
      // Common words only ("adapter driver", "jail") name a subject when several efforts' titles use
      // them so, and they title a good share of the entries naming them or entries cite their page.
      const titledProjects = new Set(stats.titled.map((i) => corpus.docs[i]!.project)).size;
      if (c.sources.has('title') && stats.titled.length >= 2 && (nameLike || (titledProjects >= MIN_TITLED_PROJECTS && (titleAffinity >= MIN_TITLE_AFFINITY || c.citedBy.size >= MIN_CITED_TITLED_WORD)))) return true;
      return c.citedBy.size >= 2 && (nameLike || c.citedBy.size >= MIN_CITED_SHARE * stats.named.length);
    })
    .map((c) => c.key);
  const all = [...keys, ...namesOfText(corpus, entries, likeness, keys, places)].sort();
  return groupNames(pruneNested(all, corpus), corpus, mineAliases(entries, corpus.docs.map((d) => d.readable)), likeness);
}

/**
 * A name of plain words, not written as a name, that titles alone give, that no title gives on
 * its own and that one effort alone reports on: that effort's words for its work ("Website
 * Revamp", "TCP Reassembly", the title of a book), however many others use the words in passing.
 * A title that is the name and nothing else ("Portmaster") reports on the thing itself, a tool or
 * a team whatever its words; a program (a man page, a port) or a wiki page is named as it is.
 */
function oneEffortsWords(c: Pick<Candidate, 'key' | 'sources'>, corpus: CorpusWords, likeness: (word: string) => number): boolean {
  if ([...c.sources].some((s) => s !== 'title')) return false;
  const words = c.key.split(' ');
  const apart = (first: string, second: string): boolean => corpus.naming(`${first} ${second}`).length > 0;
  if (!words.every((w) => isPlainWord(w, apart)) || Math.max(...words.map(likeness)) >= PLAIN_LIKENESS) return false;
  if (corpus.titled(c.key).some((i) => titleNames(corpus.docs[i]!) === c.key)) return false;
  const core = [...entriesOfNames(corpus, [c.key])].filter(([, s]) => s === 'core').map(([i]) => corpus.docs[i]!.project);
  return new Set(core).size <= 1;
}

/** What a title names once the words that never name anything are left out (stopwords.ts): "The FreeBSD Postmaster Team" names `postmaster`. */
function titleNames(doc: Doc): string {
  return doc.words.title.split(' ').filter((w) => w && !NOT_A_NAME.has(w)).join(' ');
}

/** Fewest entries naming a word for the text alone to make it a name. */
const MIN_TEXT_NAMED = 5;
/** Entries, in as many reports, that must be about a name no title gives for it to be a subject's. */
const MIN_TEXT_CORE = 2;

/** The words of the names of the people (not the teams, lists or roles: "Security Officer") the entries give as contacts. */
export function personalNameWords(entries: readonly Entry[]): Set<string> {
  const words = new Set<string>();
  for (const e of entries) {
    for (const { name, email } of e.contacts) {
      if (isFullName(name, email ? [email] : []) && !(email && isRoleAddress(email))) for (const w of nameWords(name)) words.add(w);
    }
  }
  return words;
}

/**
 * Words naming the people who write, the months they write in, countries, cities and languages:
 * written capitalised like names, never what a report is on by themselves.
 */
function notSubjectNames(entries: readonly Entry[], places: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const e of entries) for (const c of e.contacts) for (const w of nameWords(c.name)) words.add(w);
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) words.add(month.format(new Date(Date.UTC(2000, m, 1))).toLowerCase());
  const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      for (const name of [regions.of((a + b).toUpperCase()), languages.of(a + b)]) if (name) for (const w of nameWords(name)) words.add(w);
    }
  }
  for (const w of places) words.add(w);
  return words;
}

/** Cities and continents, as the time zone database names them ("America/Chicago"). */
function placeWords(): Set<string> {
  return new Set(Intl.supportedValuesOf('timeZone').flatMap((zone) => nameWords(zone.replace(/_/g, ' '))));
}

/**
 * One-word names that no two titles and no citations give but that entries write as names
 * ("NUMA", "CHERI"), or that a title opens with in lower case ("libxo"), and report on: no number
 * ("III"), dictionary word, person, month, country or language, not the plural of a word named
 * on its own nor a word of a longer name, and what entries of two reports are about by their text.
 */
function namesOfText(corpus: CorpusWords, entries: readonly Entry[], likeness: (word: string) => number, names: readonly string[], places: ReadonlySet<string>): string[] {
  const taken = new Set(names);
  const excluded = notSubjectNames(entries, places);
  const longer = new Map<string, string[]>();
  for (const key of names) for (const word of key.split(' ')) if (word !== key) longer.set(word, [...(longer.get(word) ?? []), key]);
  // A word of a name ("RISC" of "RISC-V") is that name where the name accounts for most of its uses.
  const partOfName = (word: string): boolean => (longer.get(word) ?? []).some((key) => corpus.naming(key).length >= EXPLAINED_BY_LONGER * corpus.naming(word).length);
  const found: string[] = [];
  for (const word of corpus.vocabulary()) {
    if (taken.has(word) || partOfName(word) || word.length < 3 || /^\d/.test(word) || isNumber(word) || excluded.has(word) || corpus.frequency(word) < MIN_TEXT_NAMED) continue;
    if (isCommonWord(word) || (likeness(word) < MIN_NAME_LIKENESS && !opensATitleInLowerCase(corpus, word))) continue;
    if (word.endsWith('s') && corpus.frequency(word.slice(0, -1)) > 0) continue;
    if (!namesASubject(word, nameStats(corpus, word), entries.length)) continue;
    const about = corpus.naming(word).filter((i) => standingOf(evidenceOf(corpus.docs[i]!, [word]), false) === 'core');
    if (about.length >= MIN_TEXT_CORE && new Set(about.map((i) => entries[i]!.report)).size >= MIN_TEXT_CORE) found.push(word);
  }
  return found;
}

/** The first word of a title as written, whole ("sched_getcpu(2)"), without the punctuation after it: "libxo" of "libxo: Generate Text Output". */
const FIRST_TITLE_WORD = /^\S+?(?=[:,;]?(?:\s|$))/u;

/**
 * Whether some title opens with the word written in lower case: where any other word takes a
 * capital, an author who keeps it small writes a name spelt so ("libxo", "ucred", "evdev"), as
 * programs and libraries are, which no capital in the text will ever show.
 */
function opensATitleInLowerCase(corpus: CorpusWords, word: string): boolean {
  return corpus.titled(word).some((i) => {
    const first = FIRST_TITLE_WORD.exec(corpus.docs[i]!.entry.title)?.[0] ?? '';
    return first === first.toLowerCase() && nameKey(first) === word;
  });
}

/**
 * Where each entry naming one of `keys` stands; a project whose titles name them (most of its
 * entries' titles: one odd title does not make a thread about it) counts for all its entries.
 */
export function entriesOfNames(corpus: CorpusWords, keys: readonly string[], partial: ReadonlySet<string> = new Set()): Standings {
  const titledPerProject = new Map<string, number>();
  for (const i of new Set(keys.filter((k) => !partial.has(k)).flatMap((k) => corpus.titled(k)))) {
    const project = corpus.docs[i]!.project;
    titledPerProject.set(project, (titledPerProject.get(project) ?? 0) + 1);
  }
  return standings(corpus, keys, (doc) => (titledPerProject.get(doc.project) ?? 0) >= corpus.projectSize(doc.project) / 2, partial);
}

/** Entry indexes in time order. */
export function byTime(entries: readonly Entry[]): (i: number, j: number) => number {
  return (i, j) => compareReportIds(entries[i]!.report, entries[j]!.report) || (entries[i]!.id < entries[j]!.id ? -1 : entries[i]!.id > entries[j]!.id ? 1 : 0);
}

/** Entries whose text is read for a name's spelling when no title has it: enough to see how it is written. */
const SPELLING_SAMPLE = 8;

/**
 * How entries write a name (a key), most often first: in the titles of the entries given, else in
 * the paragraphs of a few of them that name it; ties go to the first seen.
 */
export function spellingsOf(key: string, docs: readonly Doc[]): { spelling: string; count: number }[] {
  const words = key.split(' ');
  // Words of a key were apart where it was written: "Hyper-V" spells `hyper v`, "HyperV" does not.
  // A one-letter part is joined to its word (`nameWords`): "RISC-V" spells `riscv`.
  const spelled = words.map((w) => (w.length > 2 ? `${w[0]}-?${w.slice(1, -1)}-?${w.slice(-1)}` : w));
  const pattern = new RegExp(`(?<![A-Za-z0-9])${spelled.join('[^A-Za-z0-9]{1,3}')}(?![A-Za-z0-9])`, 'gi');
  const count = (texts: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const text of texts) for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  };
  let counts = count(docs.map((d) => d.entry.title));
  if (counts.size === 0) {
    const padded = ` ${key} `;
    counts = count(docs.slice(0, SPELLING_SAMPLE).flatMap((d) => d.words.units.filter((u) => u.words.includes(padded)).map((u) => withoutAddresses(u.text))));
  }
  return [...counts].map(([spelling, n]) => ({ spelling, count: n })).sort((a, b) => b.count - a.count);
}

/** How entries most often write a name (`spellingsOf`), the key itself where none does. */
export function spellingOf(key: string, docs: readonly Doc[]): string {
  return spellingsOf(key, docs)[0]?.spelling ?? key;
}
