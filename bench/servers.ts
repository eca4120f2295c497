// The servers the load sections measure, each in its own process group so that stopping one
// ends it and anything it forked, and nothing else; any still running when the benchmark
// exits, fails or is interrupted are killed too.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileServer, freePort, SERVER_JS } from '../test/browser/server';
import { groupCpuSeconds, groupRssBytes } from './process-cpu';
import { searchApiPathFor } from './search-workload';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const LOG_DIR = path.join(ROOT, 'test-output', 'logs');

export interface BenchServer {
  name: string;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  logFile: string;
  /** CPU seconds the server's processes have used so far; undefined where /proc is missing. */
  cpuSeconds(): number | undefined;
  /** Resident memory of the server's processes now, in bytes; undefined where /proc is missing. */
  rssBytes(): number | undefined;
  /** From its start to its first answer (to any request), in ms. */
  startMs: number;
  /** The process group's id, so that a test can kill it as a crash would. */
  pid: number;
  stop(): Promise<void>;
}

/** Process group ids of the servers still running. */
const running = new Set<number>();
function killAll(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

function tail(file: string, lines = 30): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

async function startServer(name: string, args: (port: number) => string[], env: NodeJS.ProcessEnv, port?: number): Promise<BenchServer> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `bench-${name.replace(/\W+/g, '-')}-${port}.log`);
  const log = createWriteStream(logFile);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args(port), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not start`);
  running.add(pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (running.delete(pid) && child.exitCode === null && child.signalCode === null) {
      process.kill(-pid, 'SIGTERM');
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // gone in the meantime
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  // Ready once a search answers: that also loads the engine, so no measured request pays for it.
  const probe = `${url}${searchApiPathFor('bhyve')}`;
  const deadline = Date.now() + 120_000;
  let startMs = Number.NaN;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${name} exited with ${child.exitCode}; log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(30_000) });
      if (Number.isNaN(startMs)) startMs = performance.now() - spawnedAt;
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer ${probe} within 120 s; log ${logFile}:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { name, url, logFile, cpuSeconds: () => groupCpuSeconds(pid), rssBytes: () => groupRssBytes(pid), startMs, pid, stop };
}

/** `next start` on the build in `distDir`, serving `contentDir`. */
export function startNext(distDir: string, contentDir: string): Promise<BenchServer> {
  const env = { ...process.env, KB_DIST_DIR: distDir, KB_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  return startServer('next start', (port) => [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], env);
}

function siteEnv(distDir: string, contentDir: string): NodeJS.ProcessEnv {
  return { ...process.env, KB_DIST_DIR: distDir, KB_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
}

/** The site's server as `npm start` runs it (dist/server.js, compiled now), on the build in `distDir`, serving `contentDir`. */
export function startSiteServer(distDir: string, contentDir: string, name = 'site (npm start)', port?: number): Promise<BenchServer> {
  compileServer();
  return startServer(name, (p) => [SERVER_JS, '-p', String(p), '-H', '127.0.0.1'], siteEnv(distDir, contentDir), port);
}

/** The same server as `npm start` ran it before it was compiled: server.ts through tsx's command, at run time. */
export function startSiteServerWithTsx(distDir: string, contentDir: string): Promise<BenchServer> {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return startServer('site (tsx server.ts)', (port) => [tsx, path.join(ROOT, 'server.ts'), '-p', String(port), '-H', '127.0.0.1'], siteEnv(distDir, contentDir));
}

/** bench/bare-search-server.ts: the same search over node:http alone. */
export function startBareServer(contentDir: string): Promise<BenchServer> {
  const env = { ...process.env, KB_CONTENT_DIR: contentDir, NODE_ENV: 'production' as const };
  return startServer('bare node:http', (port) => ['--import', 'tsx', path.join(ROOT, 'bench', 'bare-search-server.ts'), String(port)], env);
}

/** Stops every server given, whatever happens to the others. */
export async function stopAll(servers: readonly (BenchServer | undefined)[]): Promise<void> {
  await Promise.allSettled(servers.map((s) => s?.stop()));
}
