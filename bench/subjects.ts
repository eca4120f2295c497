// `npm run bench:subjects`: how well the main timeline of each labelled subject holds the entries
// that report progress on it (recall) and only those (precision), per subject and averaged over
// subjects, for the tuning half and the untouched test half of the labels, next to the two obvious
// alternatives (every entry naming it; every entry whose title names it); and the time it takes
// to find the subjects of the whole corpus.
// Content: KB_CONTENT_DIR (or KB_IMPORTED_CONTENT) if set, else a fresh import of KB_CORPUS.
// Then a second reader's labels of some subjects against the first's (the ceiling the labels
// allow), the list itself against blind judgments of which listed names are topics at all, and
// against the subjects readers expect (the list's recall).
// VERBOSE=1 lists, for the tuning halves only, the missed and extra entries, the lost subjects
// and kept junk, and the expected subjects missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../lib/content';
import { projectsOf } from '../lib/projects';
import { buildSubjects } from '../lib/subjects';
import { importedContent, ROOT } from './relevance-lib';
import { measureSubjectFinding, printSubjectFinding } from './subject-finding';
import { bootstrapInterval, formatInterval } from './statistics';
import { AGREEMENT_DIR, evaluateExpected, evaluateList, evaluateSubject, labellerAgreement, loadExpectedSubjects, loadListJudgments, loadSubjectLabels, macroAverage, TARGETS, type Scores, type SubjectEvaluation } from './subjects-lib';

const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'));
const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-subjects-'));

try {
  const kb = loadKnowledgeBase(importedContent(corpus, temp));
  console.log(`content: ${kb.dir} (${kb.entries.length} entries)`);
  printSubjectFinding(measureSubjectFinding(kb), kb.entries.length);
  // Scored without the folder's subjects.yml: the labels judge what is found, not what editors fixed.
  const index = buildSubjects(kb.entries, projectsOf(kb));
  console.log('');

  const labels = loadSubjectLabels();
  const fmt = (s: Scores): string => `${s.recall.toFixed(2).padStart(6)} ${s.precision.toFixed(2).padStart(5)} ${s.f1.toFixed(2).padStart(5)}`;
  for (const half of ['tune', 'test'] as const) {
    const evaluations = labels.filter((l) => l.half === half).map((l) => evaluateSubject(l, index.subjects));
    console.log(`${half === 'tune' ? 'tuning half' : 'test half (untouched)'}: ${evaluations.length} subjects`);
    console.log(`  ${'subject'.padEnd(14)} ${'found as'.padEnd(12)} core   ours: R     P    F1   naming it: R P F1    title names it: R P F1`);
    // The untouched half shows only what it adds up to: a row per subject would say what to tune.
    // One line: ours and the two alternatives, macro-averaged over the given subjects.
    const row = (label: string, found: string, core: string, of: readonly SubjectEvaluation[]): void => {
      const avg = (pick: (e: SubjectEvaluation) => Scores): string => fmt(macroAverage(of.map(pick)));
      console.log(`  ${label.padEnd(14)} ${found.padEnd(12)} ${core.padStart(4)}  ${avg((e) => e.ours)}   ${avg((e) => e.naming)}   ${avg((e) => e.titled)}`);
    };
    if (half === 'tune') for (const e of evaluations) row(e.labels.slug, e.subject?.slug ?? 'MISSING', String(e.core), [e]);
    row('macro', '', '', evaluations);
    for (const batch of [...new Set(evaluations.flatMap((e) => e.labels.batch ?? []))].sort()) {
      const of = evaluations.filter((e) => e.labels.batch === batch);
      row(`batch ${batch}`, `(${of.length})`, '', of);
    }
    const avg = (pick: (e: SubjectEvaluation) => Scores) => macroAverage(evaluations.map(pick));
    const ours = avg((e) => e.ours);
    // A few subjects make a wide interval: each subject is one draw of what the finder meets.
    const interval = (pick: (s: Scores) => number): string => formatInterval(bootstrapInterval(evaluations, (sample) => pick(macroAverage(sample.map((e) => e.ours)))));
    console.log(`  ours, 95% intervals over its subjects: recall ${interval((s) => s.recall)} precision ${interval((s) => s.precision)}`);
    console.log(`  labelled subjects the list does not hold: ${evaluations.filter((e) => !e.subject).length} of ${evaluations.length}`);
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

  // How far two readers agree: the ceiling a finder can be measured against with these labels.
  const seconds = existsSync(AGREEMENT_DIR) ? loadSubjectLabels(AGREEMENT_DIR) : [];
  if (seconds.length > 0) {
    const firsts = new Map(labels.map((l) => [l.slug, l]));
    const pairs = seconds.flatMap((second) => {
      const first = firsts.get(second.slug);
      return first ? [{ first, agreement: labellerAgreement(first, second), ours: evaluateSubject(first, index.subjects).ours }] : [];
    });
    console.log(`two readers: a second reader labelled ${pairs.length} subjects without seeing the first's labels`);
    console.log(`  ${'subject'.padEnd(14)} half  shared  kappa   second reader: R     P    F1   ours: R     P    F1`);
    // Ours per subject only on the tuning half: a row of the untouched half would say what to tune.
    for (const { first, agreement, ours } of pairs) {
      const mine = first.half === 'tune' ? fmt(ours) : '     (untouched)';
      console.log(`  ${first.slug.padEnd(14)} ${first.half.padEnd(5)} ${String(agreement.shared).padStart(6)}  ${agreement.kappa.toFixed(2).padStart(5)}             ${fmt(agreement.second)}    ${mine}`);
    }
    const kappa = pairs.reduce((n, p) => n + p.agreement.kappa, 0) / Math.max(1, pairs.length);
    const tuned = pairs.filter((p) => p.first.half === 'tune');
    console.log(`  ${'macro'.padEnd(14)}                ${kappa.toFixed(2).padStart(5)}             ${fmt(macroAverage(pairs.map((p) => p.agreement.second)))}    ${fmt(macroAverage(tuned.map((p) => p.ours)))} (tuning half)`);
    console.log('  (the second reader scored against the first as if it were a finder: what the labels can tell apart)\n');
  }

  // Whether what the list holds are topics at all, on the blind judgments of an earlier list.
  const judgments = loadListJudgments();
  const fresh = judgments.filter((j) => j.fresh);
  console.log(`the list of subjects against ${judgments.length} judged slugs (${judgments.filter((j) => j.verdict === 'junk').length} judged junk; ${fresh.length} judged fresh, after the others' verdicts were seen)`);
  const listHalves = [
    ['tuning half', judgments, 'tune'],
    ['test half (seen once)', judgments.filter((j) => !j.fresh), 'test'],
    ['fresh test half', fresh, 'test'],
  ] as const;
  for (const [label, set, half] of listHalves) {
    const l = evaluateList(set, index, half);
    const mine = set.filter((j) => j.half === half);
    console.log(
      `  ${label.padEnd(22)} subjects kept ${l.kept}/${mine.filter((j) => j.verdict === 'subject').length} (${l.keptShare.toFixed(2)})` +
        `  junk dropped ${l.dropped}/${mine.filter((j) => j.verdict === 'junk').length} (${l.droppedShare.toFixed(2)})  precision of the list ${l.precision.toFixed(2)}`,
    );
    if (process.env.VERBOSE && half === 'tune') {
      console.log(`    lost: ${l.lostSubjects.join(' ') || '-'}`);
      console.log(`    junk still listed: ${l.keptJunk.join(' ') || '-'}`);
    }
  }
  console.log(`  listed but never judged: ${evaluateList(judgments, index, 'tune').unjudged}`);

  // And whether it holds what readers expect: the list's recall.
  const expected = loadExpectedSubjects();
  console.log(`\nthe list against ${expected.length} subjects readers expect (written blind; the fourth batch of labelled subjects was taken from its test half)`);
  for (const half of ['tune', 'test'] as const) {
    const e = evaluateExpected(expected, index, half);
    console.log(
      `  ${(half === 'tune' ? 'tuning half' : 'test half (untouched)').padEnd(22)} found ${e.found}/${e.of} (${(e.found / e.of).toFixed(2)})` +
        `  entries mainly about a found one on its timeline ${e.coreOnTimeline}/${e.coreOf} (${(e.coreOnTimeline / Math.max(1, e.coreOf)).toFixed(2)})`,
    );
    if (process.env.VERBOSE && half === 'tune') console.log(`    missing: ${e.missing.join(' ') || '-'}`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
