// `npm run bench:threads`: how well entries are grouped into projects, measured as pairwise
// precision, recall and F1, whole threads, thread-average recall and look-alike pairs kept apart,
// on the old labeled set (test/projects/labeled-threads.json, which the weights were first tuned
// on) and on the fresh set's tune and test halves (fresh-threads.json), whole and per kind; for
// the naive grouping by normalized title and for `threadProjects` alone (no projects.yml, no
// ledger); plus the time `threadProjects` takes on the whole corpus.
// Content: KB_CONTENT_DIR (or KB_IMPORTED_CONTENT) if set, else a fresh import of KB_CORPUS.
// VERBOSE=1 adds, for the old set and the tune halves only, the split threads, the wrongly merged
// apart pairs, the groups mixing labeled threads and the same-hand pairs the threading gets wrong;
// nothing that names a test half.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../lib/content';
import { threadProjects } from '../lib/projects';
import { groupByNormalizedTitle } from './naive-grouping';
import { bootstrapInterval, formatInterval, mean } from './statistics';
import { importedContent, ROOT } from './relevance-lib';
import { benchSets, heldOut, type HeldOut, type LabeledSet } from './threads-sets';
import {
  choose2,
  evaluateGrouping,
  FRESH_FILE,
  FRESH_TARGETS,
  groupingOfIndex,
  joined,
  LABELED_FILE,
  labeledProblems,
  loadLabeled,
  loadSameHandPairs,
  loadSecondReader,
  pairKey,
  SAME_HAND_FILE,
  sameHandAgreement,
  readerAgreement,
  TARGETS,
  wholeThreads,
  type GroupingEvaluation,
  type ReaderScores,
  type Grouping,
  type SameHandPairs,
  type LabeledThreads,
} from './threads-lib';

const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'));
const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-threads-'));
const TIME_TARGET_MS = 5000;

try {
  const dir = importedContent(corpus, temp);
  const kb = loadKnowledgeBase(dir);
  const old = loadLabeled(LABELED_FILE);
  const fresh = loadLabeled(FRESH_FILE);
  const sameHand = loadSameHandPairs();
  const known = new Set(kb.entries.map((e) => e.id));
  const problems = [
    ...labeledProblems(old, known).map((p) => `${path.basename(LABELED_FILE)}: ${p}`),
    ...labeledProblems(fresh, known).map((p) => `${path.basename(FRESH_FILE)}: ${p}`),
    ...sameHand.pairs.flatMap((p) => [p.a, p.b].filter((id) => !known.has(id)).map((id) => `${path.basename(SAME_HAND_FILE)}: unknown entry ${id}`)),
  ];
  if (problems.length) {
    console.error(`The labeled sets do not fit ${dir}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    report(old, fresh, sameHand, kb);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

function report(old: LabeledThreads, fresh: LabeledThreads, sameHand: SameHandPairs, kb: KnowledgeBase): void {
  console.log(`content: ${kb.dir} (${kb.entries.length} entries)`);
  const naiveProjects = groupByNormalizedTitle(kb.entries);
  const naive: Grouping = new Map(naiveProjects.flatMap((p) => p.entries.map((e) => [e.id, p.slug] as const)));

  let started = performance.now();
  const index = threadProjects(kb.entries);
  const threadMs = performance.now() - started;
  // A second run, warm: the first pays for JIT compilation and is the one a cold start sees.
  started = performance.now();
  threadProjects(kb.entries);
  const warmMs = performance.now() - started;
  const threaded = groupingOfIndex(index);
  console.log(`projects: ${naiveProjects.length} naive (title), ${index.projects.length} threadProjects\n`);

  console.log(
    `${'set'.padEnd(30)} ${'grouping'.padEnd(15)} precision   recall       F1  whole threads  whole (title changed)  thread-avg recall     kept apart`,
  );
  const sets = benchSets(old, fresh);
  const results = new Map<string, GroupingEvaluation>();
  for (const set of sets) {
    const name = `${set.indent ? '  ' : ''}${set.name} (${set.labeled.threads.length}/${set.labeled.apart.length})`;
    printRow(name, 'naive (title)', evaluateGrouping(set.labeled, naive), set.labeled);
    const e = evaluateGrouping(set.labeled, threaded);
    results.set(set.indent ? '' : set.name, e);
    printRow('', 'threadProjects', e, set.labeled);
  }
  console.log('(set: threads/apart pairs; per kind, the apart pairs touching a thread of that kind)\n');

  const oldResult = results.get('old set')!;
  const test = results.get('fresh test')!;
  printIntervals(test, fresh);
  printSecondReader(fresh, threaded);
  printSameHand(sameHand, naive, threaded);
  const oldMet = oldResult.metrics.precision >= TARGETS.precision && oldResult.metrics.recall >= TARGETS.recall;
  console.log(`old set: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}: ${oldMet ? 'met' : 'missed'}`);
  const testMet =
    test.metrics.precision >= FRESH_TARGETS.precision && test.metrics.recall >= FRESH_TARGETS.recall && keptApart(test, fresh, 'test') >= FRESH_TARGETS.keptApart;
  console.log(
    `fresh test half: precision >= ${FRESH_TARGETS.precision}, recall >= ${FRESH_TARGETS.recall}, kept apart >= ${FRESH_TARGETS.keptApart}: ${testMet ? 'met' : 'missed'}\n`,
  );
  console.log(
    `threadProjects took ${(threadMs / 1000).toFixed(2)} s on ${kb.entries.length} entries, ${(warmMs / 1000).toFixed(2)} s warm ` +
      `(target < ${TIME_TARGET_MS / 1000} s: ${threadMs < TIME_TARGET_MS ? 'met' : 'missed'})`,
  );

  if (process.env.VERBOSE) {
    const held = heldOut(fresh);
    for (const set of sets) if (set.inspectable && !set.indent) printDetails(set, evaluateGrouping(set.labeled, threaded), held);
  }
}

/**
 * How sure the fresh test half's recall and kept-apart share are: 95% bootstrap intervals,
 * resampling its threads (a thread's pairs stand or fall together) and its apart pairs.
 */
function printIntervals(test: GroupingEvaluation, fresh: LabeledThreads): void {
  const threads = test.threads.map((t) => {
    const size = t.groups.reduce((n, g) => n + g.entries.length, 0);
    return { pairs: choose2(size), together: t.groups.reduce((n, g) => n + choose2(g.entries.length), 0) };
  });
  const recall = bootstrapInterval(threads, (sample) => sample.reduce((n, t) => n + t.together, 0) / Math.max(1, sample.reduce((n, t) => n + t.pairs, 0)));
  const merged = new Set(test.wrongMerges.map((m) => pairKey(m.a, m.b)));
  const kept = fresh.apart.filter((p) => p.half === 'test').map((p) => (merged.has(pairKey(p.a, p.b)) ? 0 : 1));
  const apart = bootstrapInterval(kept, mean);
  console.log(`fresh test half, 95% intervals: pair recall ${formatInterval(recall, 3)} (over its threads), kept apart ${formatInterval(apart, 3)} (over its apart pairs)`);
}

/** The second reader next to the threading, both against the fresh set: what the labels can tell apart. */
function printSecondReader(fresh: LabeledThreads, threaded: Grouping): void {
  const second = loadSecondReader();
  const row = (label: string, r: ReaderScores): string =>
    `  ${label.padEnd(30)} ${fix(r.recall).padStart(8)} ${fix(r.precision).padStart(9)} ${fix(r.keptApart).padStart(10)} ${fix(r.joined).padStart(8)}`;
  console.log(`\nsecond reader (${second.threads.length} seeded threads, ${second.pairs.length} judged pairs), both against the fresh set:`);
  console.log(`  ${''.padEnd(30)}   recall precision kept apart   joined`);
  for (const half of ['tune', 'test'] as const) {
    const a = readerAgreement(fresh, second, threaded, half);
    console.log(row(`${half}: second reader`, a.second));
    console.log(row(`${half}: threadProjects`, a.grouping));
  }
  console.log('  (recall/precision: pairs of the seeded threads; kept apart: look-alike pairs; joined: pairs of one thread)\n');
}

/** One person's entries under different titles, judged same or different effort: both groupings, both halves. */
function printSameHand(sameHand: SameHandPairs, naive: Grouping, threaded: Grouping): void {
  const share = (agreed: readonly boolean[]): string => `${agreed.filter(Boolean).length}/${agreed.length} ${fix(mean(agreed.map(Number)))}`;
  const interval = (agreed: readonly boolean[]): string => formatInterval(bootstrapInterval(agreed.map(Number), mean), 3);
  console.log(`same-hand pairs (${sameHand.pairs.length}: one contact, 1-4 reports apart, other titles), judged blind:`);
  console.log(`  ${''.padEnd(30)} ${'same joined'.padStart(16)} ${'different kept apart'.padStart(22)}`);
  for (const half of ['tune', 'test'] as const) {
    for (const [name, grouping] of [['naive (title)', naive], ['threadProjects', threaded]] as const) {
      const a = sameHandAgreement(sameHand.pairs, grouping, half);
      console.log(`  ${`${half}: ${name}`.padEnd(30)} ${share(a.same).padStart(16)} ${share(a.different).padStart(22)}`);
      if (half === 'test' && grouping === threaded) console.log(`  ${''.padEnd(30)} ${interval(a.same).padStart(16)} ${interval(a.different).padStart(22)}  (95%, over pairs)`);
    }
  }
  if (process.env.VERBOSE) {
    // The tuning half only: the test half's pairs are held out like the fresh set's.
    for (const p of sameHand.pairs.filter((p) => p.half === 'tune' && p.judgement !== 'unsure' && joined(threaded, p.a, p.b) !== (p.judgement === 'same'))) {
      console.log(`  tune, ${p.judgement === 'same' ? 'split' : 'joined'}: ${p.a} / ${p.b} (${p.why})`);
    }
  }
  console.log('');
}

function keptApart(e: GroupingEvaluation, labeled: LabeledThreads, half?: string): number {
  const pairs = labeled.apart.filter((p) => half === undefined || p.half === half).length;
  return pairs === 0 ? 1 : (pairs - e.wrongMerges.length) / pairs;
}

function printRow(set: string, grouping: string, e: GroupingEvaluation, labeled: LabeledThreads): void {
  const all = wholeThreads(e);
  const changed = wholeThreads(e, (t) => t.titleChanged);
  const apart = labeled.apart.length;
  const kept = `${apart - e.wrongMerges.length}/${apart} ${fix(keptApart(e, labeled))}`;
  console.log(
    `${set.padEnd(30)} ${grouping.padEnd(15)} ${fix(e.metrics.precision).padStart(9)} ${fix(e.metrics.recall).padStart(8)} ${fix(e.metrics.f1).padStart(8)}` +
      ` ${`${all.whole}/${all.of}`.padStart(14)} ${`${changed.whole}/${changed.of}`.padStart(22)}` +
      ` ${fix(e.threadAverageRecall).padStart(18)} ${kept.padStart(14)}`,
  );
}

/** Split threads, wrong merges and mixed groups of an inspectable set, minus anything held out. */
function printDetails(set: LabeledSet, e: GroupingEvaluation, held: HeldOut): void {
  const threadOf = new Map(set.labeled.threads.flatMap((t) => t.entries.map((id) => [id, t.name] as const)));
  const heldThreads = new Set(set.labeled.threads.filter((t) => t.entries.some((id) => held.entries.has(id))).map((t) => t.name));
  let withheld = 0;
  const show = (hidden: boolean): boolean => (hidden ? (withheld++, false) : true);

  console.log(`\n== ${set.name}: split threads`);
  for (const t of e.threads) {
    if (t.groups.length < 2 || !show(heldThreads.has(t.name))) continue;
    const size = t.groups.reduce((n, g) => n + g.entries.length, 0);
    console.log(`  ${t.name}${t.titleChanged ? ' (title changed)' : ''}: ${size} entries in ${t.groups.length} groups`);
    for (const g of t.groups) console.log(`    ${g.key}: ${g.entries.length === 1 ? g.entries[0] : `${g.entries.length} entries, ${g.entries[0]} ...`}`);
  }
  console.log(`\n== ${set.name}: apart pairs wrongly merged (${e.wrongMerges.length})`);
  for (const w of e.wrongMerges) {
    const hidden = held.pairs.has(pairKey(w.a, w.b)) || [w.a, w.b].some((id) => held.entries.has(id) || heldThreads.has(threadOf.get(id) ?? ''));
    if (show(hidden)) console.log(`  ${w.key}: ${w.a} + ${w.b} (${w.why})`);
  }
  console.log(`\n== ${set.name}: groups mixing labeled threads (${e.mixedGroups.length})`);
  for (const g of e.mixedGroups) {
    if (show(g.threads.some((t) => heldThreads.has(t.name)))) console.log(`  ${g.key}: ${g.threads.map((t) => `${t.name} (${t.entries})`).join(', ')}`);
  }
  if (withheld) console.log(`\n(${withheld} details withheld: they name threads or pairs of the fresh test half)`);
}

function fix(n: number): string {
  return n.toFixed(4);
}
