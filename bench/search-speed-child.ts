// Child process of `npm run bench`, run with --expose-gc so that heap figures are exact and
// its own: the search index built from the content and loaded from an export, ours and
// MiniSearch's, and in-process latency over the latency workload. Prints SearchSpeed as JSON.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../lib/content';
import { createEngineFromData, createSearchEngine, loadOrBuildSearchData, rowContextOf, snapshotSearchData } from '../lib/search';
import { searchFingerprint } from '../lib/search/cache';
import { createMiniSearchBaseline, loadJudged, percentiles } from './relevance-lib';
import { latencyWorkload } from './search-workload';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Per query, its first timed run, and its fastest of `runsPerQuery`. */
export interface LatencyFigures {
  once: Percentiles;
  fastest: Percentiles;
}

export interface SearchSpeed {
  entries: number;
  kbLoadMs: number;
  buildMs: number;
  /** Retained JS heap plus ArrayBuffer bytes. */
  heapBytes: number;
  exportBytes: number;
  /** Fingerprint, read, parse, check and engine set-up: what a process pays at start. */
  exportLoadMs: number;
  exportHeapBytes: number;
  miniBuildMs: number;
  miniHeapBytes: number;
  queries: number;
  /** Timed runs per query (see LatencyFigures). */
  runsPerQuery: number;
  ours: LatencyFigures;
  mini: LatencyFigures;
  /** Whether the engine loaded from the export answers the first 200 queries as the built one. */
  exportAnswersSame: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('search-speed-child: run with node --expose-gc');
/** The JS heap plus ArrayBuffers: the postings are typed arrays, whose bytes live outside the heap. */
const heapAfterGc = (): number => {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

/** Timed runs per query. */
const RUNS_PER_QUERY = 3;

function percentilesOf(times: number[]): Percentiles {
  const [p50 = Number.NaN, p95 = Number.NaN, p99 = Number.NaN] = percentiles(times, [50, 95, 99]);
  return { p50, p95, p99 };
}

/**
 * Each query once to warm up, then each timed RUNS_PER_QUERY times. The first timing is the
 * figure `npm run bench:relevance` reports; the fastest is the query's own cost, since on a
 * machine shared with other work a single timing measures the scheduler as much as the search.
 */
function latencyOf(workload: readonly string[], search: (q: string) => unknown): LatencyFigures {
  for (const q of workload) search(q);
  const runs = workload.map(() => [] as number[]);
  for (let run = 0; run < RUNS_PER_QUERY; run++) workload.forEach((q, i) => runs[i]?.push(timed(() => search(q))[1]));
  return { once: percentilesOf(runs.map((r) => r[0] ?? Number.NaN)), fastest: percentilesOf(runs.map((r) => Math.min(...r))) };
}

const contentDir = process.argv[2];
if (!contentDir) throw new Error('usage: search-speed-child.ts <content dir>');
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-search-'));
try {
  const [kb, kbLoadMs] = timed(() => loadKnowledgeBase(contentDir));

  let heap = heapAfterGc();
  const [engine, buildMs] = timed(() => createSearchEngine(kb));
  const heapBytes = heapAfterGc() - heap;

  // The export as the cache keeps it; loading it must then find it, or the figure would be a build's.
  const fingerprint = searchFingerprint(kb, rowContextOf(kb));
  const exportFile = path.join(cacheDir, `${fingerprint}.json`);
  writeFileSync(exportFile, JSON.stringify(snapshotSearchData(engine.data, fingerprint)));
  heap = heapAfterGc();
  const [loaded, exportLoadMs] = timed(() => {
    const data = loadOrBuildSearchData(kb, cacheDir);
    if (data.source !== 'export') throw new Error(`search-speed-child: the export in ${cacheDir} was not used`);
    return createEngineFromData(data.data);
  });
  const exportHeapBytes = heapAfterGc() - heap;

  heap = heapAfterGc();
  const [mini, miniBuildMs] = timed(() => createMiniSearchBaseline(engine.data.rows));
  const miniHeapBytes = heapAfterGc() - heap;

  const workload = latencyWorkload(loadJudged(), kb.entries);
  const page = (q: string) => ({ text: q, limit: 10, offset: 0 });
  const ours = latencyOf(workload, (q) => engine.search(page(q)));
  const theirs = latencyOf(workload, (q) => mini.search(q).slice(0, 10));
  const exportAnswersSame = workload
    .slice(0, 200)
    .every((q) => JSON.stringify(loaded.search(page(q)).results) === JSON.stringify(engine.search(page(q)).results));

  const figures: SearchSpeed = {
    entries: kb.entries.length,
    kbLoadMs,
    buildMs,
    heapBytes,
    exportBytes: statSync(exportFile).size,
    exportLoadMs,
    exportHeapBytes,
    miniBuildMs,
    miniHeapBytes,
    queries: workload.length,
    runsPerQuery: RUNS_PER_QUERY,
    ours,
    mini: theirs,
    exportAnswersSame,
  };
  process.stdout.write(JSON.stringify(figures));
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
