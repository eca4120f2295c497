// `npm run bench`: imports the whole corpus and builds the site on it, printing figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set KB_CORPUS)`);
  process.exit(1);
}
const out = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));

function row(label: string, value: string, target = ''): void {
  console.log(`${label.padEnd(34)} ${value.padStart(12)}  ${target}`);
}

console.log(`corpus: ${corpus}\ncontent: ${out}\n`);
// The import runs in a child process so that its peak memory is its own, not the benchmark's.
const wallStart = performance.now();
const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/import-once.ts'), out, corpus], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const wallMs = performance.now() - wallStart;
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
const imported = JSON.parse(child.stdout) as { ms: number; maxRssMiB: number; reports: number; entries: number; errors: number; warnings: number };
console.log('import');
row('reports / entries', `${imported.reports} / ${imported.entries}`);
row('errors / warnings', `${imported.errors} / ${imported.warnings}`);
row('import time (in process)', `${(imported.ms / 1000).toFixed(2)} s`);
row('wall time (with node start-up)', `${(wallMs / 1000).toFixed(2)} s`, 'target < 15 s');
row('peak memory (max RSS)', `${imported.maxRssMiB.toFixed(0)} MiB`, 'target < 1024 MiB');

const distDir = path.join('.next-bench');
rmSync(path.join(root, distDir), { recursive: true, force: true });
const buildStart = performance.now();
const build = spawnSync('npx', ['next', 'build'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, KB_CONTENT_DIR: out, KB_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  maxBuffer: 256 * 1024 * 1024,
});
const buildMs = performance.now() - buildStart;
if (build.status !== 0) {
  console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
const pages = Object.keys(manifest.routes);
console.log('\nnext build on the imported corpus');
row('build time', `${(buildMs / 1000).toFixed(1)} s`, 'target < 180 s');
row('pages prerendered', String(pages.length));
row('report pages', String(pages.filter((p) => /^\/reports\/[^/]+$/.test(p)).length), `of ${imported.reports}`);
row('entry pages', String(pages.filter((p) => /^\/reports\/[^/]+\/[^/]+$/.test(p)).length), `of ${imported.entries}`);
rmSync(out, { recursive: true, force: true });
