import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpoint } from './checkpoint';

/** A content folder that cannot be replaced (locked by another import, not renamable); left as it was. */
export class FolderSwapError extends Error {}

/** The folders beside a content folder `dir` that a swap goes through, and its lock. */
export interface SwapFolders {
  dir: string;
  /** The new folder while it is written; never loaded. */
  building: string;
  /** The new folder once whole, waiting to take `dir`'s place. */
  ready: string;
  /** `dir` moved aside: from here on the new folder is committed. */
  previous: string;
  lock: string;
}

export function swapFolders(dir: string): SwapFolders {
  const resolved = path.resolve(dir);
  const beside = (suffix: string): string => path.join(path.dirname(resolved), `.${path.basename(resolved)}.import-${suffix}`);
  return { dir: resolved, building: beside('building'), ready: beside('new'), previous: beside('old'), lock: beside('lock') };
}

/**
 * Puts a whole new folder in place of `dir`: `build` writes it beside `dir` (and may read `dir`
 * meanwhile), then two renames swap it in. Node has no atomic exchange of two folders, so the
 * swap is made recoverable instead: the new folder is renamed `ready` only once whole; moving
 * `dir` aside commits it; a process killed before that leaves `dir` as it was, one killed
 * after it leaves `ready` and `previous`, which {@link completeInterruptedSwap} (run by every
 * load) turns into the new folder. Returns what was found and mended of an earlier run.
 */
export function replaceFolder(dir: string, build: (into: string, current: string | undefined) => void): string[] {
  const folders = swapFolders(existsSync(dir) ? realpathSync(dir) : dir);
  mkdirSync(path.dirname(folders.dir), { recursive: true });
  const release = acquireLock(folders);
  try {
    const notes = tidyUp(folders);
    mkdirSync(folders.building);
    build(folders.building, existsSync(folders.dir) ? folders.dir : undefined);
    renameSync(folders.building, folders.ready);
    checkpoint('swap:ready');
    if (existsSync(folders.dir)) moveAside(folders);
    checkpoint('swap:old-aside');
    putInPlace(folders);
    checkpoint('swap:new-in-place');
    rmSync(folders.previous, { recursive: true, force: true });
    return notes;
  } finally {
    release();
  }
}

/**
 * Finishes a swap that a killed import left half done: where `dir` is missing, the committed
 * new folder takes its place (or, were that gone, the previous one returns). Returns a sentence
 * saying so, or undefined when there was nothing to do. Safe in several processes at once.
 */
export function completeInterruptedSwap(dir: string): string | undefined {
  const folders = swapFolders(dir);
  if (existsSync(folders.dir)) return undefined;
  const interrupted = `${folders.dir}: an import was killed while it put the new content in place`;
  if (existsSync(folders.ready)) {
    if (renameIfAbsent(folders.ready, folders.dir)) return `${interrupted}; completed it: the new content is in place`;
  } else if (existsSync(folders.previous)) {
    if (renameIfAbsent(folders.previous, folders.dir)) return `${interrupted}; rolled it back: the previous content is in place`;
  }
  return undefined;
}

/** Mends an interrupted swap and removes what earlier runs left beside `dir`. */
function tidyUp(folders: SwapFolders): string[] {
  const notes: string[] = [];
  const mended = completeInterruptedSwap(folders.dir);
  if (mended) notes.push(mended);
  const leftOver = [folders.building, folders.ready, folders.previous].filter((f) => existsSync(f));
  for (const f of leftOver) rmSync(f, { recursive: true, force: true });
  if (leftOver.length > 0) notes.push(`removed what an interrupted import left beside ${folders.dir}: ${leftOver.map((f) => path.basename(f)).join(', ')}`);
  return notes;
}

function moveAside(folders: SwapFolders): void {
  try {
    renameSync(folders.dir, folders.previous);
  } catch (error) {
    rmSync(folders.ready, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FolderSwapError(
      `cannot move ${folders.dir} aside to put the new content in place (${code}); it is unchanged. ` +
        'The folder must be renamable: import into a folder inside a mount point, not the mount point itself.',
    );
  }
}

function putInPlace(folders: SwapFolders): void {
  try {
    renameSync(folders.ready, folders.dir);
  } catch (error) {
    if (existsSync(folders.previous)) renameSync(folders.previous, folders.dir);
    throw error;
  }
}

/** Renames `from` to `to` unless another process got there first. */
function renameIfAbsent(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}

/** One import at a time per folder; a lock whose process is gone is taken over. */
function acquireLock(folders: SwapFolders): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(folders.lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(folders.lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let pid = Number.NaN;
    try {
      pid = Number.parseInt(readFileSync(folders.lock, 'utf8'), 10);
    } catch {
      // released meanwhile: try again
    }
    if (isRunning(pid)) throw new FolderSwapError(`another import (process ${pid}) is writing ${folders.dir}; if it is gone, remove ${folders.lock}`);
    rmSync(folders.lock, { force: true });
  }
  throw new FolderSwapError(`could not take the lock ${folders.lock}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
