// Shared by `npm run bench:relevance` and the corpus test: the judged queries, the metrics,
// and the MiniSearch baseline they are compared with.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { SearchRow } from '../lib/search';
import { cohensKappa } from './statistics';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const JUDGED_FILE = path.join(ROOT, 'test', 'search', 'judged-queries.json');
/** Written blind (see test/search/README.md): tuned on its `tune` half only, reported on its `test` half. */
export const BLIND_FILE = path.join(ROOT, 'test', 'search', 'blind-queries.json');
export const CUTOFF = 10;

/** Query kinds: those of the first set, then the classes the blind set added. */
export const KINDS = [
  'keyword', 'multiword', 'phrase', 'person', 'identifier', 'misspelling', 'acronym', 'question',
  'many-relevant', 'vocabulary', 'manpage-port', 'common-title-phrase',
] as const;

const JudgedQuerySchema = z
  .object({
    query: z.string().min(1),
    kind: z.enum(KINDS),
    /** In the blind set: `tune` may be looked at and tuned on, `test` only reported. */
    half: z.enum(['tune', 'test']).optional(),
    /** In the blind set: what the reader wanted to do, which the query was written for. */
    task: z.string().min(1).optional(),
    /** Why the judgment is what it is, where the query alone does not say (an ambiguous name, a passing mention left out). */
    note: z.string().min(1).optional(),
    relevant: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type JudgedQuery = z.infer<typeof JudgedQuerySchema>;

/** The judged queries, validated. */
export function loadJudged(file = JUDGED_FILE): JudgedQuery[] {
  return z.array(JudgedQuerySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The blind set, validated (every query has its half and task), or only one half of it. */
export function loadBlind(half?: 'tune' | 'test', file = BLIND_FILE): JudgedQuery[] {
  const all = z.array(JudgedQuerySchema.required({ half: true, task: true })).parse(JSON.parse(readFileSync(file, 'utf8')));
  return half ? all.filter((q) => q.half === half) : all;
}

export interface Metrics {
  queries: number;
  /** Mean reciprocal rank of the first relevant result within the first ten. */
  mrr: number;
  /** Relevant results within the first ten, over the relevant ones that could fit there. */
  recall: number;
}

/** A search as the metrics see it: a query in, entry ids out, best first. */
export type Ranker = (query: string) => string[];

function average(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/**
 * MRR@10 and recall@10 per kind and overall ("all"). Recall is capped: a query with 30
 * relevant entries can show at most 10 in its first page, so it is divided by min(10, 30).
 */
export function evaluate(judged: readonly JudgedQuery[], rank: Ranker): Record<string, Metrics> {
  const perQuery = scoreQueries(judged, rank);
  const groups = new Map<string, QueryScore[]>([['all', perQuery]]);
  for (const q of perQuery) groups.set(q.kind, [...(groups.get(q.kind) ?? []), q]);
  return Object.fromEntries(
    [...groups].map(([kind, qs]) => [kind, { queries: qs.length, mrr: average(qs.map((q) => q.rr)), recall: average(qs.map((q) => q.recall)) }]),
  );
}

/** One query's reciprocal rank of its first relevant result within the first ten, and its recall@10. */
export interface QueryScore {
  kind: JudgedQuery['kind'];
  rr: number;
  recall: number;
}

/** Each query's score, in the order given: the items a bootstrap interval resamples. */
export function scoreQueries(judged: readonly JudgedQuery[], rank: Ranker): QueryScore[] {
  return judged.map((q) => {
    const top = rank(q.query).slice(0, CUTOFF);
    const relevant = new Set(q.relevant);
    const first = top.findIndex((id) => relevant.has(id));
    return {
      kind: q.kind,
      rr: first >= 0 ? 1 / (first + 1) : 0,
      recall: top.filter((id) => relevant.has(id)).length / Math.min(CUTOFF, relevant.size),
    };
  });
}

/**
 * The recall@10 the best order of everything a search finds could reach: per query, its relevant
 * entries among all the search's results (`all` gives them all), capped at ten. What the first
 * ten miss below it is ranking; above it, entries no form of the query's words reaches.
 */
export function candidateCeiling(judged: readonly JudgedQuery[], all: Ranker): number {
  return average(
    judged.map((q) => {
      const relevant = new Set(q.relevant);
      const found = all(q.query).filter((id) => relevant.has(id)).length;
      return Math.min(CUTOFF, found) / Math.min(CUTOFF, relevant.size);
    }),
  );
}

export interface Diversity {
  queries: number;
  /** Distinct projects among the first ten, on average. */
  projects: number;
  /** Subtopic recall: the relevant entries' projects the first ten reach, over those that could fit there. */
  coverage: number;
}

/**
 * How varied a first page is (reported, not a target): a topic's projects are its facets, so
 * ten entries of one project's consecutive reports cover one facet where ten projects cover ten.
 * `projectOf` gives an entry's project, or the entry itself when it has none.
 */
export function diversity(judged: readonly JudgedQuery[], rank: Ranker, projectOf: (id: string) => string): Diversity {
  const perQuery = judged.map((q) => {
    const top = rank(q.query).slice(0, CUTOFF);
    const relevant = new Set(q.relevant);
    const facets = new Set(q.relevant.map(projectOf));
    const reached = new Set(top.filter((id) => relevant.has(id)).map(projectOf));
    return { projects: new Set(top.map(projectOf)).size, coverage: reached.size / Math.min(CUTOFF, facets.size) };
  });
  return { queries: judged.length, projects: average(perQuery.map((q) => q.projects)), coverage: average(perQuery.map((q) => q.coverage)) };
}

/** Per query, the rank of its first relevant result (0 when none in the first ten) and its recall: for finding what to fix. */
export function firstRelevantRanks(judged: readonly JudgedQuery[], rank: Ranker): { query: string; rank: number; recall: number; top: string[] }[] {
  return judged.map((q) => {
    const top = rank(q.query).slice(0, CUTOFF);
    const found = top.filter((id) => q.relevant.includes(id)).length;
    return { query: q.query, rank: top.findIndex((id) => q.relevant.includes(id)) + 1, recall: found / Math.min(CUTOFF, q.relevant.length), top };
  });
}

/**
 * The baseline: MiniSearch over the same plain-text rows, with fuzzy matching (0.2), prefix
 * matching and the title boosted, as in the issue.
 */
export function createMiniSearchBaseline(rows: readonly SearchRow[]): MiniSearch<{ id: string } & SearchRow['fields']> {
  const mini = new MiniSearch<{ id: string } & SearchRow['fields']>({
    fields: ['title', 'body', 'people', 'links', 'references', 'category', 'report'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } },
  });
  mini.addAll(rows.map((r) => ({ id: r.entryId, ...r.fields })));
  return mini;
}

/** Percentiles of a sample, in its unit. */
export function percentiles(sample: number[], ps: number[]): number[] {
  const sorted = [...sample].sort((a, b) => a - b);
  return ps.map((p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);
}

/**
 * The imported corpus: `KB_IMPORTED_CONTENT` or `KB_CONTENT_DIR` when set, else a fresh
 * `kb import` of the corpus into `out`.
 */
export function importedContent(corpus: string, out: string): string {
  const given = process.env.KB_IMPORTED_CONTENT ?? process.env.KB_CONTENT_DIR;
  if (given) return given;
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib', 'cli', 'main.ts'), 'import', corpus, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit status 1 means some upstream files had errors; every good entry is still written.
  if (result.status !== 0 && result.status !== 1) throw new Error(`kb import failed with ${result.status ?? result.signal}:\n${(result.stderr ?? '').slice(-4000)}`);
  return out;
}

export const SECOND_JUDGE_FILE = path.join(ROOT, 'test', 'search', 'second-judge.json');

/**
 * `test/search/second-judge.json`: 24 queries of the blind set (12 a half) judged again by a
 * second judge who saw neither the first judgments nor the search, on a fresh pool of candidates
 * from the three systems (`pool`): which of them a reader with the query's task wants.
 */
const SecondJudgmentSchema = z
  .object({
    query: z.string().min(1),
    half: z.enum(['tune', 'test']),
    pool: z.array(z.string().min(1)).min(1),
    relevant: z.array(z.string().min(1)),
  })
  .strict();
export type SecondJudgment = z.infer<typeof SecondJudgmentSchema>;

export function loadSecondJudge(file = SECOND_JUDGE_FILE): SecondJudgment[] {
  return z.array(SecondJudgmentSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface JudgeAgreement {
  queries: number;
  /** Cohen's kappa of relevant / not over each query's pool, averaged over queries. */
  kappa: number;
  /** The second judge's relevant entries among the first's (in the pool), and the reverse, averaged. */
  recall: number;
  precision: number;
}

/** How far the second judge agrees with the first on the pool both judged from. */
export function judgeAgreement(first: readonly JudgedQuery[], second: readonly SecondJudgment[]): JudgeAgreement {
  const byQuery = new Map(first.map((q) => [q.query, new Set(q.relevant)]));
  const perQuery = second.flatMap((s) => {
    const one = byQuery.get(s.query);
    if (!one) return [];
    const pool = [...new Set(s.pool)];
    const two = new Set(s.relevant);
    const a = pool.filter((id) => one.has(id));
    const both = a.filter((id) => two.has(id)).length;
    const agreed = pool.filter((id) => one.has(id) === two.has(id)).length / pool.length;
    return [{ kappa: cohensKappa(agreed, a.length / pool.length, two.size / pool.length), recall: a.length ? both / a.length : 1, precision: two.size ? both / two.size : 1 }];
  });
  return {
    queries: perQuery.length,
    kappa: average(perQuery.map((q) => q.kappa)),
    recall: average(perQuery.map((q) => q.recall)),
    precision: average(perQuery.map((q) => q.precision)),
  };
}
