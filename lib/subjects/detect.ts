import { mineAliases } from '../aliases';
import { compareReportIds, type Entry } from '../model';
import { buildCitationIndex } from '../references/citations';
import { standings, type Standing } from './aboutness';
import { findCandidates, nameStats, namesASubject } from './candidates';
import type { CorpusWords, Doc } from './corpus-words';
import { groupNames, pruneNested, type NameGroup } from './name-groups';
import { nameLikeness } from './name-likeness';
import { isCommonWord } from './ordinary-words';

/** A name that titles rarely use must read as a name in the text, else it is an ordinary word. */
const MIN_NAME_LIKENESS = 0.5;
const MIN_TITLE_AFFINITY = 0.2;
/** A man page, port or wiki page is a name when entries name it mostly by citing it: "ixgbe(4)", not "install". */
const MIN_CITED_SHARE = 0.3;

/**
 * The names of the subjects of a knowledge base, found with no rule naming any: names recurring in
 * titles of several projects and years, and the man pages, ports and wiki pages entries cite
 * (candidates.ts), kept when they read as names, grouped with their aliases (name-groups.ts).
 */
export function detectNameGroups(corpus: CorpusWords, entries: readonly Entry[]): NameGroup[] {
  const likeness = nameLikeness(corpus.docs.map((d) => d.readable));
  const candidates = findCandidates(corpus, buildCitationIndex(entries));
  const keys = [...candidates.values()]
    .filter((c) => {
      const stats = nameStats(corpus, c.key);
      if (!namesASubject(stats, entries.length)) return false;
      const words = c.key.split(' ');
      // A word no small dictionary holds ("netmap", "zfs") is a name; a common one must be written or used as one.
      const nameLike = words.some((w) => !isCommonWord(w) && !/^\d+$/.test(w)) || Math.max(...words.map(likeness)) >= MIN_NAME_LIKENESS;
      const titleAffinity = stats.titled.length / stats.named.length;
      // Common words only ("adapter driver") name a subject when several efforts' titles use them so.
      const titledProjects = new Set(stats.titled.map((i) => corpus.docs[i]!.project)).size;
      if (c.sources.has('title') && stats.titled.length >= 2 && (nameLike || (titleAffinity >= MIN_TITLE_AFFINITY && titledProjects >= 3))) return true;
      return c.citedBy.size >= 2 && (nameLike || c.citedBy.size >= MIN_CITED_SHARE * stats.named.length);
    })
    .map((c) => c.key)
    .sort();
  return groupNames(pruneNested(keys, corpus), corpus, mineAliases(entries, corpus.docs.map((d) => d.readable)), likeness);
}

/** The entries naming a subject: those on its main timeline (core) and those that only mention it, oldest first. */
export interface SubjectEntries {
  core: number[];
  mentions: number[];
}

/** Where each entry naming one of `keys` stands, a project's titles naming them counting for all its entries. */
export function entriesOfNames(corpus: CorpusWords, keys: readonly string[]): Map<number, Standing> {
  const titledProjects = new Set(keys.flatMap((k) => corpus.titled(k).map((i) => corpus.docs[i]!.project)));
  return standings(corpus, keys, (doc) => titledProjects.has(doc.project));
}

/** Entry indexes in time order. */
export function byTime(entries: readonly Entry[]): (i: number, j: number) => number {
  return (i, j) => compareReportIds(entries[i]!.report, entries[j]!.report) || (entries[i]!.id < entries[j]!.id ? -1 : entries[i]!.id > entries[j]!.id ? 1 : 0);
}

/** Entries whose text is read for a name's spelling when no title has it: enough to see how it is written. */
const SPELLING_SAMPLE = 8;

/**
 * How entries most often write a name (a key): in the titles of the entries given first, else in
 * the paragraphs of a few of them that name it; ties go to the first seen.
 */
export function spellingOf(key: string, docs: readonly Doc[]): string {
  const words = key.split(' ');
  const pattern = new RegExp(`(?<![A-Za-z0-9])${words.join('[^A-Za-z0-9]{0,3}')}(?![A-Za-z0-9])`, 'gi');
  const count = (texts: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const text of texts) for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  };
  let counts = count(docs.map((d) => d.entry.title));
  if (counts.size === 0) {
    const padded = ` ${key} `;
    counts = count(docs.slice(0, SPELLING_SAMPLE).flatMap((d) => d.words.units.filter((u) => u.words.includes(padded)).map((u) => u.text)));
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? key;
}
