import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository root: where `next build` and the site's server run. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The sample knowledge base committed with the project. */
export const SAMPLE_CONTENT = path.join(ROOT, 'content');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/** What `npm start` runs: server.ts compiled by `npm run build`. */
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
/**
 * The tests build beside the developer's own `.next`, never over it (next.config.js reads KB_DIST_DIR):
 * one folder for the sample content, one for the imported corpus and one for any other, so that test
 * files over the same content share a build. `KB_BROWSER_DIST` names other folders, so that two test runs by hand do not collide.
 */
export function distName(contentDir: string): string {
  const base = process.env.KB_BROWSER_DIST ?? '.next-browser';
  const dir = path.resolve(contentDir);
  const corpus = process.env.KB_IMPORTED_CONTENT && path.resolve(process.env.KB_IMPORTED_CONTENT);
  return `${base}-${dir === SAMPLE_CONTENT ? 'sample' : dir === corpus ? 'corpus' : 'other'}`;
}
/** Written after a build: which content folder, in which test run (global-setup.ts), it was built from. */
function builtFromFile(contentDir: string): string {
  return path.join(ROOT, distName(contentDir), 'kb-built-from');
}
const LOG_DIR = path.join(ROOT, 'test-output', 'logs');

export interface SiteServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  stop(): Promise<void>;
}

function siteEnv(contentDir: string): NodeJS.ProcessEnv {
  return { ...process.env, KB_CONTENT_DIR: path.resolve(contentDir), KB_DIST_DIR: distName(contentDir), NEXT_TELEMETRY_DISABLED: '1' };
}

function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

function run(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(logFile);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end(() =>
        code === 0 ? resolve() : reject(new Error(`${args.map((a) => path.basename(a)).join(' ')} exited with ${code}; log ${logFile}:\n${tail(logFile)}`)),
      );
    });
  });
}

/** `npm run build:server`: dist/server.js from server.ts, as `npm run build` makes it (a fraction of a second). */
export function compileServer(): void {
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * `next build` against a content folder, unless this test run (`KB_BROWSER_RUN`) already built it,
 * and dist/server.js, always.
 * With `KB_BROWSER_REUSE_BUILD=1`, a build from the same folder by an earlier run is reused too,
 * which saves a minute when re-running tests by hand; stale if the code changed since.
 */
export async function buildSite(contentDir: string): Promise<void> {
  const dir = path.resolve(contentDir);
  const marker = builtFromFile(dir);
  const stamp = `${dir}\n${process.env.KB_BROWSER_RUN ?? ''}`;
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : '';
  compileServer();
  if (process.env.KB_BROWSER_RUN && previous === stamp) return;
  if (process.env.KB_BROWSER_REUSE_BUILD === '1' && previous.split('\n')[0] === dir) {
    console.warn(`Reusing the build in ${distName(dir)} made from ${dir} (KB_BROWSER_REUSE_BUILD=1).`);
    return;
  }
  const started = Date.now();
  await run([NEXT_BIN, 'build'], siteEnv(dir), path.join(LOG_DIR, `next-build-${path.basename(dir)}.log`));
  writeFileSync(marker, stamp);
  console.info(`next build for ${dir} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site's server exited with ${child.exitCode}; log ${logFile}:\n${tail(logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the site's server did not answer at ${url} within ${timeoutMs} ms; log ${logFile}:\n${tail(logFile)}`);
}

/** The site's server as `npm start` runs it (dist/server.js), on a free port of 127.0.0.1, serving the last build; resolves once it answers. */
export async function startSite(contentDir: string): Promise<SiteServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `site-server-${port}.log`);
  const log = createWriteStream(logFile);
  // Its own process group, so that stop() ends next and any worker it forked, and nothing else.
  const child = spawn(process.execPath, [SERVER_JS, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...siteEnv(contentDir), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  try {
    await waitUntilAnswering(url, child, logFile, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Builds the site from a content folder and serves it. */
export async function buildAndStartSite(contentDir: string): Promise<SiteServer> {
  await buildSite(contentDir);
  return startSite(contentDir);
}

/**
 * A redirect's target, as a client that joins repeated headers reads it (`fetch` joins them with
 * ", "): the server sends one Location (lib/server/one-location.ts), so a second one shows here.
 */
export function redirectTarget(response: Response): string {
  return response.headers.get('location') ?? '';
}
