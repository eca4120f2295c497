import { type CitationIndex, wikiPageOf } from '../references';
import type { CorpusWords } from './corpus-words';
import { NOT_A_NAME } from './stopwords';
import { MAN_SECTION, nameKey } from './words';

/** Longest name taken from titles, in words. */
const MAX_NAME_WORDS = 4;
/** The one word that may sit inside a name: "Summer of Code", "Bill of Materials". */
const INNER_WORDS = new Set(['of']);
/** A name in more of the entries than this share names no particular thing ("kernel", "driver", "ports")... */
export const MAX_SHARE_OF_ENTRIES = 0.06;
/** ...unless that is a few dozen entries: a small knowledge base says too little to tell a common word. */
const SMALL_COUNT = 25;
/** A word of a title as written, joined by hyphens, dots or underscores: "SR-IOV", "if_bridge", "802.11" (not slashes: "FreeBSD/arm64" is two). */
const TITLE_WORD = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/** A possessive's "'s": no word of a name ("LLVM's", "OpenBSD's pf"). */
const POSSESSIVE = /['’]s\b/g;

/** The ports tree's suffix for a program's development version. */
const DEVEL_PORT = /-devel$/;

/** Where a candidate name came from. */
export type CandidateSource = 'title' | 'man' | 'port' | 'wiki';

export interface Candidate {
  key: string;
  sources: Set<CandidateSource>;
  /** Entries citing it as a man page, a port or a wiki page. */
  citedBy: Set<string>;
}

/** A number, an ordinal or a roman numeral past one: "2010", "3rd", "III". */
const NUMBER = /^(?:\d+(?:st|nd|rd|th)?|i{2,3})$/;
export const isNumber = (word: string): boolean => NUMBER.test(word);

/**
 * A run of title words that can name something: no word in it that never names anything (but
 * "of" inside), no number at either end ("2010 The BSD", "(4) Driver", "3rd Edition", "Phase
 * III"), not a lone letter. A program's name (a man page or a port) is one name whatever words
 * it is made of: freebsd-update(8) names a program, where "FreeBSD Update" in a title need not.
 */
function usable(run: readonly string[], program = false): boolean {
  const words = run.join(' ').split(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!program && words.some((w, i) => NOT_A_NAME.has(w) && !(INNER_WORDS.has(w) && i > 0 && i < words.length - 1))) return false;
  if (isNumber(first) || isNumber(last)) return false;
  return words.length > 1 || first.length > 1;
}

/**
 * Names that may be subjects: runs of whole words that recur in the titles of several entries,
 * and the man pages, ports and wiki pages several entries cite. Whether a candidate is one is
 * decided later, from the entries that name it.
 */
export function findCandidates(corpus: CorpusWords, citations: CitationIndex): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const add = (key: string, source: CandidateSource, citedBy: readonly string[] = []): void => {
    if (!key || !usable([key], source === 'man' || source === 'port')) return;
    const found = candidates.get(key) ?? { key, sources: new Set(), citedBy: new Set() };
    candidates.set(key, found);
    found.sources.add(source);
    for (const id of citedBy) found.citedBy.add(id);
  };
  const titleCounts = new Map<string, number>();
  for (const doc of corpus.docs) {
    // Runs of whole title words: "SR-IOV" is one word here, so "sr" alone is never a candidate of it.
    const words = (doc.entry.title.replace(MAN_SECTION, '').replace(POSSESSIVE, '').match(TITLE_WORD) ?? []).map(nameKey).filter(Boolean);
    const seen = new Set<string>();
    for (let n = 1; n <= MAX_NAME_WORDS; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const run = words.slice(i, i + n);
        if (usable(run)) seen.add(run.join(' '));
      }
    }
    for (const key of seen) titleCounts.set(key, (titleCounts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of titleCounts) if (count >= 2) add(key, 'title');

  // A man page in any section, and a port with its development version (`poudriere-devel`), is
  // one program: the entries citing any of them count together.
  const cited = new Map<string, { key: string; source: CandidateSource; entryIds: Set<string> }>();
  for (const { reference, entryIds } of citations.work.values()) {
    if (reference.kind !== 'man' && reference.kind !== 'port') continue;
    const name = reference.kind === 'man' ? reference.id.slice(0, reference.id.lastIndexOf('.')) : (reference.id.split('/')[1] ?? '').replace(DEVEL_PORT, '');
    const key = nameKey(name);
    const found = cited.get(`${reference.kind}:${key}`) ?? { key, source: reference.kind, entryIds: new Set<string>() };
    cited.set(`${reference.kind}:${key}`, found);
    for (const id of entryIds) found.entryIds.add(id);
  }
  for (const { key, source, entryIds } of cited.values()) if (entryIds.size >= 2) add(key, source, [...entryIds]);
  for (const { page, entryIds } of citations.wikiPages.values()) {
    const name = wikiPageOf(`https://wiki.freebsd.org/${page}`) ?? page;
    const last = name.split('/').pop() ?? '';
    if (entryIds.length >= 2 && last) add(nameKey(last), 'wiki', entryIds);
  }
  return candidates;
}

/** What the entries naming a candidate say of it. */
export interface NameStats {
  named: readonly number[];
  titled: readonly number[];
  projects: number;
  years: number;
}

export function nameStats(corpus: CorpusWords, key: string): NameStats {
  const named = corpus.naming(key);
  return {
    named,
    titled: corpus.titled(key),
    projects: new Set(named.map((i) => corpus.docs[i]!.project)).size,
    years: new Set(named.map((i) => corpus.docs[i]!.year)).size,
  };
}

/**
 * A candidate names a subject when several efforts over several years name it, and not nearly
 * every entry does: such a word ("driver", "kernel", "www") is the reports' common vocabulary.
 * A name with a digit in it ("amd64") is a designation, never common vocabulary, however often
 * entries name it in passing (the platform most work is done and tested on).
 */
export function namesASubject(key: string, stats: NameStats, entryCount: number): boolean {
  const designation = /\d/.test(key) && /\p{L}/u.test(key);
  return stats.projects >= 2 && stats.years >= 2 && (designation || stats.named.length <= Math.max(MAX_SHARE_OF_ENTRIES * entryCount, SMALL_COUNT));
}
