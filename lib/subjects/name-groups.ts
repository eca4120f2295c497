import { aliasKey, type AliasPair } from '../aliases';
import type { CorpusWords } from './corpus-words';
import { isCommonWord, osaDistance } from '../words';
import { NOT_A_NAME } from './stopwords';
import { nameWords } from './words';

/** A subject's names: the keys entries are matched on. */
export interface NameGroup {
  /** The key it is known by: the name most titles use. */
  primary: string;
  keys: Set<string>;
  /**
   * Keys that are words of a longer name of it ("randomization" of "address space layout
   * randomization"), their plurals with them, and names too plain to stand alone that entries give
   * for it ("NI" of "network interface"): they add to what an entry naming the subject says of it,
   * but bring no entry that names it no other way ("Google" alone is no Summer of Code, AES-NI no
   * network interface), and are no name of it to show.
   */
  partial?: ReadonlySet<string>;
}

/** Share of a shorter name's entries that must name the longer one for the longer to explain it ("summer" in "Summer of Code"). */
export const EXPLAINED_BY_LONGER = 0.8;
/** Share of the entries with a compound in their title that name its stem on its own ("OpenZFS" entries that say "ZFS"). */
const COMPOUND_CO_NAMING = 0.5;
/** Name-likeness an alias needs to join a subject: "host (Dom0)" must not pull every "host" in. */
const ALIAS_NAME_LIKENESS = 0.5;
/** Shortest one-word name looked for written apart: "cc" is no "c c". */
const MIN_SPLIT_LENGTH = 4;
/**
 * Shortest word read as a misspelling: a short name is one letter from many others ("ixl", "ixv";
 * "VXLAN", "VLAN"), a long word one letter from none but the word it means to be.
 */
const MIN_MISSPELT_LENGTH = 6;
/** Entries that must write the word a lone word is one slip from: a word the corpus uses, not another rare one. */
const MIN_MISSPELT_OF_ENTRIES = 10;

export class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    const p = this.parent.get(key);
    if (p === undefined || p === key) return key;
    const root = this.find(p);
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)].sort();
    if (ra !== rb) this.parent.set(rb!, ra!);
  }
}

/** Whether titles write a name of several words as one ("PC-BSD", "cloud-init"): then it is no phrase holding its parts. */
function writtenAsOneWord(key: string, corpus: CorpusWords): boolean {
  const words = key.split(' ');
  if (words.length < 2) return false;
  const joined = new RegExp(`(?<![A-Za-z0-9])${words.join('[-_.]')}(?![A-Za-z0-9])`, 'i');
  const titled = corpus.titled(key);
  return titled.length > 0 && titled.filter((i) => joined.test(corpus.docs[i]!.entry.title)).length * 2 > titled.length;
}

/**
 * The ways a one-word name splits in two words that entries may write apart ("toolchain", "tool
 * chain"; "HyperV", "Hyper-V"). A trailing "s" or "t" is a possessive or a contraction, not a part.
 */
function writtenApart(key: string): string[] {
  if (key.includes(' ') || key.length < MIN_SPLIT_LENGTH) return [];
  const splits: string[] = [];
  for (let at = 2; at < key.length; at++) {
    const rest = key.slice(at);
    if (rest !== 's' && rest !== 't') splits.push(`${key.slice(0, at)} ${rest}`);
  }
  return splits;
}

/** Entries read for how a word is written: enough to tell an acronym from a word. */
const CAPITALS_SAMPLE = 8;

/** Whether entries mostly write a one-word name in capitals ("EMAC", "ACLs"), its plural's "s" aside. */
function inCapitals(key: string, corpus: CorpusWords): boolean {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${key}(?![A-Za-z0-9])`, 'gi');
  let capitals = 0;
  let other = 0;
  // The first entries by id, not by the order they came in: the same sample for any order.
  const sample = [...corpus.naming(key)].sort((a, b) => (corpus.docs[a]!.entry.id < corpus.docs[b]!.entry.id ? -1 : 1)).slice(0, CAPITALS_SAMPLE);
  for (const i of sample) {
    for (const [written] of corpus.docs[i]!.readable.matchAll(pattern)) {
      const stem = written.endsWith('s') && !key.endsWith('ss') ? written.slice(0, -1) : written;
      if (stem === stem.toUpperCase() && /[A-Z]/.test(stem)) capitals++;
      else other++;
    }
  }
  return capitals > other;
}

/** Whether titles write a compound's stem in capitals at least as often as not ("OpenZFS", "ZFSguru"; not "Webcam" for CAM). */
function stemInCapitals(word: string, stem: string, corpus: CorpusWords): boolean {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9])`, 'gi');
  let capitals = 0;
  let other = 0;
  for (const i of corpus.titled(word)) {
    for (const [written] of corpus.docs[i]!.entry.title.matchAll(pattern)) {
      const at = written.toLowerCase().indexOf(stem);
      const part = written.slice(at, at + stem.length);
      if (part === part.toUpperCase()) capitals++;
      else other++;
    }
  }
  return capitals > 0 && capitals >= other;
}

/** Whether at least `COMPOUND_CO_NAMING` of some entries (a compound's or a version's) name the stem on its own too. */
function mostAlsoName(entries: readonly number[], stem: string, corpus: CorpusWords): boolean {
  const stemNamed = new Set(corpus.naming(stem));
  return entries.length > 0 && entries.filter((i) => stemNamed.has(i)).length >= COMPOUND_CO_NAMING * entries.length;
}

/** Letters a word of a long form is known by: "Test" and "Testing", "threads" in "pthreads". */
const WORD_STEM = 4;

/** Whether two long forms of an acronym read as one: most words of the shorter are in the other ("Symmetric Multi-Processing", "Symmetrical MultiProcessing"). */
function sameReading(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const matches = (w: string): boolean => longer.some((v) => v.includes(w.slice(0, WORD_STEM)) || w.includes(v.slice(0, WORD_STEM)));
  return shorter.filter(matches).length * 2 > shorter.length;
}

/**
 * Acronyms the corpus spells out as different things ("VM": virtual machine and virtual memory,
 * "TLS"): the name of no one subject, so neither reading joins one through them.
 */
function ambiguousAcronyms(aliases: readonly AliasPair[]): Set<string> {
  const readings = new Map<string, string[][]>();
  for (const pair of aliases) {
    if (pair.evidence !== 'acronym') continue;
    const short = nameWords(aliasKey(pair.short)).join(' ');
    readings.set(short, [...(readings.get(short) ?? []), nameWords(pair.long).filter((w) => !NOT_A_NAME.has(w))]);
  }
  return new Set([...readings].filter(([, list]) => list.some((a, i) => list.slice(i + 1).some((b) => !sameReading(a, b)))).map(([short]) => short));
}

const contains = (longer: string, shorter: string): boolean => longer !== shorter && ` ${longer} `.includes(` ${shorter} `);

/**
 * Of names nested in one another, keeps one: the longer when it accounts for most uses of the
 * shorter ("summer" is a word of "Summer of Code"), else the shorter, whose subject the longer is
 * a part of ("bhyve live migration" of bhyve).
 */
export function pruneNested(keys: readonly string[], corpus: CorpusWords): string[] {
  const dropped = new Set<string>();
  const byLength = [...keys].sort((a, b) => a.split(' ').length - b.split(' ').length || (a < b ? -1 : 1));
  const withWord = new Map<string, string[]>();
  for (const key of byLength) for (const word of new Set(key.split(' '))) withWord.set(word, [...(withWord.get(word) ?? []), key]);
  for (const shorter of byLength) {
    const short = corpus.naming(shorter);
    for (const longer of withWord.get(shorter.split(' ')[0]!) ?? []) {
      if (!contains(longer, shorter)) continue;
      if (writtenAsOneWord(longer, corpus)) continue;
      const long = corpus.naming(longer);
      if (long.length >= EXPLAINED_BY_LONGER * short.length) dropped.add(shorter);
      else if (long.length > 0) dropped.add(longer);
    }
  }
  return keys.filter((k) => !dropped.has(k));
}

/** Names being grouped: the kept keys, the names joined to them, and those that are partial names. */
class Grouping {
  readonly kept: ReadonlySet<string>;
  readonly members: Set<string>;
  /** Names that add to a subject's entries but bring none and are not shown (`NameGroup.partial`). */
  readonly partial = new Set<string>();
  private readonly sets = new UnionFind();

  constructor(keys: readonly string[]) {
    this.kept = new Set(keys);
    this.members = new Set(keys);
  }

  /** Whether `name` is joined to another name than itself and `other`. */
  joinedBeyond(name: string, other: string): boolean {
    const root = this.sets.find(name);
    return [...this.members].some((m) => m !== name && m !== other && this.sets.find(m) === root);
  }

  join(a: string, b: string): void {
    this.members.add(a);
    this.members.add(b);
    this.sets.union(a, b);
  }

  /** The groups holding a kept key, each with its primary key and its partial names (their plurals with them). */
  groups(corpus: CorpusWords): NameGroup[] {
    const groups = new Map<string, Set<string>>();
    for (const key of this.members) {
      const root = this.sets.find(key);
      groups.set(root, (groups.get(root) ?? new Set()).add(key));
    }
    return [...groups.values()]
      .filter((group) => [...group].some((k) => this.kept.has(k)))
      .map((group) => ({
        primary: primaryKey(group, this.kept, this.partial, corpus),
        keys: group,
        partial: new Set([...group].filter((k) => this.partial.has(k) || this.partial.has(k.replace(/s$/, '')))),
      }));
  }
}

/**
 * Names of one thing grouped: singular and plural ("jail", "jails"), written apart or together
 * ("RISC-V", "riscv"), the aliases the corpus establishes (lib/aliases), words of a longer name,
 * compounds of a name with a plain word ("OpenZFS", "bhyvemgr") whose entries name it on its own
 * too, a name whose entries mostly name a compound of it, whatever the compound adds ("PMC"
 * entries cite hwpmc(4); "HW" reads as a name, but the PMC reports are the hwpmc ones),
 * versions, and daemons ("hastd(8)" of HAST).
 */
export function groupNames(keys: readonly string[], corpus: CorpusWords, aliases: readonly AliasPair[], likeness: (word: string) => number): NameGroup[] {
  const grouping = new Grouping(keys);
  joinSpellings(grouping, corpus);
  joinAliases(grouping, aliases, corpus, likeness);
  joinPartsOfLonger(grouping, corpus);
  joinCompounds(grouping, corpus, likeness);
  joinVersions(grouping, corpus);
  joinDaemons(grouping, corpus);
  return grouping.groups(corpus);
}

const named = (key: string, corpus: CorpusWords): boolean => key.length > 0 && corpus.naming(key).length > 0;

/** Singular and plural, and a name written together or apart. */
function joinSpellings(grouping: Grouping, corpus: CorpusWords): void {
  for (const key of grouping.kept) {
    if (!key.includes(' ') && key.length >= 4) {
      const other = key.endsWith('s') ? key.slice(0, -1) : `${key}s`;
      // An acronym's plural keeps its capitals ("ACLs"); "Emacs" is no plural of "EMAC".
      if (named(other, corpus) && inCapitals(key, corpus) === inCapitals(other, corpus)) grouping.join(key, other);
    }
    const together = key.replace(/ /g, '');
    if (together !== key && named(together, corpus)) grouping.join(key, together);
    // Written apart in a title, or in two words no dictionary holds ("Linux KPI"): not "at API", "if net".
    for (const apart of writtenApart(key)) if (corpus.titled(apart).length > 0 || (named(apart, corpus) && !apart.split(' ').some(isCommonWord))) grouping.join(key, apart);
  }
}

/**
 * Whether two words differ by one slip of the pen inside them: a letter added, dropped, replaced,
 * or two neighbours swapped, neither the first letter nor the last. A letter more or less at either
 * end makes another word ("exercise", "exerciser"; "states", "cstates"), not a misspelt one.
 */
export function oneSlipApart(a: string, b: string): boolean {
  return a !== b && a[0] === b[0] && a.at(-1) === b.at(-1) && osaDistance(a, b, 1) === 1;
}

/**
 * Whether a word is a misspelling: one entry alone writes it, and it is one slip
 * (`oneSlipApart`) from a word many entries write ("recieve" of "receive"). It names
 * nothing, so a name holding it establishes no alias: one slip in one sentence is no name readers use.
 */
export function isMisspelt(word: string, corpus: CorpusWords): boolean {
  if (word.length < MIN_MISSPELT_LENGTH || /\d/.test(word) || corpus.frequency(word) !== 1) return false;
  for (const other of corpus.vocabulary()) if (oneSlipApart(word, other) && corpus.frequency(other) >= MIN_MISSPELT_OF_ENTRIES) return true;
  return false;
}

/**
 * The aliases the corpus establishes, but an acronym's when it spells it out as different things,
 * and those with a misspelt word (`isMisspelt`).
 */
function joinAliases(grouping: Grouping, aliases: readonly AliasPair[], corpus: CorpusWords, likeness: (word: string) => number): void {
  const ambiguous = ambiguousAcronyms(aliases);
  const nameLike = (key: string): boolean => key.includes(' ') || likeness(key) >= ALIAS_NAME_LIKENESS;
  const misspelt = (key: string): boolean => key.split(' ').some((w) => isMisspelt(w, corpus));
  for (const pair of aliases) {
    const [a, b] = [nameWords(aliasKey(pair.short)).join(' '), nameWords(aliasKey(pair.long)).join(' ')];
    if (!a || !b || a === b || (pair.evidence === 'acronym' && ambiguous.has(a)) || misspelt(a) || misspelt(b)) continue;
    // Driver names are lower case by nature; a name in parentheses must read as a name to join.
    const joins = (key: string): boolean => named(key, corpus) && (pair.evidence === 'driver' || nameLike(key));
    if (grouping.kept.has(a) && joins(b)) grouping.join(a, b);
    else if (grouping.kept.has(b) && joins(a)) {
      grouping.join(b, a);
      // A name too rare or plain to be a subject's on its own, that entries give for a subject's
      // name ("network interface (NI)"), adds to that subject's entries but brings none ("AES-NI").
      if (pair.evidence !== 'driver') grouping.partial.add(a);
    }
  }
}

/**
 * A word titles only ever use inside a longer name of a subject ("Randomization" in "Address
 * Space Layout Randomization") is a name of that subject, never the one it goes by.
 */
function joinPartsOfLonger(grouping: Grouping, corpus: CorpusWords): void {
  const phrases = [...grouping.members].filter((k) => k.includes(' ') && !writtenAsOneWord(k, corpus));
  for (const key of grouping.kept) {
    const titled = key.includes(' ') ? [] : corpus.titled(key);
    if (titled.length < 2) continue;
    const longer = phrases.find((p) => contains(p, key) && titled.filter((i) => corpus.docs[i]!.words.title.includes(` ${p} `)).length >= EXPLAINED_BY_LONGER * titled.length);
    if (!longer) continue;
    grouping.join(longer, key);
    grouping.partial.add(key);
  }
}

/** A name and the compounds and versions of it titles write ("OpenZFS", "ipfw2"), and the compound a name's entries mostly name ("hwpmc" for PMC). */
function joinCompounds(grouping: Grouping, corpus: CorpusWords, likeness: (word: string) => number): void {
  const stems = [...grouping.kept].filter((k) => !k.includes(' ') && k.length >= 3);
  for (const word of corpus.titleWords()) {
    for (const stem of stems) {
      if (word === stem) continue;
      const rest = word.startsWith(stem) ? word.slice(stem.length) : word.endsWith(stem) ? word.slice(0, -stem.length) : undefined;
      // A version may be one digit ("ipfw2"), a compound one letter ("eMMC", "UEFI"); "jails" is a plural.
      const version = rest !== undefined && /^\d+$/.test(rest);
      if (rest === undefined || rest === 's') continue;
      const plainRest = version || likeness(rest) < ALIAS_NAME_LIKENESS;
      // A compound of a name written in capitals writes it so ("OpenZFS"); "Cambridge" is no CAM.
      const compound = plainRest && mostAlsoName(corpus.titled(word), stem, corpus) && (version || !inCapitals(stem, corpus) || stemInCapitals(word, stem, corpus));
      if (compound || (grouping.kept.has(word) && mostAlsoName(corpus.naming(stem), word, corpus))) grouping.join(stem, word);
    }
  }
}

/** A name with a one-digit version that no title gives ("xfce4", cited as a port) is the name too when its entries write both forms. */
function joinVersions(grouping: Grouping, corpus: CorpusWords): void {
  for (const key of grouping.kept) {
    const stem = /^(\p{L}[\p{L}\d]*?)\d$/u.exec(key)?.[1];
    if (!stem || !grouping.kept.has(stem) || stem.length < 3) continue;
    if (mostAlsoName(corpus.naming(key), stem, corpus)) grouping.join(stem, key);
  }
}

/** The letter a program's daemon is named by after the program: hastd(8) of HAST, ctld(8) of CTL. */
const DAEMON_SUFFIX = 'd';

/**
 * A name's daemon, which entries write as a program ("zfsd(8)"), is a name of it: an entry on the
 * daemon reports on what it serves. A dictionary word ("used") is no daemon of anything.
 */
function joinDaemons(grouping: Grouping, corpus: CorpusWords): void {
  for (const stem of grouping.kept) {
    // A daemon's name is a word of letters and digits ("c++" or "node.js" names none, and is no pattern).
    if (stem.length < 3 || !/^[\p{L}\p{N}]+$/u.test(stem)) continue;
    const daemon = `${stem}${DAEMON_SUFFIX}`;
    // A daemon already one with other names ("ctld", alias of a longer name) would merge two subjects.
    if (isCommonWord(daemon) || !named(daemon, corpus) || grouping.joinedBeyond(daemon, stem)) continue;
    const asProgram = new RegExp(`(?<![A-Za-z0-9_-])${daemon}\\(\\d`, 'i');
    if (corpus.naming(daemon).some((i) => asProgram.test(corpus.docs[i]!.readable))) grouping.join(stem, daemon);
  }
}

/** The name most titles use, then the most entries, then the shortest; a word of a longer name only if nothing else is kept. */
export function primaryKey(group: ReadonlySet<string>, kept: ReadonlySet<string>, partsOfLonger: ReadonlySet<string>, corpus: CorpusWords): string {
  const names = [...group].filter((k) => kept.has(k));
  const whole = names.filter((k) => !partsOfLonger.has(k));
  return (whole.length ? whole : names)
    .sort(
      (a, b) =>
        corpus.titled(b).length - corpus.titled(a).length || corpus.naming(b).length - corpus.naming(a).length || a.length - b.length || (a < b ? -1 : 1),
    )[0]!;
}
