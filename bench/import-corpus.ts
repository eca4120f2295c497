// Section of `npm run bench`: the whole corpus imported, in a child process so that its peak
// memory is its own, not the benchmark's.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { formatSeconds, heading, row } from './print';

export interface ImportFigures {
  /** In process, without node's start-up. */
  ms: number;
  wallMs: number;
  maxRssMiB: number;
  reports: number;
  entries: number;
  errors: number;
  warnings: number;
}

const CHILD = path.join(import.meta.dirname, 'import-once.ts');

export function importCorpus(corpus: string, out: string): ImportFigures {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, out, corpus], {
    cwd: path.resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`import: child exited with ${child.status ?? child.signal}:\n${child.stderr.slice(-4000)}`);
  return { ...(JSON.parse(child.stdout) as Omit<ImportFigures, 'wallMs'>), wallMs };
}

export function printImport(f: ImportFigures): void {
  heading('import');
  row('reports / entries', `${f.reports} / ${f.entries}`);
  row('errors / warnings', `${f.errors} / ${f.warnings}`);
  row('import time (in process)', formatSeconds(f.ms));
  row('wall time (with node start-up)', formatSeconds(f.wallMs), 'target < 15 s');
  row('peak memory (max RSS)', `${f.maxRssMiB.toFixed(0)} MiB`, 'target < 1024 MiB');
}
