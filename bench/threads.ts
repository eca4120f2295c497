// `npm run bench:threads`: how well entries are grouped into projects, measured on the
// hand-labeled threads (test/projects/labeled-threads.json) as pairwise precision, recall and F1,
// for the naive grouping by normalized title and for `threadProjects` alone (no projects.yml,
// no ledger), plus the time `threadProjects` takes on the whole corpus.
// Content: KB_CONTENT_DIR (or KB_IMPORTED_CONTENT) if set, else a fresh import of KB_CORPUS.
// VERBOSE=1 adds, per grouping, the split threads, the wrongly merged apart pairs and the
// groups mixing labeled threads.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase, type KnowledgeBase } from '../lib/content';
import { threadProjects } from '../lib/projects';
import { groupByNormalizedTitle } from './naive-grouping';
import { importedContent, ROOT } from './relevance-lib';
import {
  evaluateGrouping,
  groupingOfIndex,
  labeledProblems,
  loadLabeled,
  TARGETS,
  wholeThreads,
  type GroupingEvaluation,
  type LabeledThreads,
} from './threads-lib';

const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'));
const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-threads-'));
const TIME_TARGET_MS = 5000;

try {
  const dir = importedContent(corpus, temp);
  const kb = loadKnowledgeBase(dir);
  const labeled = loadLabeled();
  const problems = labeledProblems(labeled, new Set(kb.entries.map((e) => e.id)));
  if (problems.length) {
    console.error(`The labeled set does not fit ${dir}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    report(labeled, kb);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

function report(labeled: LabeledThreads, kb: KnowledgeBase): void {
  const labeledEntries = labeled.threads.reduce((n, t) => n + t.entries.length, 0);
  console.log(`content: ${kb.dir} (${kb.entries.length} entries)`);
  console.log(
    `labeled: ${labeled.threads.length} threads (${labeled.threads.filter((t) => t.titleChanged).length} with a changed title), ` +
      `${labeledEntries} entries, ${labeled.apart.length} apart pairs\n`,
  );

  const naiveProjects = groupByNormalizedTitle(kb.entries);
  const naive = evaluateGrouping(labeled, new Map(naiveProjects.flatMap((p) => p.entries.map((e) => [e.id, p.slug] as const))));

  let started = performance.now();
  const index = threadProjects(kb.entries);
  const threadMs = performance.now() - started;
  // A second run, warm: the first pays for JIT compilation and is the one a cold start sees.
  started = performance.now();
  threadProjects(kb.entries);
  const warmMs = performance.now() - started;
  const threaded = evaluateGrouping(labeled, groupingOfIndex(index));

  const m = naive.metrics;
  console.log(`pairs: ${m.positivePairs} positive, ${m.negativePairs} negative\n`);
  console.log(`${''.padEnd(16)} precision   recall       F1  projects  whole threads  whole (title changed)  thread-avg recall  apart merged`);
  const row = (name: string, e: GroupingEvaluation, projects: number) => {
    const all = wholeThreads(e);
    const changed = wholeThreads(e, (t) => t.titleChanged);
    console.log(
      `${name.padEnd(16)} ${fix(e.metrics.precision).padStart(9)} ${fix(e.metrics.recall).padStart(8)} ${fix(e.metrics.f1).padStart(8)}` +
        ` ${String(projects).padStart(9)} ${`${all.whole}/${all.of}`.padStart(14)} ${`${changed.whole}/${changed.of}`.padStart(22)}` +
        ` ${fix(e.threadAverageRecall).padStart(18)} ${`${e.wrongMerges.length}/${labeled.apart.length}`.padStart(13)}`,
    );
  };
  row('naive (title)', naive, naiveProjects.length);
  row('threadProjects', threaded, index.projects.length);
  console.log(`${'targets'.padEnd(16)} ${`>= ${TARGETS.precision}`.padStart(9)} ${`>= ${TARGETS.recall}`.padStart(8)}`);
  const met = threaded.metrics.precision >= TARGETS.precision && threaded.metrics.recall >= TARGETS.recall;
  console.log(`threadProjects ${met ? 'meets' : 'misses'} the targets\n`);
  console.log(
    `threadProjects took ${(threadMs / 1000).toFixed(2)} s on ${kb.entries.length} entries, ${(warmMs / 1000).toFixed(2)} s warm ` +
      `(target < ${TIME_TARGET_MS / 1000} s: ${threadMs < TIME_TARGET_MS ? 'met' : 'missed'})`,
  );

  if (process.env.VERBOSE) {
    printDetails('naive (title)', naive);
    printDetails('threadProjects', threaded);
  }
}

function printDetails(name: string, e: GroupingEvaluation): void {
  console.log(`\n== ${name}: split threads`);
  for (const t of e.threads) {
    if (t.groups.length < 2) continue;
    const size = t.groups.reduce((n, g) => n + g.entries.length, 0);
    console.log(`  ${t.name}${t.titleChanged ? ' (title changed)' : ''}: ${size} entries in ${t.groups.length} groups`);
    for (const g of t.groups) console.log(`    ${g.key}: ${g.entries.length === 1 ? g.entries[0] : `${g.entries.length} entries, ${g.entries[0]} ...`}`);
  }
  console.log(`\n== ${name}: apart pairs wrongly merged (${e.wrongMerges.length})`);
  for (const w of e.wrongMerges) console.log(`  ${w.key}: ${w.a} + ${w.b} (${w.why})`);
  console.log(`\n== ${name}: groups mixing labeled threads (${e.mixedGroups.length})`);
  for (const g of e.mixedGroups) console.log(`  ${g.key}: ${g.threads.map((t) => `${t.name} (${t.entries})`).join(', ')}`);
}

function fix(n: number): string {
  return n.toFixed(4);
}
