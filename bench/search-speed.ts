// Section of `npm run bench`: the search index (build, export load, heap) and in-process
// latency including ranking and snippets, ours beside the MiniSearch baseline.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { formatMiB, formatMs, formatSeconds, heading, table, verdict } from './print';
import type { Percentiles, SearchSpeed } from './search-speed-child';

const CHILD = path.join(import.meta.dirname, 'search-speed-child.ts');

/** Measured in a child process (exact heap figures need --expose-gc, and its heap is its own). */
export function measureSearchSpeed(contentDir: string): SearchSpeed {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, contentDir], {
    cwd: path.resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`search speed: child exited with ${child.status ?? child.signal}:\n${child.stderr.slice(-4000)}`);
  return JSON.parse(child.stdout) as SearchSpeed;
}

export function printSearchSpeed(s: SearchSpeed): void {
  heading(`search index over ${s.entries} entries (knowledge base itself loads in ${formatSeconds(s.kbLoadMs)} either way)`);
  table(
    ['', 'time', 'heap + buffers'],
    [
      ['ours: build from the content', formatSeconds(s.buildMs), formatMiB(s.heapBytes)],
      [`ours: load the export (${formatMiB(s.exportBytes)} of JSON)`, formatSeconds(s.exportLoadMs), formatMiB(s.exportHeapBytes)],
      ['MiniSearch: build (same plain-text rows)', formatSeconds(s.miniBuildMs), formatMiB(s.miniHeapBytes)],
    ],
    ['', s.exportAnswersSame ? 'answers identical to the built index' : 'answers DIFFER from the built index', ''],
  );

  heading(`search latency in process over ${s.queries} queries (judged queries + first words of entry titles)`);
  const rows = (label: string, pick: (l: SearchSpeed['ours']) => Percentiles): string[][] => {
    const ours = pick(s.ours);
    const mini = pick(s.mini);
    return [
      [`ours (ranking and snippets), ${label}`, formatMs(ours.p50), formatMs(ours.p95), formatMs(ours.p99)],
      [`MiniSearch (search only), ${label}`, formatMs(mini.p50), formatMs(mini.p95), formatMs(mini.p99)],
      ['  MiniSearch / ours', `${(mini.p50 / ours.p50).toFixed(1)}×`, `${(mini.p95 / ours.p95).toFixed(1)}×`, `${(mini.p99 / ours.p99).toFixed(1)}×`],
    ];
  };
  const notes = (pick: (l: SearchSpeed['ours']) => Percentiles): string[] => [
    `target p95 < 1 ms: ${verdict(pick(s.ours).p95 < 1)}`,
    '',
    `target ≥ 5× at p95: ${verdict(pick(s.mini).p95 / pick(s.ours).p95 >= 5)}`,
  ];
  table(
    ['', 'p50', 'p95', 'p99'],
    [...rows('one run per query', (l) => l.once), ...rows(`fastest of ${s.runsPerQuery} runs`, (l) => l.fastest)],
    [...notes((l) => l.once), ...notes((l) => l.fastest)],
  );
}
