import { createHash } from 'node:crypto';
import path from 'node:path';
import type { KnowledgeBase } from '../content';
import { cachedOnDisk } from '../content/disk-cache';
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
  const { value, source } = cachedOnDisk({
    dir: cacheDir,
    fingerprint,
    build: () => buildSearchData(kb, context),
    snapshot: (data) => snapshotSearchData(data, fingerprint),
    restore: (raw) => {
      const restored = restoreSearchData(raw);
      return restored.fingerprint === fingerprint ? restored.data : undefined;
    },
    keep: KEPT_EXPORTS,
  });
  return { data: value, source, ms: performance.now() - started };
}
