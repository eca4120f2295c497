// Shared by `npm run bench:threads` and the tests: the hand-labeled threads (which entries of
// the real corpus belong to one project, and which look-alikes do not) and the pairwise
// precision/recall a grouping of entries into projects is measured with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from './relevance-lib';
import type { ProjectIndex } from '../lib/model';

export const LABELED_FILE = path.join(ROOT, 'test', 'projects', 'labeled-threads.json');
/**
 * Written blind by a helper who never read lib/projects, split into a tuning half and a test
 * half (`half`). The test half is held out: threading is tuned on the old set and the tune half
 * only, and of the test half nothing but summary figures is ever looked at (README.md there).
 */
export const FRESH_FILE = path.join(ROOT, 'test', 'projects', 'fresh-threads.json');

/** The targets the automatic threading is held to. */
export const TARGETS = { precision: 0.95, recall: 0.9 } as const;
/** What the fresh test half is held to (issue 11): recall, and look-alike pairs kept apart. */
export const FRESH_TARGETS = { precision: 0.95, recall: 0.95, keptApart: 0.97 } as const;

const HalfSchema = z.enum(['tune', 'test']);
const KindSchema = z.enum(['team', 'renamed', 'ordinary']);
export type Half = z.infer<typeof HalfSchema>;
export type ThreadKind = z.infer<typeof KindSchema>;

const EntryIdSchema = z.string().regex(/^[^/\s]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an entry id such as 2014-01-2014-03/pci-sr-iov-infrastructure');

/**
 * `test/projects/labeled-threads.json`:
 * - `threads`: each one project followed across reports, with ALL of its entries in the corpus
 *   (`<report id>/<entry slug>`); `titleChanged` when its entries' titles differ by more than
 *   case, punctuation and the words "The" and "FreeBSD"; `note` says why they belong together.
 *   Entries whose membership is doubtful are left out of every thread rather than guessed.
 *   In the fresh set, `kind` (a team's reports, a renamed thread, an ordinary one) and `half`.
 * - `apart`: look-alike entries that are different projects (same title words, same person,
 *   same links), with why (and `half` in the fresh set).
 */
const LabeledSchema = z
  .object({
    threads: z.array(
      z
        .object({
          name: z.string().min(1),
          titleChanged: z.boolean(),
          kind: KindSchema.optional(),
          half: HalfSchema.optional(),
          entries: z.array(EntryIdSchema).min(1),
          note: z.string().min(1).optional(),
        })
        .strict(),
    ),
    apart: z.array(z.object({ a: EntryIdSchema, b: EntryIdSchema, why: z.string().min(1), half: HalfSchema.optional() }).strict()),
  })
  .strict();

export type LabeledThreads = z.infer<typeof LabeledSchema>;
export type LabeledThread = LabeledThreads['threads'][number];
export type ApartPair = LabeledThreads['apart'][number];

/** The labeled set, checked for shape only: `labeledProblems` checks it against a corpus. */
export function loadLabeled(file = LABELED_FILE): LabeledThreads {
  return LabeledSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A labeled thread by name; throws when there is none, so a renamed thread fails loudly. */
export function threadNamed(labeled: LabeledThreads, name: string): LabeledThread {
  const thread = labeled.threads.find((t) => t.name === name);
  if (!thread) throw new Error(`no labeled thread named "${name}"`);
  return thread;
}

/**
 * Everything wrong with the labeled set against the entries a content folder has: unknown
 * ids, an entry listed twice or in two threads, duplicate names, apart pairs that contradict
 * the threads, a set split into halves with a thread or pair in neither. Each message names the
 * entry id or thread. Empty when the set is usable.
 */
export function labeledProblems(labeled: LabeledThreads, knownIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (labeled.threads.some((t) => t.half) || labeled.apart.some((p) => p.half)) {
    for (const t of labeled.threads) if (!t.half || !t.kind) problems.push(`thread "${t.name}": the set is split into halves, but it has no half or no kind`);
    for (const p of labeled.apart) if (!p.half) problems.push(`${p.a} / ${p.b}: the set is split into halves, but this apart pair has none`);
  }
  const threadOf = new Map<string, string>();
  const names = new Set<string>();
  for (const thread of labeled.threads) {
    if (names.has(thread.name)) problems.push(`thread name "${thread.name}" is used twice`);
    names.add(thread.name);
    for (const id of thread.entries) {
      if (!knownIds.has(id)) problems.push(`${id}: no such entry in the content folder (thread "${thread.name}")`);
      const other = threadOf.get(id);
      if (other === thread.name) problems.push(`${id}: listed twice in thread "${thread.name}"`);
      else if (other !== undefined) problems.push(`${id}: in two threads, "${other}" and "${thread.name}"`);
      else threadOf.set(id, thread.name);
    }
  }
  const seenPairs = new Set<string>();
  for (const { a, b } of labeled.apart) {
    for (const id of [a, b]) if (!knownIds.has(id)) problems.push(`${id}: no such entry in the content folder (apart pair ${a} / ${b})`);
    const inA = threadOf.get(a);
    if (a === b) problems.push(`${a}: apart from itself`);
    else if (inA !== undefined && inA === threadOf.get(b)) problems.push(`${a} / ${b}: said to be apart, but both are in thread "${inA}"`);
    const key = pairKey(a, b);
    if (seenPairs.has(key)) problems.push(`${a} / ${b}: apart pair listed twice`);
    seenPairs.add(key);
  }
  return problems;
}

/** A grouping as the metrics see it: entry id → the key of its group (a project slug). */
export type Grouping = ReadonlyMap<string, string>;

/** The grouping a `ProjectIndex` stands for: each entry keyed by its project's slug. */
export function groupingOfIndex(index: Pick<ProjectIndex, 'byEntryId'>): Map<string, string> {
  return new Map([...index.byEntryId].map(([id, project]) => [id, project.slug]));
}

export interface PairMetrics {
  /** Unordered pairs of entries inside one labeled thread. */
  positivePairs: number;
  /** Apart pairs, plus pairs of entries from two different labeled threads. */
  negativePairs: number;
  /** Positive pairs the grouping puts together. */
  truePositives: number;
  /** Negative pairs the grouping puts together. */
  falsePositives: number;
  /** TP / (TP + FP); 1 when the grouping puts no labeled pair together. */
  precision: number;
  /** TP / positive pairs. */
  recall: number;
  f1: number;
}

export interface ThreadResult {
  name: string;
  titleChanged: boolean;
  /** The groups its entries landed in, largest first. */
  groups: { key: string; entries: string[] }[];
}

export interface WrongMerge {
  a: string;
  b: string;
  key: string;
  /** Why they are apart: the apart pair's reason, or the two threads they belong to. */
  why: string;
}

export interface GroupingEvaluation {
  metrics: PairMetrics;
  /**
   * Recall per thread (of at least two entries), averaged: pairwise recall is dominated by the
   * long-lived team threads, this weighs a two-entry student project like a team report.
   */
  threadAverageRecall: number;
  threads: ThreadResult[];
  /** Apart pairs the grouping put together. */
  wrongMerges: WrongMerge[];
  /** Groups holding entries of more than one labeled thread, with the threads and counts. */
  mixedGroups: { key: string; threads: { name: string; entries: number }[] }[];
}

/**
 * Pairwise precision and recall of a grouping against the labeled set. An entry the grouping
 * does not know is treated as a group of its own. Counting goes through group sizes, so the
 * few hundred thousand cross-thread pairs are never listed.
 */
export function evaluateGrouping(labeled: LabeledThreads, grouping: Grouping): GroupingEvaluation {
  const keyOf = (id: string) => grouping.get(id) ?? `(no group) ${id}`;
  const threadOf = new Map<string, string>();
  for (const t of labeled.threads) for (const id of t.entries) threadOf.set(id, t.name);

  const threads = labeled.threads.map((t): ThreadResult => {
    const byKey = new Map<string, string[]>();
    for (const id of t.entries) byKey.set(keyOf(id), [...(byKey.get(keyOf(id)) ?? []), id]);
    const groups = [...byKey].map(([key, entries]) => ({ key, entries })).sort((x, y) => y.entries.length - x.entries.length || (x.key < y.key ? -1 : 1));
    return { name: t.name, titleChanged: t.titleChanged, groups };
  });

  let positivePairs = 0;
  let truePositives = 0;
  for (const t of threads) {
    positivePairs += choose2(t.groups.reduce((n, g) => n + g.entries.length, 0));
    for (const g of t.groups) truePositives += choose2(g.entries.length);
  }

  // Cross-thread pairs: all pairs of labeled entries minus the pairs within a thread; those
  // grouped together are, per group, all its labeled pairs minus its within-thread pairs.
  const labeledCount = threadOf.size;
  let negativePairs = choose2(labeledCount) - positivePairs;
  const perGroup = new Map<string, Map<string, number>>();
  for (const [id, name] of threadOf) {
    const counts = perGroup.get(keyOf(id)) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    perGroup.set(keyOf(id), counts);
  }
  let falsePositives = 0;
  const mixedGroups: GroupingEvaluation['mixedGroups'] = [];
  for (const [key, counts] of perGroup) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    falsePositives += choose2(total) - [...counts.values()].reduce((n, c) => n + choose2(c), 0);
    if (counts.size > 1) mixedGroups.push({ key, threads: [...counts].map(([name, entries]) => ({ name, entries })).sort((x, y) => y.entries - x.entries) });
  }

  const wrongMerges: WrongMerge[] = [];
  const counted = new Set<string>();
  for (const { a, b, why } of labeled.apart) {
    const key = pairKey(a, b);
    if (counted.has(key) || a === b) continue;
    counted.add(key);
    const alreadyCrossThread = threadOf.has(a) && threadOf.has(b) && threadOf.get(a) !== threadOf.get(b);
    if (!alreadyCrossThread) negativePairs += 1;
    if (keyOf(a) !== keyOf(b)) continue;
    wrongMerges.push({ a, b, key: keyOf(a), why });
    if (!alreadyCrossThread) falsePositives += 1;
  }

  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = positivePairs === 0 ? 1 : truePositives / positivePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const perThread = threads
    .map((t) => ({ pairs: choose2(t.groups.reduce((n, g) => n + g.entries.length, 0)), together: t.groups.reduce((n, g) => n + choose2(g.entries.length), 0) }))
    .filter((t) => t.pairs > 0);
  const threadAverageRecall = perThread.length ? perThread.reduce((n, t) => n + t.together / t.pairs, 0) / perThread.length : 1;
  return {
    metrics: { positivePairs, negativePairs, truePositives, falsePositives, precision, recall, f1 },
    threadAverageRecall,
    threads,
    wrongMerges,
    mixedGroups: mixedGroups.sort((x, y) => y.threads.length - x.threads.length || (x.key < y.key ? -1 : 1)),
  };
}

/** Labeled threads of at least two entries that land whole in one group. */
export function wholeThreads(evaluation: GroupingEvaluation, filter: (t: ThreadResult) => boolean = () => true): { whole: number; of: number } {
  const candidates = evaluation.threads.filter((t) => filter(t) && t.groups.reduce((n, g) => n + g.entries.length, 0) > 1);
  return { whole: candidates.filter((t) => t.groups.length === 1).length, of: candidates.length };
}

/** Unordered pairs among n items. */
export function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** An unordered pair of entry ids as one key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export const SECOND_READER_FILE = path.join(ROOT, 'test', 'projects', 'second-reader.json');

/**
 * `test/projects/second-reader.json`: a second reader, who saw neither the fresh set nor the
 * threading, given one entry of 24 fresh threads (12 a half) found every entry of its thread, and
 * judged 80 pairs (the fresh set's look-alikes kept apart and pairs of one thread, shuffled)
 * "same" or "different". How far two readers agree is what the labels can tell apart.
 */
const SecondReaderSchema = z
  .object({
    threads: z.array(z.object({ seed: EntryIdSchema, half: HalfSchema, entries: z.array(EntryIdSchema).min(1) }).strict()),
    pairs: z.array(z.object({ a: EntryIdSchema, b: EntryIdSchema, half: HalfSchema, verdict: z.enum(['same', 'different']), why: z.string().min(1) }).strict()),
  })
  .strict();
export type SecondReader = z.infer<typeof SecondReaderSchema>;

export function loadSecondReader(file = SECOND_READER_FILE): SecondReader {
  return SecondReaderSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** One reader's (or the threading's) calls against the fresh set's, on the second reader's threads and pairs. */
export interface ReaderScores {
  /** Pairs of the fresh threads (seeded) it puts together, of all their pairs. */
  recall: number;
  /** Of the pairs it puts together around each seed, those the fresh thread has. */
  precision: number;
  /** Look-alike pairs the fresh set keeps apart that it keeps apart too. */
  keptApart: number;
  /** Pairs of one fresh thread it puts together. */
  joined: number;
}

/**
 * The second reader and a grouping scored alike against the fresh set, on the seeds' threads and
 * the judged pairs of one half: the second reader's figures are the ceiling the labels allow.
 */
export function readerAgreement(fresh: LabeledThreads, second: SecondReader, grouping: Grouping, half: Half): { second: ReaderScores; grouping: ReaderScores; threads: number; pairs: number } {
  const threadOf = new Map(fresh.threads.flatMap((t) => t.entries.map((id) => [id, t] as const)));
  const apart = new Set(fresh.apart.map((p) => pairKey(p.a, p.b)));
  const groupMembers = new Map<string, string[]>();
  for (const [id, key] of grouping) groupMembers.set(key, [...(groupMembers.get(key) ?? []), id]);
  const threads = second.threads.filter((t) => t.half === half);
  const pairs = second.pairs.filter((p) => p.half === half);
  const apartPairs = pairs.filter((p) => apart.has(pairKey(p.a, p.b)));
  const samePairs = pairs.filter((p) => !apart.has(pairKey(p.a, p.b)) && threadOf.get(p.a) !== undefined && threadOf.get(p.a) === threadOf.get(p.b));
  const score = (around: (seed: string) => readonly string[], same: (a: string, b: string) => boolean): ReaderScores => {
    let pairsFirst = 0;
    let pairsOther = 0;
    let pairsBoth = 0;
    for (const { seed } of threads) {
      const first = new Set(threadOf.get(seed)?.entries ?? [seed]);
      const other = around(seed);
      const both = other.filter((id) => first.has(id)).length;
      pairsFirst += choose2(first.size);
      pairsOther += choose2(other.length);
      pairsBoth += choose2(both);
    }
    return {
      recall: pairsFirst ? pairsBoth / pairsFirst : 1,
      precision: pairsOther ? pairsBoth / pairsOther : 1,
      keptApart: apartPairs.length ? apartPairs.filter((p) => !same(p.a, p.b)).length / apartPairs.length : 1,
      joined: samePairs.length ? samePairs.filter((p) => same(p.a, p.b)).length / samePairs.length : 1,
    };
  };
  const secondThreads = new Map(threads.map((t) => [t.seed, t.entries]));
  const verdicts = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.verdict]));
  return {
    second: score((seed) => secondThreads.get(seed) ?? [seed], (a, b) => verdicts.get(pairKey(a, b)) === 'same'),
    grouping: score((seed) => groupMembers.get(grouping.get(seed) ?? '') ?? [seed], (a, b) => joined(grouping, a, b)),
    threads: threads.length,
    pairs: pairs.length,
  };
}

export const SAME_HAND_FILE = path.join(ROOT, 'test', 'projects', 'same-hand-pairs.json');

/**
 * `test/projects/same-hand-pairs.json`: pairs of entries that share a contact, are one to four
 * reports apart and have different titles, with a title word or a link in common, drawn at random
 * from all such pairs of the corpus (not from the threading's output), each judged by a reader
 * who never read `lib/projects`: "same" effort carried on (renamed, rescoped), "different"
 * efforts, or "unsure" (not scored). It measures the threading where it is hardest: one person's
 * next report under another title. Pairs sharing an entry are in one half; the test half is held
 * out like the fresh set's.
 */
const SameHandSchema = z
  .object({
    pairs: z.array(
      z.object({ a: EntryIdSchema, b: EntryIdSchema, judgement: z.enum(['same', 'different', 'unsure']), why: z.string().min(1), half: HalfSchema }).strict(),
    ),
  })
  .strict();
export type SameHandPairs = z.infer<typeof SameHandSchema>;
export type SameHandPair = SameHandPairs['pairs'][number];

export function loadSameHandPairs(file = SAME_HAND_FILE): SameHandPairs {
  return SameHandSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Of one half's judged pairs, per judgement, whether a grouping agrees (joins "same", keeps "different" apart). */
export function sameHandAgreement(pairs: readonly SameHandPair[], grouping: Grouping, half: Half): { same: boolean[]; different: boolean[] } {
  const together = (p: SameHandPair): boolean => joined(grouping, p.a, p.b);
  const ofHalf = pairs.filter((p) => p.half === half);
  return {
    same: ofHalf.filter((p) => p.judgement === 'same').map(together),
    different: ofHalf.filter((p) => p.judgement === 'different').map((p) => !together(p)),
  };
}

/** Whether a grouping puts two entries in one group. */
export function joined(grouping: Grouping, a: string, b: string): boolean {
  return grouping.get(a) !== undefined && grouping.get(a) === grouping.get(b);
}
