import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../content';
import type { RowContext } from './rows';
import { buildSearchData, rowContextOf, type SearchData } from './data';
import { restoreSearchData, snapshotSearchData, SNAPSHOT_VERSION } from './snapshot';

/**
 * Where exported indexes are kept: `KB_SEARCH_CACHE`, else `fallback`: for the site
 * `node_modules/.cache/kb-search` of the project it runs from (where build tools keep their
 * caches; deploy/kb-replicas reads it there). `KB_SEARCH_CACHE=off` keeps none.
 */
export function resolveSearchCacheDir(fallback = path.join('node_modules', '.cache', 'kb-search')): string | null {
  const given = process.env.KB_SEARCH_CACHE;
  if (given === 'off') return null;
  // Chosen at run time; the ignore comment keeps Turbopack from tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ given ?? fallback);
}

/**
 * What the search data is built from, hashed: every entry and what the rows take from
 * around it. Equal fingerprints mean an export can stand in for a build.
 */
export function searchFingerprint(kb: KnowledgeBase, context: Required<RowContext>): string {
  const hash = createHash('sha256').update(`kb-search ${SNAPSHOT_VERSION}\n`);
  for (const entry of kb.entries) {
    hash.update(
      JSON.stringify([entry, context.projectOf(entry), context.projectTitleOf(entry), context.peopleOf(entry), context.subjectsOf(entry), context.categoryTitleOf(entry), context.periodOf(entry)]),
    );
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Exports kept, newest first: the one just written and the one before, which the replicas of the
 * release before still load while a roll-out restarts them one at a time (deploy/kb-replicas).
 * Each is about 15 MB; one is written per content and code version.
 */
const KEPT_EXPORTS = 2;

/** Removes from the cache folder all exports but `written` and the newest others up to KEPT_EXPORTS, and any temporary file a killed process left. */
function pruneExports(cacheDir: string, written: string): void {
  const exports = readdirSync(cacheDir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.tmp'))
    .map((name) => ({ file: path.join(cacheDir, name), modified: statSync(path.join(cacheDir, name)).mtimeMs, temporary: name.endsWith('.tmp') }));
  const stale = exports.filter((e) => e.temporary && Date.now() - e.modified > STALE_TEMPORARY_MS);
  const others = exports.filter((e) => !e.temporary && e.file !== written).sort((a, b) => b.modified - a.modified);
  for (const { file } of [...others.slice(KEPT_EXPORTS - 1), ...stale]) rmSync(file, { force: true });
}

/** A temporary export older than this was left by a process that died writing it. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

export interface LoadedSearchData {
  data: SearchData;
  /** Whether the data came from an export or was built (and, where possible, exported). */
  source: 'export' | 'built';
  ms: number;
}

/**
 * The search data of a knowledge base: loaded from its export when one with the same
 * fingerprint exists, else built and exported for the next process. A missing, unreadable or
 * stale export is never an error; the data is simply built. `cacheDir` null: build, export nothing.
 */
export function loadOrBuildSearchData(
  kb: KnowledgeBase,
  cacheDir: string | null = resolveSearchCacheDir(),
  context: Required<RowContext> = rowContextOf(kb),
): LoadedSearchData {
  const started = performance.now();
  const fingerprint = searchFingerprint(kb, context);
  const file = cacheDir ? path.join(cacheDir, `${fingerprint}.json`) : undefined;
  if (file) {
    try {
      const restored = restoreSearchData(JSON.parse(readFileSync(file, 'utf8')));
      if (restored.fingerprint === fingerprint) return { data: restored.data, source: 'export', ms: performance.now() - started };
    } catch {
      // No export yet, or one this code cannot read: build below.
    }
  }
  const data = buildSearchData(kb, context);
  if (file && cacheDir !== null) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(snapshotSearchData(data, fingerprint)));
      renameSync(temp, file);
      pruneExports(cacheDir, file);
    } catch {
      // A read-only deployment still searches; it builds at each start.
    }
  }
  return { data, source: 'built', ms: performance.now() - started };
}
