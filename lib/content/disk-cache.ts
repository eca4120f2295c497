import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A temporary file older than this was left by a process that died writing it. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Removes from `dir` all files but `written` and the most recently used others up to `keep`, and any temporary file a killed process left. */
function pruneCache(dir: string, written: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.tmp'))
    .map((name) => ({ file: path.join(dir, name), modified: statSync(path.join(dir, name)).mtimeMs, temporary: name.endsWith('.tmp') }));
  const stale = files.filter((f) => f.temporary && Date.now() - f.modified > STALE_TEMPORARY_MS);
  const others = files.filter((f) => !f.temporary && f.file !== written).sort((a, b) => b.modified - a.modified);
  for (const { file } of [...others.slice(keep - 1), ...stale]) rmSync(file, { force: true });
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A cache that cannot be written still answers.
  }
}

export interface DiskCacheOptions<Value> {
  /** The folder of the cache; null keeps nothing (the value is built). */
  dir: string | null;
  /** What the value is computed from, hashed: the file's name. */
  fingerprint: string;
  build: () => Value;
  /** The value as JSON-able data. */
  snapshot: (value: Value) => unknown;
  /** The value from parsed data, or undefined (or a throw) where the data cannot stand in for a build. */
  restore: (data: unknown) => Value | undefined;
  /** How many files the folder keeps, the one just written included. */
  keep: number;
}

export interface DiskCached<Value> {
  value: Value;
  /** Whether the value came from the cache or was built (and, where possible, written to it). */
  source: 'export' | 'built';
}

/**
 * A value read from `<dir>/<fingerprint>.json` when that file exists and restores, else built
 * and written there for the next process. A missing, unreadable or stale file is never an
 * error, nor is a folder that cannot be written: the value is simply built.
 */
export function cachedOnDisk<Value>({ dir, fingerprint, build, snapshot, restore, keep }: DiskCacheOptions<Value>): DiskCached<Value> {
  const file = dir === null ? undefined : path.join(dir, `${fingerprint}.json`);
  if (file) {
    try {
      const restored = restore(JSON.parse(readFileSync(file, 'utf8')));
      if (restored !== undefined) {
        // Used now: pruning keeps the most recently used, not the most recently written.
        touch(file);
        return { value: restored, source: 'export' };
      }
    } catch {
      // No file yet, or one this code cannot read: build below.
    }
  }
  const value = build();
  if (file && dir !== null) {
    try {
      mkdirSync(dir, { recursive: true });
      // Written whole under another name, then renamed: a reader never sees half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(snapshot(value)));
      renameSync(temp, file);
      pruneCache(dir, file, keep);
    } catch {
      // A read-only folder still answers; it builds each time.
    }
  }
  return { value, source: 'built' };
}

