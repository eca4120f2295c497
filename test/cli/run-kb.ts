import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../temp-dir';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface KbRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The user's cache of the runs of one test file (threadings, subjects, search indexes): never the real one. */
const cacheDir = tempDir('kb-cli-cache-');

/** Runs the `kb` command line as a user would, in a child process. */
export function runKb(args: string[], env: Record<string, string> = {}): KbRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KB_CACHE_DIR: cacheDir, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
