// Sections of `npm run bench`: the site's server as `npm start` runs it now (compiled JavaScript)
// beside the way it ran before (server.ts through tsx), to its first answer and in memory; then
// deploy/: nginx in front of two replicas beside one replica alone, and a replica's memory over a soak.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KnowledgeBase } from '../lib/content';
import { entryPath, projectPath, reportPath, searchQueryPath } from '../lib/routes';
import { findNginx, startNginx } from '../test/browser/nginx';
import { freePort } from '../test/browser/server';
import { measureLoad, type LoadFigures } from './load';
import { formatMiB, formatMs, formatSeconds, heading, row, table, verdict } from './print';
import { startSiteServer, startSiteServerWithTsx, type BenchServer } from './servers';
import { PROJECT_LEDGER_FILE, readLedger } from '../lib/content/ledger';

/** Pages of every kind and searches (the page and the API), about `count` distinct URLs in a fixed mix. */
export function mixedPaths(kb: KnowledgeBase, searchPaths: readonly string[], count = 1_200): string[] {
  const projects = Object.keys(readLedger(kb.dir, PROJECT_LEDGER_FILE));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = kb.entries[(i * 37) % kb.entries.length];
    const kind = i % 10;
    if (kind < 4 && entry) paths.push(entryPath(entry.id));
    else if (kind === 4) paths.push(reportPath(kb.reports[i % kb.reports.length]?.id ?? ''));
    else if (kind === 5 && projects.length > 0) paths.push(projectPath(projects[(i * 13) % projects.length] ?? ''));
    else if (kind === 6 && entry) paths.push(searchQueryPath(entry.title.split(/\s+/).slice(0, 2).join(' ')));
    else paths.push(searchPaths[i % searchPaths.length] ?? '/');
  }
  return paths;
}

const WARM = { connections: [8], seconds: 10, warmupSeconds: 0 };

export interface StartupFigures {
  server: string;
  startMs: number;
  rssStarted?: number;
  rssWarm?: number;
  load: LoadFigures;
}

/** Each way of running the server in turn: started, its memory, 10 s of mixed load, its memory again. */
export async function measureStartup(distDir: string, contentDir: string, paths: readonly string[]): Promise<StartupFigures[]> {
  const figures: StartupFigures[] = [];
  for (const start of [startSiteServerWithTsx, startSiteServer]) {
    const server = await start(distDir, contentDir);
    try {
      const rssStarted = server.rssBytes();
      const [load] = await measureLoad([server], paths, WARM);
      figures.push({ server: server.name, startMs: server.startMs, rssStarted, rssWarm: server.rssBytes(), load: load! });
    } finally {
      await server.stop();
    }
  }
  return figures;
}

const mib = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : formatMiB(bytes));

export function printStartup(figures: readonly StartupFigures[]): void {
  heading(`the site's server, before (tsx at run time) and after (npm start: dist/server.js): start-up and memory, then ${WARM.seconds} s of pages and searches`);
  table(
    ['server', 'first answer', 'RSS started', 'RSS warm', 'req/s', 'p99'],
    figures.map((f) => [f.server, formatSeconds(f.startMs), mib(f.rssStarted), mib(f.rssWarm), f.load.perSecond.toFixed(0), formatMs(f.load.p99, 1)]),
  );
}

export interface DeployFigures {
  load: LoadFigures[];
  rssWarm?: number;
  rssSoaked?: number;
  /** The highest of the RSS samples taken every second of the soak. */
  rssSoakPeak?: number;
  soak: LoadFigures;
}

const THROUGH = { connections: [32], seconds: 10, warmupSeconds: 5 };
const SOAK = { connections: [8], seconds: 60, warmupSeconds: 0 };

/**
 * Every path asked for `rounds` times, 8 at a time. Measured on the corpus, a replica's RSS
 * climbs for the first two rounds (pages loaded, caches filled, V8's heap grown), then moves
 * within about ±6% as the collector runs.
 */
async function askEveryPath(url: string, paths: readonly string[], rounds = 3): Promise<void> {
  let next = 0;
  const asker = async (): Promise<void> => {
    for (let i = next++; i < paths.length * rounds; i = next++) await (await fetch(url + paths[i % paths.length], { redirect: 'manual' })).arrayBuffer();
  };
  await Promise.all(Array.from({ length: 8 }, asker));
}

/** nginx (deploy/nginx/kb-site.conf) before two replicas, beside one replica alone; then a 60 s soak of that replica. */
export async function measureDeploy(distDir: string, contentDir: string, paths: readonly string[]): Promise<DeployFigures | string> {
  const nginxBinary = findNginx();
  if (!nginxBinary) return 'no nginx (apt-get install nginx, or KB_NGINX): skipped';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-nginx-'));
  const replicas: BenchServer[] = [];
  try {
    for (const name of ['replica 1', 'replica 2']) replicas.push(await startSiteServer(distDir, contentDir, name));
    const ports = replicas.map((r) => Number(new URL(r.url).port)) as [number, number];
    const nginx = await startNginx(nginxBinary, dir, await freePort(), ports);
    try {
      const proxy: BenchServer = { name: 'nginx, 2 replicas', url: nginx.url, logFile: nginx.accessLog, cpuSeconds: () => undefined, rssBytes: () => undefined, startMs: Number.NaN, pid: 0, stop: () => nginx.stop() };
      const load = await measureLoad([proxy, replicas[0]!], paths, THROUGH);
      await askEveryPath(replicas[0]!.url, paths);
      const replica = replicas[0]!;
      const rssWarm = replica.rssBytes();
      let rssSoakPeak = rssWarm;
      const sampler = setInterval(() => (rssSoakPeak = Math.max(rssSoakPeak ?? 0, replica.rssBytes() ?? 0)), 1_000);
      const [soak] = await measureLoad([replica], paths, SOAK).finally(() => clearInterval(sampler));
      return { load, rssWarm, rssSoaked: replica.rssBytes(), rssSoakPeak, soak: soak! };
    } finally {
      await nginx.stop();
    }
  } finally {
    await Promise.allSettled(replicas.map((r) => r.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printDeploy(figures: DeployFigures | string, pathCount: number): void {
  heading(`deploy/: nginx in front of two replicas beside one replica alone, ${pathCount} page and search URLs in turn, ${THROUGH.seconds} s after ${THROUGH.warmupSeconds} s of warm-up`);
  if (typeof figures === 'string') {
    console.log(`  ${figures}`);
    return;
  }
  table(
    ['server', 'connections', 'requests', 'p50', 'p99', 'errors', 'req/s'],
    figures.load.map((f) => [f.server, String(f.connections), String(f.requests), formatMs(f.p50, 2), formatMs(f.p99, 2), String(f.errors), f.perSecond.toFixed(0)]),
  );
  console.log("  (through nginx, a URL asked for before comes from nginx's cache, as Cache-Control allows)");
  const { rssWarm, rssSoaked } = figures;
  const growth = rssWarm && rssSoaked ? rssSoaked / rssWarm - 1 : Number.NaN;
  row('replica RSS after warm-up', mib(rssWarm), 'every URL asked for three times');
  row(`replica RSS after a ${SOAK.seconds} s soak`, mib(rssSoaked), `${figures.soak.requests} requests; flat within 10%: ${verdict(Math.abs(growth) <= 0.1)} (${(growth * 100).toFixed(1)}%)`);
  row('replica RSS, highest in the soak', mib(figures.rssSoakPeak));
}
