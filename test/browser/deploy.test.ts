import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPath, projectPath, reportPath, searchQueryPath } from '../../lib/routes';
import { findCorpus } from '../corpus/corpus-dir';
import { readFuzzNames } from './fuzz-names';
import type { FuzzNames } from './fuzz-random';
import { importedCorpusContent } from './global-setup';
import { findNginx, startNginx, type Nginx } from './nginx';
import { runReaders, type ReaderTarget } from './readers';
import { buildSite, distName, freePort, ROOT } from './server';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();
const nginxBinary = findNginx();
if (!nginxBinary && process.env.CI === 'true') throw new Error('nginx is required in CI (Debian: apt-get install nginx), or KB_NGINX');
if (!nginxBinary) console.warn('Skipping the deploy test: no nginx (apt-get install nginx, or set KB_NGINX).');

const READERS = 32;
const LOAD_MS = 30_000;
const KILL_AT_MS = 5_000;
const REPLICAS = path.join(ROOT, 'deploy', 'kb-replicas');

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Pages of every kind, searches through the page and the API, scripts, and URLs meant to 404. */
function readerTarget(names: FuzzNames, scripts: readonly string[]): ReaderTarget {
  const roll = Math.random();
  if (roll < 0.35) return { path: entryPath(pick(names.entries)) };
  if (roll < 0.45) return { path: reportPath(pick(names.reports)) };
  if (roll < 0.55) return { path: projectPath(pick(names.projects)) };
  if (roll < 0.75) return { path: `/api/search?q=${encodeURIComponent(pick(names.words))}&offset=${Math.floor(Math.random() * 3) * 10}` };
  if (roll < 0.9) return { path: searchQueryPath(pick(names.words)) };
  if (roll < 0.95 && scripts.length > 0) return { path: pick(scripts) };
  return { path: reportPath(`1999-no-such-report-${Math.floor(Math.random() * 1e6)}`), expect404: true };
}

describe.skipIf(!corpus || !nginxBinary)('deploy/: nginx in front of two replicas, one lost under load (imported corpus)', () => {
  let dir: string;
  let nginx: Nginx;
  let ports: [number, number];
  let names: FuzzNames;
  let env: NodeJS.ProcessEnv;

  /** deploy/kb-replicas, as an operator runs it, with its state and logs in the test's folder. */
  const replicas = (...args: string[]): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn(REPLICAS, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`kb-replicas ${args.join(' ')} exited with ${code} (its messages are above)`))));
    });
  const replicaPid = (port: number): number => Number(readFileSync(path.join(dir, 'state', `replica-${port}.pid`), 'utf8'));
  /** Until the process is gone or a zombie: a killed process takes a moment to die (its memory is freed first). */
  const dead = async (pid: number): Promise<void> => {
    const state = (): string => (existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '' : '');
    while (!['', 'Z', 'X'].includes(state())) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  beforeAll(async () => {
    const content = importedCorpusContent('2014-01-2014-03');
    names = readFuzzNames(content);
    await buildSite(content);
    dir = tempDir('kb-deploy-');
    ports = [await freePort(), await freePort()];
    mkdirSync(path.join(dir, 'state'));
    writeFileSync(path.join(dir, 'state', 'release.env'), `KB_CONTENT_DIR=${content}\nKB_DIST_DIR=${distName(content)}\n`);
    env = { ...process.env, KB_PORTS: ports.join(' '), KB_STATE_DIR: path.join(dir, 'state'), KB_LOG_DIR: path.join(dir, 'logs'), KB_NGINX_CACHE: path.join(dir, 'nginx', 'cache') };
    await Promise.all(ports.map((port) => replicas('start', String(port))));
    nginx = await startNginx(nginxBinary!, path.join(dir, 'nginx'), await freePort(), ports);
  });

  afterAll(async () => {
    if (env) await replicas('stop').catch((error: unknown) => console.error(error));
    await nginx?.stop();
  });

  it(`loses none of ${READERS} readers' requests over ${LOAD_MS / 1000} s while a replica is killed and started again, and the other restarted`, { timeout: 120_000 }, async () => {
    const home = await (await fetch(`${nginx.url}/`)).text();
    const scripts = [...new Set([...home.matchAll(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g)].map((m) => m[0]))];
    const started = Date.now();
    let finish = (): void => {};
    const loadOver = new Promise<void>((resolve) => (finish = resolve));
    const load = runReaders(nginx.url, READERS, () => readerTarget(names, scripts), loadOver);

    await new Promise((resolve) => setTimeout(resolve, KILL_AT_MS));
    const killed = replicaPid(ports[0]);
    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now() - started;
    await dead(killed);
    await replicas('start', String(ports[0]));
    const backAt = Date.now() - started;
    const back = await fetch(`http://127.0.0.1:${ports[0]}/robots.txt`).catch((error: unknown) => {
      const log = readFileSync(path.join(dir, 'logs', `replica-${ports[0]}.log`), 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`the replica started again on ${ports[0]} does not answer (${String(error)}); its log:\n${log}`);
    });
    expect(back.status).toBe(200);
    // The way a roll-out restarts each replica: SIGTERM, wait, start, wait until it answers.
    await replicas('restart', String(ports[1]));
    const restartedAt = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, LOAD_MS - (Date.now() - started))));
    finish();
    const result = await load;
    const seconds = (Date.now() - started) / 1000;

    const log = readFileSync(nginx.accessLog, 'utf8').trim().split('\n');
    // What nginx met upstream, by kind: "connect() failed (111: Connection refused)", "no live upstreams", …
    const upstreamErrors = new Map<string, number>();
    for (const line of readFileSync(nginx.errorLog, 'utf8').split('\n')) {
      const kind = /\[(?:error|warn)\] [\d#]+: (?:\*\d+ )?(.+?)(?: while |, client:|$)/.exec(line)?.[1];
      if (kind) upstreamErrors.set(kind, (upstreamErrors.get(kind) ?? 0) + 1);
    }
    const retried = log.filter((line) => line.split(' ')[1]?.includes(',')).length;
    const fromCache = log.filter((line) => line.split(' ')[3] === 'HIT').length;
    const byReplica = ports.map((port) => log.filter((line) => line.includes(`127.0.0.1:${port}`)).length);
    const percentile = (p: number): number => result.latencies[Math.min(result.latencies.length - 1, Math.floor(result.latencies.length * p))] ?? Number.NaN;
    console.info(
      [
        `deploy: ${result.requests} requests by ${READERS} readers through nginx in ${seconds.toFixed(1)} s (${(result.requests / seconds).toFixed(0)}/s, p50 ${percentile(0.5).toFixed(0)} ms, p99 ${percentile(0.99).toFixed(0)} ms)`,
        `replicas killed: 1 (SIGKILL at ${(killedAt / 1000).toFixed(1)} s, answering again at ${(backAt / 1000).toFixed(1)} s); restarted gently: 1 (done at ${(restartedAt / 1000).toFixed(1)} s)`,
        `requests lost: ${result.failures.length}; retried by nginx on the other replica: ${retried}; answered from nginx's cache: ${fromCache}; by replica: ${byReplica.join(' and ')}`,
        `by status: ${[...result.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status} ${n}`).join(', ')}`,
        `nginx's errors: ${[...upstreamErrors].map(([kind, n]) => `${n} × ${kind}`).join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(result.failures.slice(0, 20)).toEqual([]);
    // The replicas, not only nginx's cache, answered, and the expected 404s came.
    expect(byReplica.every((n) => n > 100)).toBe(true);
    expect(result.byStatus.get(404) ?? 0).toBeGreaterThan(0);
  });
});
