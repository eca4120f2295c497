import { existsSync, mkdirSync, realpathSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { checkpoint } from './checkpoint';
import { acquireLock, FolderSwapError } from './folder-lock';

export { FolderSwapError } from './folder-lock';

/** The folders beside a content folder `dir` that a swap goes through, and its lock. */
export interface SwapFolders {
  dir: string;
  /** The new folder while it is written; never loaded. */
  building: string;
  /** The new folder once whole, waiting to take `dir`'s place. */
  ready: string;
  /** `dir` moved aside: from here on the new folder is committed. */
  previous: string;
  /** The folder the last swap replaced, removed while the next import reads. */
  replaced: string;
  lock: string;
}

export function swapFolders(dir: string): SwapFolders {
  // Chosen at run time, like the content folder itself (paths.ts): not for Turbopack to trace.
  const resolved = path.resolve(/*turbopackIgnore: true*/ dir);
  const beside = (suffix: string): string => path.join(/*turbopackIgnore: true*/ path.dirname(resolved), `.${path.basename(resolved)}.import-${suffix}`);
  return { dir: resolved, building: beside('building'), ready: beside('new'), previous: beside('old'), replaced: beside('replaced'), lock: beside('lock') };
}

/** A content folder being replaced: locked from {@link beginSwap} until `release`. */
export interface FolderSwap {
  /** What was found and mended of an earlier, interrupted run. */
  notes: string[];
  /** Builds the new folder beside the old one and swaps it in (see {@link beginSwap}). */
  replace(build: (into: string, current: string | undefined) => void): Promise<void>;
  release(): void;
}

/**
 * Starts replacing the folder `dir`: takes its lock, mends what an interrupted run left, and
 * starts removing the folder the last swap replaced (thousands of files: seconds on a busy
 * disk, spent while the import reads). `replace` then has `build` write the new folder beside
 * `dir` (reading `dir` meanwhile if it likes) and swaps it in with two renames. Node has no
 * atomic exchange of two folders, so the swap is made recoverable instead: the new folder is
 * renamed `ready` only once whole; moving `dir` aside commits it; a process killed before that
 * leaves `dir` as it was, one killed after it leaves `ready` and `previous`, which
 * {@link completeInterruptedSwap} (run by every load) turns into the new folder.
 */
export function beginSwap(dir: string): FolderSwap {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FolderSwapError(`${dir} is a file, not a content folder: name a folder to write`);
  const folders = swapFolders(existsSync(dir) ? realpathSync(dir) : dir);
  try {
    mkdirSync(path.dirname(folders.dir), { recursive: true });
  } catch (error) {
    throw new FolderSwapError(`cannot make the folder ${path.dirname(folders.dir)}: ${(error as Error).message}`);
  }
  const release = acquireLock(folders.lock, folders.dir);
  let notes: string[];
  try {
    notes = tidyUp(folders);
  } catch (error) {
    release();
    throw error;
  }
  const emptied = rm(folders.replaced, { recursive: true, force: true }).catch(() => undefined);
  const replace = async (build: (into: string, current: string | undefined) => void): Promise<void> => {
    mkdirSync(folders.building);
    try {
      build(folders.building, existsSync(folders.dir) ? folders.dir : undefined);
    } catch (error) {
      rmSync(folders.building, { recursive: true, force: true });
      throw error;
    }
    renameSync(folders.building, folders.ready);
    checkpoint('swap:ready');
    if (existsSync(folders.dir)) moveAside(folders);
    checkpoint('swap:old-aside');
    putInPlace(folders);
    checkpoint('swap:new-in-place');
    await emptied;
    setAside(folders.previous, folders.replaced);
  };
  return { notes, replace, release };
}

/** {@link beginSwap} and `replace` at once; returns what was mended of an earlier run. */
export async function replaceFolder(dir: string, build: (into: string, current: string | undefined) => void): Promise<string[]> {
  const swap = beginSwap(dir);
  try {
    await swap.replace(build);
    return swap.notes;
  } finally {
    swap.release();
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

/** Mends an interrupted swap and clears what earlier runs left beside `dir`. */
function tidyUp(folders: SwapFolders): string[] {
  const notes: string[] = [];
  const mended = completeInterruptedSwap(folders.dir);
  if (mended) notes.push(mended);
  const leftOver = [folders.building, folders.ready, folders.previous].filter((f) => existsSync(f));
  for (const f of [folders.building, folders.ready]) rmSync(f, { recursive: true, force: true });
  setAside(folders.previous, folders.replaced);
  if (leftOver.length > 0) notes.push(`cleared what an interrupted import left beside ${folders.dir}: ${leftOver.map((f) => path.basename(f)).join(', ')}`);
  return notes;
}

/**
 * Renames a replaced folder to be removed by the next import; removes it at once if it is
 * empty (a folder made to import into) or that name is taken.
 */
function setAside(from: string, to: string): void {
  if (!existsSync(from)) return;
  try {
    rmdirSync(from);
    return;
  } catch {
    // not empty: set aside
  }
  try {
    renameSync(from, to);
  } catch {
    rmSync(from, { recursive: true, force: true });
  }
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
