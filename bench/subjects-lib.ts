// Shared by `npm run bench:subjects` and the corpus tests: the labelled subjects (which entries
// of the real corpus report progress on a subject, and which only mention it) and the recall and
// precision of a subject's main timeline measured on them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { cohensKappa } from './statistics';
import { nameKey, nameWords } from '../lib/subjects/words';
import { ROOT } from './relevance-lib';
import type { Subject, SubjectIndex } from '../lib/model';

export const LABELS_DIR = path.join(ROOT, 'test', 'subjects', 'labels');
export const TARGETS = { recall: 0.9, precision: 0.85 } as const;

/**
 * `test/subjects/labels/<slug>.json`, one per subject, written by reading every entry that names
 * it (by the aliases listed): `core` when the entry reports progress on it, `mention` when it names
 * it in passing. `half: "test"` files are the untouched half: no change is tuned on them.
 */
const LabelSchema = z
  .object({
    slug: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    half: z.enum(['tune', 'test']),
    /** Labelled after the finder was tuned on the first four (files without it), scored before any change for it. */
    batch: z.number().int().optional(),
    search: z.string(),
    entries: z.record(z.string(), z.enum(['core', 'mention'])),
    notes: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type SubjectLabels = z.infer<typeof LabelSchema>;

export function loadSubjectLabels(dir = LABELS_DIR): SubjectLabels[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => LabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

/** A name as matched against the labels: its words, however they are joined ("Hyper-V", "HyperV"). */
const spelling = (name: string): string => nameWords(name).join('');

/**
 * The detected subject a labelled one is: same slug; else one whose names include the label's
 * slug or name, however spelt; else the first of the label's aliases (the names the labeller
 * found the corpus using for it) that one of the subjects goes by.
 */
export function matchSubject(labels: SubjectLabels, subjects: readonly Subject[]): Subject | undefined {
  const bySlug = subjects.find((s) => s.slug === labels.slug);
  if (bySlug) return bySlug;
  const namesOf = new Map(subjects.map((s) => [s, new Set([s.slug, s.title, ...s.aliases].map(spelling))]));
  const named = (names: readonly string[]): Subject | undefined => {
    const wanted = new Set(names.map(spelling));
    return subjects.find((s) => [...namesOf.get(s)!].some((n) => wanted.has(n)));
  };
  return named([labels.slug, labels.name]) ?? labels.aliases.map((a) => named([a])).find((s) => s !== undefined);
}

export interface Scores {
  recall: number;
  precision: number;
  f1: number;
  size: number;
}

function score(timeline: ReadonlySet<string>, core: ReadonlySet<string>): Scores {
  const hits = [...timeline].filter((id) => core.has(id)).length;
  const recall = core.size ? hits / core.size : 0;
  const precision = timeline.size ? hits / timeline.size : 0;
  return { recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0, size: timeline.size };
}

export interface SubjectEvaluation {
  labels: SubjectLabels;
  subject: Subject | undefined;
  core: number;
  ours: Scores;
  /** Every entry naming it on the timeline. */
  naming: Scores;
  /** Every entry whose title names it on the timeline. */
  titled: Scores;
  missed: string[];
  extra: string[];
}

/** Our main timeline against the labels, next to the two obvious alternatives built from the same names. */
export function evaluateSubject(labels: SubjectLabels, subjects: readonly Subject[]): SubjectEvaluation {
  const subject = matchSubject(labels, subjects);
  const core = new Set(Object.entries(labels.entries).filter(([, v]) => v === 'core').map(([id]) => id));
  const timeline = new Set(subject?.entries.map((e) => e.id) ?? []);
  const naming = [...(subject?.entries ?? []), ...(subject?.mentions ?? [])];
  const names = subject ? [subject.title, ...subject.aliases].map((n) => ` ${nameKey(n)} `) : [];
  const titled = naming.filter((e) => names.some((n) => ` ${nameWords(e.title).join(' ')} `.includes(n)));
  return {
    labels,
    subject,
    core: core.size,
    ours: score(timeline, core),
    naming: score(new Set(naming.map((e) => e.id)), core),
    titled: score(new Set(titled.map((e) => e.id)), core),
    missed: [...core].filter((id) => !timeline.has(id)),
    extra: [...timeline].filter((id) => !core.has(id)),
  };
}

/** Scores averaged over subjects: each subject counts once, whatever its size. */
export function macroAverage(scores: readonly Scores[]): Scores {
  const mean = (pick: (s: Scores) => number): number => (scores.length ? scores.reduce((n, s) => n + pick(s), 0) / scores.length : 0);
  const recall = mean((s) => s.recall);
  const precision = mean((s) => s.precision);
  return { recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0, size: mean((s) => s.size) };
}

export const LIST_JUDGMENTS_FILE = path.join(ROOT, 'test', 'subjects', 'list-judgments.json');

/**
 * `test/subjects/list-judgments.json`: every subject the finder listed on the corpus at one time,
 * judged blind by reading its name and entry titles: a topic a reader would follow ("subject") or
 * not ("junk"). Halves alternate in slug order; `half: "test"` is never tuned on. The verdicts of
 * both halves were once printed in a tuning session (see the notes); `fresh` marks those
 * judged after that, blind too, for slugs listed since: their test half is the one never seen.
 */
const ListJudgmentSchema = z
  .object({
    slug: z.string().min(1),
    verdict: z.enum(['subject', 'junk']),
    half: z.enum(['tune', 'test']),
    reason: z.string(),
    fresh: z.literal(true).optional(),
  })
  .strict();
export type ListJudgment = z.infer<typeof ListJudgmentSchema>;

export function loadListJudgments(file = LIST_JUDGMENTS_FILE): ListJudgment[] {
  return z.array(ListJudgmentSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface ListScores {
  /** Judged subjects still listed, of the judged subjects. */
  kept: number;
  keptShare: number;
  /** Judged junk no longer listed, of the judged junk. */
  dropped: number;
  droppedShare: number;
  /** Of the listed slugs the judgments know, the share judged subjects. */
  precision: number;
  /** Listed slugs nobody judged (new since the judgments). */
  unjudged: number;
  lostSubjects: string[];
  keptJunk: string[];
}

/** How the list of subjects found compares with one half of the judgments. */
export function evaluateList(judgments: readonly ListJudgment[], index: Pick<SubjectIndex, 'subjects' | 'byName'>, half: 'tune' | 'test'): ListScores {
  const { subjects } = index;
  const listed = new Set(subjects.map((s) => s.slug));
  const mine = judgments.filter((j) => j.half === half);
  const good = mine.filter((j) => j.verdict === 'subject');
  const junk = mine.filter((j) => j.verdict === 'junk');
  // A judged subject now another name of a listed one ("ipfw2" of ipfw) is still found; junk only counts where it is listed itself.
  const lostSubjects = good.filter((j) => !listed.has(j.slug) && !index.byName.has(nameKey(j.slug))).map((j) => j.slug);
  const keptJunk = junk.filter((j) => listed.has(j.slug)).map((j) => j.slug);
  const kept = good.length - lostSubjects.length;
  const dropped = junk.length - keptJunk.length;
  const judged = new Set(judgments.map((j) => j.slug));
  return {
    kept,
    keptShare: good.length ? kept / good.length : 0,
    dropped,
    droppedShare: junk.length ? dropped / junk.length : 0,
    precision: kept + keptJunk.length ? kept / (kept + keptJunk.length) : 0,
    unjudged: subjects.filter((s) => !judged.has(s.slug)).length,
    lostSubjects,
    keptJunk,
  };
}

export const AGREEMENT_DIR = path.join(ROOT, 'test', 'subjects', 'agreement');

/** How far a second reader's labels of a subject agree with the first's. */
export interface Agreement {
  slug: string;
  /** The second reader's core entries, scored as a timeline against the first's labels. */
  second: Scores;
  /** Entries both readers found naming the subject. */
  shared: number;
  /** Cohen's kappa of core/mention on those: 1 full agreement, 0 what chance gives. */
  kappa: number;
}

/**
 * The second reader against the first: recall and precision of the second's core entries as if
 * they were a finder's main timeline (what a finder that read like the second reader would score),
 * and their agreement, beyond chance, on the entries both found.
 */
export function labellerAgreement(first: SubjectLabels, second: SubjectLabels): Agreement {
  const coreOf = (l: SubjectLabels): Set<string> => new Set(Object.entries(l.entries).filter(([, v]) => v === 'core').map(([id]) => id));
  const shared = Object.keys(first.entries).filter((id) => id in second.entries);
  const isCore = (l: SubjectLabels, id: string): boolean => l.entries[id] === 'core';
  const agreed = shared.filter((id) => isCore(first, id) === isCore(second, id)).length;
  const share = (l: SubjectLabels): number => (shared.length ? shared.filter((id) => isCore(l, id)).length / shared.length : 0);
  const observed = shared.length ? agreed / shared.length : 0;
  return {
    slug: first.slug,
    second: score(coreOf(second), coreOf(first)),
    shared: shared.length,
    kappa: cohensKappa(observed, share(first), share(second)),
  };
}

export const EXPECTED_FILE = path.join(ROOT, 'test', 'subjects', 'expected-subjects.json');

/**
 * `test/subjects/expected-subjects.json`: 110 subjects a reader would expect, written blind by a
 * helper from knowledge of FreeBSD and checked against the corpus (named in 6+ entries over 3+
 * years, 2+ entries mainly about it, listed in `core`); the first three batches of labelled
 * subjects are not among them, the fourth was taken from its test half.
 * Halves alternate in slug order; `half: "test"` is never tuned on.
 */
const ExpectedSchema = z
  .object({
    slug: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    half: z.enum(['tune', 'test']),
    search: z.string().min(1),
    named: z.number().int().positive(),
    years: z.number().int().positive(),
    core: z.array(z.string().min(1)).min(2),
  })
  .strict();
export type ExpectedSubject = z.infer<typeof ExpectedSchema>;

export function loadExpectedSubjects(file = EXPECTED_FILE): ExpectedSubject[] {
  return z.array(ExpectedSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface ExpectedScores {
  /** Expected subjects the list has, under any of their names. */
  found: number;
  of: number;
  /** Of the entries mainly about a found subject, those on its main timeline. */
  coreOnTimeline: number;
  coreOf: number;
  missing: string[];
}

/** How much of what readers expect the list holds: the list's recall, next to its precision (`evaluateList`). */
export function evaluateExpected(expected: readonly ExpectedSubject[], index: Pick<SubjectIndex, 'byName'>, half: 'tune' | 'test'): ExpectedScores {
  const mine = expected.filter((e) => e.half === half);
  let found = 0;
  let coreOnTimeline = 0;
  let coreOf = 0;
  const missing: string[] = [];
  for (const e of mine) {
    const subject = [e.slug, e.name, ...e.aliases].map((n) => index.byName.get(nameKey(n))).find((s) => s !== undefined);
    if (!subject) {
      missing.push(e.slug);
      continue;
    }
    found++;
    const onTimeline = new Set(subject.entries.map((x) => x.id));
    coreOf += e.core.length;
    coreOnTimeline += e.core.filter((id) => onTimeline.has(id)).length;
  }
  return { found, of: mine.length, coreOnTimeline, coreOf, missing };
}
