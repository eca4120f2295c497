// Section of `npm run bench`: `/api/search` under loopback load, the site's server and `next start`
// beside the bare node:http server, at several connection counts, each after a warm-up, with autocannon.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { percentiles } from './relevance-lib';
import { formatMs, heading, table, verdict } from './print';
import type { BenchServer } from './servers';

export interface LoadFigures {
  server: string;
  connections: number;
  requests: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  perSecond: number;
  /** Server CPU time per answered request, in ms (NaN without /proc). */
  cpuMsPerRequest: number;
}

export interface LoadOptions {
  connections: readonly number[];
  /** Seconds of measured load per server and connection count. */
  seconds: number;
  warmupSeconds: number;
}

export const DEFAULT_LOAD: LoadOptions = { connections: [8, 32], seconds: 10, warmupSeconds: 3 };
export const FLOOR_LOAD: LoadOptions = { connections: [8], seconds: 5, warmupSeconds: 2 };

/** One request whose path moves on through `paths` at every send, shared by all connections. */
function rotating(paths: readonly string[]): AutocannonRequest[] {
  let next = 0;
  return [
    {
      setupRequest: (request) => {
        const path = paths[next++ % paths.length];
        return { ...request, path };
      },
    },
  ];
}

/**
 * One load run. Latencies are taken from every response as autocannon reports it (in ms, to
 * the microsecond), since its own histogram keeps whole milliseconds only.
 */
async function runLoad(server: BenchServer, paths: readonly string[], connections: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  const cpuBefore = server.cpuSeconds();
  const instance = autocannon({ url: server.url, connections, duration: seconds, timeout: 10, requests: rotating(paths) });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  const cpuAfter = server.cpuSeconds();
  const [p50 = Number.NaN, p99 = Number.NaN] = percentiles(latencies, [50, 99]);
  return {
    server: server.name,
    connections,
    requests: latencies.length,
    p50,
    p99,
    errors: result.errors + result.timeouts + result.non2xx,
    perSecond: latencies.length / result.duration,
    cpuMsPerRequest: cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : ((cpuAfter - cpuBefore) * 1000) / latencies.length,
  };
}

/**
 * At each connection count, each server in turn (the others idle): warm-up, then the measured
 * run. Alternating servers rather than running one after the other keeps a change in the
 * machine's other load from falling on one server only.
 */
export async function measureLoad(servers: readonly BenchServer[], paths: readonly string[], options = DEFAULT_LOAD): Promise<LoadFigures[]> {
  const figures: LoadFigures[] = [];
  for (const connections of options.connections) {
    for (const server of servers) {
      await runLoad(server, paths, connections, options.warmupSeconds);
      figures.push(await runLoad(server, paths, connections, options.seconds));
    }
  }
  return figures;
}

/**
 * What a request costs each server with no search in it: an empty query, answered at once
 * with an empty result. Whatever gap remains between the servers here is the framework's.
 */
export async function measureFloor(servers: readonly BenchServer[], path: string, options = FLOOR_LOAD): Promise<LoadFigures[]> {
  const figures: LoadFigures[] = [];
  for (const server of servers) {
    for (const connections of options.connections) {
      await runLoad(server, [path], connections, options.warmupSeconds);
      figures.push(await runLoad(server, [path], connections, options.seconds));
    }
  }
  return figures;
}

function loadRow(f: LoadFigures): string[] {
  return [
    f.server,
    String(f.connections),
    String(f.requests),
    formatMs(f.p50, 2),
    formatMs(f.p99, 2),
    String(f.errors),
    f.perSecond.toFixed(0),
    formatMs(f.cpuMsPerRequest, 2),
  ];
}

const LOAD_HEADER = ['server', 'connections', 'requests', 'p50', 'p99', 'errors', 'req/s', 'server CPU/req'];

/**
 * The table, then each server's throughput and CPU per request over the bare server's at each
 * connection count; the targets are the site's server's (`npm start`), the others are for comparison.
 */
export function printLoad(figures: readonly LoadFigures[], names: { site: string; bare: string }, pathCount: number, options = DEFAULT_LOAD): void {
  heading(`/api/search under loopback load: ${options.seconds} s per row after ${options.warmupSeconds} s of warm-up, ${pathCount} query URLs in turn`);
  const isSite = (f: LoadFigures): boolean => f.server === names.site;
  table(
    LOAD_HEADER,
    figures.map(loadRow),
    figures.map((f) =>
      !isSite(f) ? '' : [f.connections === 8 ? `target p99 < 25 ms: ${verdict(f.p99 < 25)}` : '', `0 errors: ${verdict(f.errors === 0)}`].filter(Boolean).join(', '),
    ),
  );
  for (const connections of options.connections) {
    const bare = figures.find((f) => f.server === names.bare && f.connections === connections);
    for (const served of figures.filter((f) => f.server !== names.bare && f.connections === connections)) {
      if (!bare) continue;
      const ratio = served.perSecond / bare.perSecond;
      const target = isSite(served) ? ` (target ≥ 60%: ${verdict(ratio >= 0.6)})` : '';
      console.log(
        `  at ${connections} connections: ${served.server} serves ${(ratio * 100).toFixed(0)}% of ${names.bare}'s requests per second${target},` +
          ` at ${(served.cpuMsPerRequest / bare.cpuMsPerRequest).toFixed(1)}× its CPU per request`,
      );
    }
  }
}

export function printFloor(figures: readonly LoadFigures[], path: string, options = FLOOR_LOAD): void {
  heading(`the same with no search work: ${path} (empty query, empty answer), ${options.seconds} s per row after ${options.warmupSeconds} s of warm-up`);
  table(LOAD_HEADER, figures.map(loadRow));
}
