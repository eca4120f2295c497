import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface KbRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `kb` command line as a user would, in a child process. */
export function runKb(args: string[], env: Record<string, string> = {}): KbRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
