// `npm run bench:subjects`: how well the main timeline of each labelled subject holds the entries
// that report progress on it (recall) and only those (precision), per subject and averaged over
// subjects, for the tuning half and the untouched test half of the labels, next to the two obvious
// alternatives (every entry naming it; every entry whose title names it); and the time it takes
// to find the subjects of the whole corpus.
// Content: KB_CONTENT_DIR (or KB_IMPORTED_CONTENT) if set, else a fresh import of KB_CORPUS.
// VERBOSE=1 lists the missed and extra entries of the tuning half only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../lib/content';
import { projectsOf } from '../lib/projects';
import { buildSubjects } from '../lib/subjects';
import { importedContent, ROOT } from './relevance-lib';
import { evaluateSubject, loadSubjectLabels, macroAverage, TARGETS, type Scores, type SubjectEvaluation } from './subjects-lib';

const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'));
const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-subjects-'));
const TIME_TARGET_MS = 5000;

try {
  const kb = loadKnowledgeBase(importedContent(corpus, temp));
  const projects = projectsOf(kb);
  let started = performance.now();
  const index = buildSubjects(kb.entries, projects);
  const coldMs = performance.now() - started;
  started = performance.now();
  buildSubjects(kb.entries, projects);
  const warmMs = performance.now() - started;
  console.log(`content: ${kb.dir} (${kb.entries.length} entries)`);
  console.log(`${index.subjects.length} subjects in ${(coldMs / 1000).toFixed(2)} s, ${(warmMs / 1000).toFixed(2)} s warm (target < ${TIME_TARGET_MS / 1000} s: ${coldMs < TIME_TARGET_MS ? 'met' : 'missed'})\n`);

  const labels = loadSubjectLabels();
  const fmt = (s: Scores): string => `${s.recall.toFixed(2).padStart(6)} ${s.precision.toFixed(2).padStart(5)} ${s.f1.toFixed(2).padStart(5)}`;
  for (const half of ['tune', 'test'] as const) {
    const evaluations = labels.filter((l) => l.half === half).map((l) => evaluateSubject(l, index.subjects));
    console.log(`${half === 'tune' ? 'tuning half' : 'test half (untouched)'}: ${evaluations.length} subjects`);
    console.log(`  ${'subject'.padEnd(10)} ${'found as'.padEnd(12)} core   ours: R     P    F1   naming it: R P F1    title names it: R P F1`);
    for (const e of evaluations) {
      console.log(`  ${e.labels.slug.padEnd(10)} ${(e.subject?.slug ?? 'MISSING').padEnd(12)} ${String(e.core).padStart(4)}  ${fmt(e.ours)}   ${fmt(e.naming)}   ${fmt(e.titled)}`);
    }
    const avg = (pick: (e: SubjectEvaluation) => Scores) => macroAverage(evaluations.map(pick));
    const ours = avg((e) => e.ours);
    console.log(`  ${'macro'.padEnd(10)} ${''.padEnd(12)} ${''.padStart(4)}  ${fmt(ours)}   ${fmt(avg((e) => e.naming))}   ${fmt(avg((e) => e.titled))}`);
    const met = ours.recall >= TARGETS.recall && ours.precision >= TARGETS.precision;
    const better = ours.f1 > avg((e) => e.naming).f1 && ours.f1 > avg((e) => e.titled).f1;
    console.log(`  targets: recall >= ${TARGETS.recall}, precision >= ${TARGETS.precision}: ${met ? 'met' : 'missed'}; F1 above both alternatives: ${better ? 'yes' : 'no'}\n`);
    if (process.env.VERBOSE && half === 'tune') {
      for (const e of evaluations) {
        for (const id of e.missed) console.log(`    ${e.labels.slug}: missed ${id}`);
        for (const id of e.extra) console.log(`    ${e.labels.slug}: extra  ${id} (${e.labels.entries[id] ?? 'not labelled'})`);
      }
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
