// Section of `npm run bench`: `next build` of the site on a content folder, into its own
// folder beside the developer's `.next`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { formatSeconds, heading, row } from './print';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BuildFigures {
  ms: number;
  pages: string[];
}

/** Prerendered routes of a finished build, from its manifest. */
function prerenderedPages(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes);
}

export function buildSite(contentDir: string, distDir: string): BuildFigures {
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (build.status !== 0) throw new Error(`next build exited with ${build.status ?? build.signal}:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  return { ms, pages: prerenderedPages(distDir) };
}

/** An earlier build in `distDir`, as is: its figures are its pages only. */
export function reusedBuild(distDir: string): BuildFigures {
  return { ms: Number.NaN, pages: prerenderedPages(distDir) };
}

export function printBuild(f: BuildFigures, counts: { reports: number; entries: number }): void {
  heading('next build on the imported corpus');
  row('build time', Number.isNaN(f.ms) ? 'reused' : formatSeconds(f.ms, 1), 'target < 180 s');
  row('pages prerendered', String(f.pages.length));
  // Beside the reports, the quarters a longer report covers (2009 Q3) are pages that redirect to it.
  const reportPaths = f.pages.filter((p) => /^\/reports\/[^/]+$/.test(p));
  const quarters = reportPaths.length - counts.reports;
  row('report pages', String(Math.min(reportPaths.length, counts.reports)), `of ${counts.reports}${quarters > 0 ? `, and ${quarters} quarters redirecting` : ''}`);
  // A report's feed and link-preview picture sit beside its entries: /reports/<id>/feed.xml, /reports/<id>/opengraph-image.
  row('entry pages', String(f.pages.filter((p) => /^\/reports\/[^/]+\/[^/]+$/.test(p) && !/\/(feed\.xml|opengraph-image)$/.test(p)).length), `of ${counts.entries}`);
}
