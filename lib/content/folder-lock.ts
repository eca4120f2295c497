import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** A content folder that cannot be replaced (locked by another import, not renamable); left as it was. */
export class FolderSwapError extends Error {}

/**
 * Takes `lock` (a file holding this process's id) for `dir`, so that one import at a time
 * writes it; a lock whose process is gone is taken over. Returns the function that lets go.
 */
export function acquireLock(lock: string, dir: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      // A folder the user may not write in: said as such, not as Node's stack.
      if (code !== 'EEXIST') throw new FolderSwapError(`cannot write ${dir}: ${message}`);
    }
    let pid = Number.NaN;
    try {
      pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch {
      // released meanwhile: try again
    }
    if (isRunning(pid)) throw new FolderSwapError(`another import (process ${pid}) is writing ${dir}; if it is gone, remove ${lock}`);
    rmSync(lock, { force: true });
  }
  throw new FolderSwapError(`could not take the lock ${lock}`);
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
