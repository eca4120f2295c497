import type { EntrySignals } from './signals';

/** How alike two entries are, signal by signal, each in 0..1. */
export interface Similarity {
  title: number;
  links: number;
  people: number;
  text: number;
  /** 1 when they share a role address (a team's), or both titles name one team, else 0. */
  roles: number;
  /**
   * The persons both name, as a share of the longer list: 0.5 for two names each with one in
   * common, which `people` (shared over all named, 1/3 there) puts below one name of two.
   */
  commonHands: number;
  /** Both name persons, and none in common: different hands, unless a team's address joins them. */
  strangers: boolean;
}

/** One entry's signals weighted by how rare each part is across the knowledge base, ready to compare. */
interface WeightedEntry {
  titleKey: string;
  /** Title word → its weight (IDF); `titleNorm` the length of that vector. */
  title: Map<string, number>;
  titleNorm: number;
  titleAliases: Set<string>;
  titleNamesTeam: boolean;
  /** Link key → how specific it is (0..1). */
  links: Map<string, number>;
  people: Set<string>;
  roles: Set<string>;
  /** Its words as ids in ascending order, and their TF-IDF weights scaled to unit length. */
  termIds: Int32Array;
  termWeights: Float64Array;
}

/** Every entry weighted against the others: what `similarity` compares. */
export interface Rarity {
  entries: WeightedEntry[];
  /** Per entry, its words by weight, strongest first: the words that best say what it is about. */
  strongestTerms: string[][];
}

function documentFrequency(lists: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of lists) for (const key of new Set(list)) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/** A manual page's address: one for every FreeBSD version and mirror of man.cgi. */
const MANUAL_PAGE = /(^|\.)man\.freebsd\.org\/|\/man\.cgi\b/i;
/**
 * A manual page names a tool or interface that separate efforts touch alike (jail(8) for a test
 * runner's jails and for jail metadata; simd(7) for amd64's and aarch64's string functions):
 * citing the same one says little that the two are one project.
 */
const MANUAL_PAGE_SHARE = 0.25;

/**
 * A person's home page (`host/~nate`, or their FreeBSD page `host/~nate/freebsd`) says who, not
 * what: one developer cites it from the SCSI target emulator and from ACPI alike. It counts as
 * little as a manual page.
 */
const PERSONAL_PAGE = /^[^/]+\/~[^/]+(\/freebsd)?$/i;

/**
 * How specific a link is: one a few entries cite counts 1 (a project's own page, cited by each of
 * its reports), one that hundreds cite (a wiki front page, the ports tree) next to nothing. A
 * site's front page counts half: separate efforts around one product cite its home page alike;
 * a manual page or a person's home page a quarter. So does a page in the citing person's own
 * wiki space (`wiki/AdaKing/RadioStuff`): a notebook they keep across their efforts, which two of
 * their entries cite for an SoC port and a wireless driver alike; the same effort's entries say
 * so by their titles and words as well.
 */
function linkSpecificity(key: string, df: number, personal: boolean): number {
  const share = !key.includes('/') ? 0.5 : MANUAL_PAGE.test(key) || PERSONAL_PAGE.test(key) || personal ? MANUAL_PAGE_SHARE : 1;
  return (1 / (1 + Math.log2(Math.max(1, df / 8)))) ** 2 * share;
}

export function measureRarity(signals: readonly EntrySignals[]): Rarity {
  const n = signals.length;
  const titleDf = documentFrequency(signals.map((s) => s.titleTerms));
  const linkDf = documentFrequency(signals.map((s) => s.links));
  const termDf = documentFrequency(signals.map((s) => s.terms.keys()));
  // Ids in word order, not in the order entries came in: text scores are sums in id order, and
  // another order of the same sums differs in the last bits, enough to reorder tied links.
  const termId = new Map([...termDf.keys()].sort().map((term, i) => [term, i]));
  const strongestTerms: string[][] = [];
  const entries = signals.map((s): WeightedEntry => {
    const title = new Map(s.titleTerms.map((t) => [t, Math.log(1 + n / (titleDf.get(t) ?? 1))]));
    const weighted: [number, number, string][] = [];
    let norm = 0;
    for (const [term, count] of s.terms) {
      const df = termDf.get(term) ?? 1;
      // Words in nearly every entry, or in one entry only, tell no two entries apart.
      if (df < 2 || df > n / 4) continue;
      const id = termId.get(term)!;
      const weight = (1 + Math.log(count)) * Math.log(n / df);
      weighted.push([id, weight, term]);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    strongestTerms.push([...weighted].sort((x, y) => y[1] - x[1] || (x[2] < y[2] ? -1 : 1)).map((w) => w[2]));
    weighted.sort((x, y) => x[0] - y[0]);
    return {
      titleKey: s.titleKey,
      title,
      titleNorm: Math.sqrt([...title.values()].reduce((sum, w) => sum + w * w, 0)),
      titleAliases: new Set(s.titleAliases),
      titleNamesTeam: s.titleNamesTeam,
      links: new Map(s.links.map((l) => [l, linkSpecificity(l, linkDf.get(l) ?? 1, s.personalLinks.includes(l))])),
      people: new Set(s.people),
      roles: new Set(s.roles),
      termIds: Int32Array.from(weighted, (w) => w[0]),
      termWeights: Float64Array.from(weighted, (w) => w[1] / length),
    };
  });
  return { entries, strongestTerms };
}

function textSimilarity(a: WeightedEntry, b: WeightedEntry): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.termIds.length && j < b.termIds.length; ) {
    const x = a.termIds[i]!;
    const y = b.termIds[j]!;
    if (x === y) dot += a.termWeights[i++]! * b.termWeights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** A word of one title standing for a longer one of the other: "admin" for "administration". */
function abbreviates(short: string, long: string): boolean {
  return short.length >= 4 && long.length > short.length && long.startsWith(short);
}

/** `abbreviations`: a word may match one it shortens ("doc" for documentation); without, only words and aliases. */
function titleSimilarity(a: WeightedEntry, b: WeightedEntry, abbreviations = true): number {
  if (a.titleKey === b.titleKey) return 1;
  let shared = 0;
  for (const [term, weight] of a.title) {
    if (b.title.has(term)) shared += weight * b.title.get(term)!;
    else if (b.titleAliases.has(term)) shared += weight * weight;
    else if (abbreviations) {
      for (const [other, otherWeight] of b.title) {
        if (abbreviates(term, other) || abbreviates(other, term)) {
          shared += weight * otherWeight;
          break;
        }
      }
    }
  }
  // A word of the other title that this one spells as several words or as their initials.
  for (const [term, weight] of b.title) if (!a.title.has(term) && a.titleAliases.has(term)) shared += weight * weight;
  const denominator = a.titleNorm * b.titleNorm;
  return denominator ? Math.min(1, shared / denominator) : 0;
}

function linkSimilarity(a: WeightedEntry, b: WeightedEntry): number {
  let sum = 0;
  // The lesser of the two: a link one side cites in its own person's space counts as that.
  for (const [link, specificity] of a.links) {
    const other = b.links.get(link);
    if (other !== undefined) sum += Math.min(specificity, other);
  }
  return Math.min(1, sum);
}

function sharedPeople(a: WeightedEntry, b: WeightedEntry): number {
  let shared = 0;
  for (const p of a.people) if (b.people.has(p)) shared++;
  return shared;
}

function peopleSimilarity(a: WeightedEntry, b: WeightedEntry): number {
  if (!a.people.size || !b.people.size) return 0;
  const shared = sharedPeople(a, b);
  return shared / (a.people.size + b.people.size - shared);
}

function commonHands(a: WeightedEntry, b: WeightedEntry): number {
  const most = Math.max(a.people.size, b.people.size);
  return most ? sharedPeople(a, b) / most : 0;
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Titles this alike that both name a team ("Security Officer Team", "Security Team", 0.7) name one
 * team, whoever signs: a team's report is signed by its members in one year and by its address in
 * another, as a shared address would show. Two teams whose names share all but one word of three
 * ("Release Engineering Team", "Documentation Engineering Team") reach about 0.6.
 */
const SAME_TEAM_TITLE = 0.65;

export function similarity(i: number, j: number, rarity: Rarity): Similarity {
  const a = rarity.entries[i]!;
  const b = rarity.entries[j]!;
  const people = peopleSimilarity(a, b);
  const title = titleSimilarity(a, b);
  // Word for word: "Office Team" shortens no "Officer Team", though a word may shorten another.
  const sameTeam = a.titleNamesTeam && b.titleNamesTeam && title >= SAME_TEAM_TITLE && titleSimilarity(a, b, false) >= SAME_TEAM_TITLE;
  const roles = sharesAny(a.roles, b.roles) || sameTeam ? 1 : 0;
  return {
    title,
    links: linkSimilarity(a, b),
    people,
    text: textSimilarity(a, b),
    roles,
    commonHands: commonHands(a, b),
    strangers: people === 0 && roles === 0 && a.people.size > 0 && b.people.size > 0,
  };
}
