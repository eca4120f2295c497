import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCorpus } from '../corpus/corpus-dir';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Once per browser-test run: a build stamp, so that test files over the same content share one
 * `next build`, and the imported corpus (`KB_IMPORTED_CONTENT`, which CI imports beforehand;
 * else a fresh `kb import` into a temporary folder, removed at the end).
 */
export default function setup(): () => void {
  process.env.KB_BROWSER_RUN = `${process.pid}-${Date.now()}`;
  const corpus = findCorpus();
  if (!corpus || process.env.KB_IMPORTED_CONTENT) return () => {};
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-corpus-'));
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, path.join(ROOT, 'lib', 'cli', 'main.ts'), 'import', corpus, '--out', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit status 1 means some upstream files had errors; every good entry is still written.
  if (result.status !== 0 && result.status !== 1) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`kb import failed with ${result.status ?? result.signal}:\n${(result.stderr ?? '').slice(-4000)}`);
  }
  process.env.KB_IMPORTED_CONTENT = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

/** The imported corpus for the browser tests, checked to hold a known report. */
export function importedCorpusContent(knownReport: string): string {
  const dir = process.env.KB_IMPORTED_CONTENT;
  if (!dir) throw new Error('KB_IMPORTED_CONTENT is not set and no corpus was imported');
  if (!existsSync(path.join(dir, knownReport))) throw new Error(`KB_IMPORTED_CONTENT=${dir} holds no report ${knownReport}`);
  return dir;
}
