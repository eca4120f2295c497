import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-kb';

/** Every file under `dir` (relative path) with a hash of its bytes: what two folders are compared by. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) hashes.set(name, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** Which of two known states a folder's hashes are exactly: 'old', 'new', or 'mix'. */
export function stateOf(tree: Map<string, string>, old: Map<string, string>, next: Map<string, string>): 'old' | 'new' | 'mix' {
  const same = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  if (same(tree, old)) return 'old';
  if (same(tree, next)) return 'new';
  return 'mix';
}

export interface KilledRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** With `capture`: what the import printed on stderr. */
  stderr?: string;
}

/**
 * Runs `kb import …args` in a child process and kills it with SIGKILL at the named step
 * (`KB_TEST_KILL_AT`, see lib/content/checkpoint.ts) or after `afterMs`; neither runs it to the end.
 */
export function runImport(args: string[], kill: { atStep?: string; afterMs?: number; capture?: boolean } = {}): Promise<KilledRun> {
  const env = { ...process.env, KB_TEST_KILL_AT: kill.atStep ?? '' };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/main.ts'), 'import', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', kill.capture ? 'pipe' : 'ignore'],
  });
  const chunks: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  const timer = kill.afterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const run: KilledRun = { status, signal, ms: performance.now() - started };
      resolve(kill.capture ? { ...run, stderr: Buffer.concat(chunks).toString('utf8') } : run);
    });
  });
}
