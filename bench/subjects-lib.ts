// Shared by `npm run bench:subjects` and the corpus tests: the labelled subjects (which entries
// of the real corpus report progress on a subject, and which only mention it) and the recall and
// precision of a subject's main timeline measured on them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Subject } from '../lib/subjects';
import { nameKey, nameWords } from '../lib/subjects/words';
import { ROOT } from './relevance-lib';

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

/** The detected subject a labelled one is: same slug, else one whose names include the label's name. */
export function matchSubject(labels: SubjectLabels, subjects: readonly Subject[]): Subject | undefined {
  const bySlug = subjects.find((s) => s.slug === labels.slug);
  if (bySlug) return bySlug;
  const wanted = new Set([labels.slug, labels.name].map(nameKey));
  return subjects.find((s) => [s.title, ...s.aliases].some((n) => wanted.has(nameKey(n))));
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
