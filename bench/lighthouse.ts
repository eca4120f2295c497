// Section of `npm run bench`: Lighthouse's performance, accessibility, best-practices and SEO
// scores of one page of each kind (home, a report, an entry, a project, a person, a search,
// the tasks) of the imported corpus, with the desktop and the mobile preset, against the site's server (`npm start`).
// Chromium is Debian's (CHROME_PATH, else KB_CHROMIUM, else /usr/bin/chromium), headless, and
// talks to nothing but the server on the loopback.
//
// Runnable alone against the bench build (`.next-bench`), built first when missing or stale:
//   KB_BENCH_CONTENT=/work/kb-corpus/content npx tsx bench/lighthouse.ts
//   KB_BENCH_REUSE_BUILD=1        serve .next-bench as it is, stale or not
//   KB_LIGHTHOUSE_PRESETS=desktop only one preset (desktop, mobile, or both comma-separated)
//   KB_LIGHTHOUSE_PAGES=home,tasks only these of the pages (home, report, entry, project, person, search, tasks)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { loadKnowledgeBase, type KnowledgeBase } from '../lib/content';
import { collectPeopleIndex } from '../lib/people';
import { projectsOf } from '../lib/projects';
import { entryPath, homePath, personPath, projectPath, reportPath, searchQueryPath, tasksPath } from '../lib/routes';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/browser/browser';
import { freePort } from '../test/browser/server';
import { buildSite, printBuild, reusedBuild } from './build-site';
import { heading, table, verdict } from './print';
import { startSiteServer, stopAll, type BenchServer } from './servers';
import type { ProjectIndex } from '../lib/model';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST_DIR = '.next-bench';
const CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM_PATH;
/** The same flags as the browser tests: no sync, updates or other calls home. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--no-default-browser-check'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGET_SCORE = 95;
/** The pages these examples name where the corpus has them, else stand-ins chosen below. */
const PREFERRED = { report: '2014-01-2014-03', entry: '2014-01-2014-03/pci-sr-iov-infrastructure', project: 'bhyve', query: 'bhyve' };

export type Preset = 'desktop' | 'mobile';
export interface LighthousePage {
  name: string;
  path: string;
}

export interface LighthouseRun {
  page: LighthousePage;
  preset: Preset;
  /** 0–100 per category; null where Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Lab metrics of the performance category, as Lighthouse displays them. */
  metrics: { fcp: string; lcp: string; tbt: string; cls: string };
  /** Audits that count towards a category and did not pass, with a few of their elements or messages: what to fix. */
  failed: string[];
  /** Where the main thread's time went, for a performance score under target. */
  diagnostics: string;
  runtimeError?: string;
  /** Lighthouse's measure of the host's CPU (a mid-tier phone ~1,000 after its 4× slowdown is meant to be reached from a desktop of ~1,500 and more). */
  benchmarkIndex?: number;
}

/** One page of each kind, over whatever content folder `kb` was loaded from. */
export function lighthousePages(kb: KnowledgeBase, projects: ProjectIndex = projectsOf(kb)): LighthousePage[] {
  const report = kb.reports.find((r) => r.id === PREFERRED.report) ?? kb.reports[Math.floor(kb.reports.length / 2)];
  const entry = kb.entries.find((e) => e.id === PREFERRED.entry) ?? kb.entries.find((e) => e.report === report?.id && e.contacts.length > 0);
  const project = projects.bySlug.get(PREFERRED.project) ?? [...projects.projects].sort((a, b) => b.entries.length - a.entries.length)[0];
  const person = entry && collectPeopleIndex(kb.entries, projects).byEntryId.get(entry.id)?.[0];
  return [
    { name: 'home', path: homePath },
    ...(report ? [{ name: 'report', path: reportPath(report.id) }] : []),
    ...(entry ? [{ name: 'entry', path: entryPath(entry.id) }] : []),
    ...(project ? [{ name: 'project', path: projectPath(project.slug) }] : []),
    ...(person ? [{ name: 'person', path: personPath(person.slug) }] : []),
    { name: 'search', path: searchQueryPath(PREFERRED.query) },
    { name: 'tasks', path: tasksPath },
  ];
}

interface Chromium {
  port: number;
  stop(): Promise<void>;
}

/** Headless Chromium with its DevTools port on 127.0.0.1, in its own process group and profile. */
async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROME_PATH)) throw new Error(`lighthouse: no Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kb-lighthouse-'));
  const child = spawn(CHROME_PATH, [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`lighthouse: could not start ${CHROME_PATH}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const killOnExit = (): void => kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`lighthouse: Chromium did not open its DevTools port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a failed audit's table points at: an element's snippet, a console message or a URL. */
function itemLabel(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const node = item.node;
  if (isRecord(node)) {
    const label = node.snippet ?? node.selector;
    if (typeof label === 'string') return label.replace(/\s+/g, ' ').slice(0, 160);
  }
  const text = [item.description, item.source, item.url].find((v) => typeof v === 'string');
  return typeof text === 'string' ? text.slice(0, 160) : undefined;
}

function failedItems(details: unknown, limit = 3): string[] {
  if (!isRecord(details) || !Array.isArray(details.items)) return [];
  const labels = details.items.map(itemLabel).filter((l): l is string => l !== undefined);
  return [...labels.slice(0, limit), ...(labels.length > limit ? [`… ${labels.length - limit} more`] : [])];
}

/** What a run says about one page: its category scores, its lab metrics and the audits it failed. */
export function summarizeResult(page: LighthousePage, preset: Preset, lhr: Result): LighthouseRun {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const shown = (id: string): string => lhr.audits[id]?.displayValue ?? '?';
  // Performance audits are metrics and advice weighed in by the metrics; the other categories' are pass/fail.
  const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .flatMap((audit) => (audit && audit.score !== null && audit.score < 1 ? [`${c}: ${audit.id} (${audit.title})${failedItems(audit.details).map((item) => `\n      ${item}`).join('')}`] : [])),
  );
  return {
    page,
    preset,
    scores,
    metrics: { fcp: shown('first-contentful-paint'), lcp: shown('largest-contentful-paint'), tbt: shown('total-blocking-time'), cls: shown('cumulative-layout-shift') },
    failed,
    diagnostics: `DOM ${shown('dom-size')}; main thread ${shown('mainthread-work-breakdown')}, of which scripts ${shown('bootup-time')}`,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    ...(typeof lhr.environment.benchmarkIndex === 'number' ? { benchmarkIndex: lhr.environment.benchmarkIndex } : {}),
  };
}

/** The presets to run: KB_LIGHTHOUSE_PRESETS, else both. */
export function presetsFromEnv(value = process.env.KB_LIGHTHOUSE_PRESETS): Preset[] {
  const asked = (value ?? 'desktop,mobile').split(',').map((s) => s.trim());
  const presets = asked.filter((s): s is Preset => s === 'desktop' || s === 'mobile');
  if (presets.length === 0 || presets.length !== asked.length) throw new Error(`KB_LIGHTHOUSE_PRESETS: expected desktop, mobile or both, got "${value}"`);
  return presets;
}

/**
 * Lighthouse over each page with each preset, one at a time in one Chromium: desktop is
 * Lighthouse's desktop config (1350×940, no CPU slowdown), mobile its default (a Moto G Power
 * screen, a slow 4G network and a 4× slower CPU, both simulated).
 */
export async function measureLighthouse(siteUrl: string, pages: readonly LighthousePage[], presets: readonly Preset[] = presetsFromEnv()): Promise<LighthouseRun[]> {
  // Every page once first, so that no measured run pays for the server's first render or load of the search index.
  for (const page of pages) await (await fetch(`${siteUrl}${page.path}`, { signal: AbortSignal.timeout(120_000) })).arrayBuffer();
  const chromium = await launchChromium();
  const run = async (page: LighthousePage, config: Config | undefined): Promise<Result> => {
    const answer = await lighthouse(`${siteUrl}${page.path}`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
    if (!answer) throw new Error(`lighthouse gave no result for ${page.path}`);
    return answer.lhr;
  };
  try {
    // A first run is slower for the browser's own start-up work: it is not counted.
    if (pages[0]) await run(pages[0], desktopConfig);
    const runs: LighthouseRun[] = [];
    for (const preset of presets) {
      const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
      for (const page of pages) {
        runs.push(summarizeResult(page, preset, await run(page, config)));
      }
    }
    return runs;
  } finally {
    await chromium.stop();
  }
}

const formatScore = (score: number | null): string => (score === null ? 'n/a' : String(score));

export function printLighthouse(runs: readonly LighthouseRun[]): void {
  heading(`Lighthouse ${runs.length ? '' : '(no runs) '}on the imported corpus: scores out of 100, target >= ${TARGET_SCORE} each`);
  table(
    ['page', 'preset', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    runs.map((r) => [
      r.page.name,
      r.preset,
      ...CATEGORIES.map((c) => formatScore(r.scores[c])),
      r.metrics.fcp,
      r.metrics.lcp,
      r.metrics.tbt,
      r.metrics.cls,
    ]),
    runs.map((r) => verdict(CATEGORIES.every((c) => (r.scores[c] ?? 0) >= TARGET_SCORE))),
  );
  for (const r of runs) {
    if (r.runtimeError) console.log(`  ${r.page.name} (${r.preset}): runtime error ${r.runtimeError}`);
    for (const failed of r.failed) console.log(`  ${r.page.name} (${r.preset}) failed ${failed}`);
    if ((r.scores.performance ?? 0) < TARGET_SCORE) console.log(`  ${r.page.name} (${r.preset}) performance: ${r.diagnostics}`);
  }
  console.log(`  pages: ${[...new Map(runs.map((r) => [r.page.name, r.page.path])).entries()].map(([name, p]) => `${name} ${p}`).join(', ')}`);
  // Mobile scores rest on a 4× CPU slowdown of this machine: on a slow or busy host that is a slower phone than Lighthouse means.
  const indexes = runs.flatMap((r) => (r.benchmarkIndex === undefined ? [] : [r.benchmarkIndex])).sort((a, b) => a - b);
  if (indexes.length) {
    console.log(
      `  host CPU benchmark index (Lighthouse's): median ${indexes[Math.floor(indexes.length / 2)]?.toFixed(0)}, ${indexes[0]?.toFixed(0)}–${indexes.at(-1)?.toFixed(0)};` +
        ' Lighthouse warns under 1,000 that mobile performance scores come out low',
    );
  }
}

/** Newest modification time of the files under `dir` (or of `dir` itself, a file), skipping nothing: app/ and lib/ are small. */
function newestMtimeMs(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtimeMs(path.join(target, name))), stat.mtimeMs);
}

/**
 * Why the bench build cannot serve this content as it is, or undefined when it can: missing,
 * older than the code, or built from another content folder (its report pages differ).
 */
function staleBuild(kb: KnowledgeBase): string | undefined {
  const buildId = path.join(ROOT, DIST_DIR, 'BUILD_ID');
  if (!existsSync(buildId)) return `no build in ${DIST_DIR}`;
  const built = statSync(buildId).mtimeMs;
  const code = ['app', 'lib', 'next.config.js', 'package-lock.json'].map((p) => path.join(ROOT, p));
  if (code.some((p) => newestMtimeMs(p) > built)) return 'the code changed since it was built';
  const reportPages = new Set(reusedBuild(DIST_DIR).pages.filter((p) => /^\/reports\/[^/]+$/.test(p)));
  const same = reportPages.size === kb.reports.length && kb.reports.every((r) => reportPages.has(reportPath(r.id)));
  return same ? undefined : `it was built from another content folder than ${kb.dir}`;
}

async function main(): Promise<void> {
  const given = process.env.KB_BENCH_CONTENT;
  if (!given || !existsSync(given)) throw new Error('bench/lighthouse.ts: set KB_BENCH_CONTENT to an imported content folder, e.g. /work/kb-corpus/content');
  const contentDir = path.resolve(given);
  const kb = loadKnowledgeBase(contentDir);
  const stale = process.env.KB_BENCH_REUSE_BUILD === '1' ? undefined : staleBuild(kb);
  if (stale) console.log(`building ${DIST_DIR} (${stale}): a few minutes on the whole corpus`);
  printBuild(stale ? buildSite(contentDir, DIST_DIR) : reusedBuild(DIST_DIR), { reports: kb.reports.length, entries: kb.entries.length });
  const servers: BenchServer[] = [];
  try {
    const site = await startSiteServer(DIST_DIR, contentDir);
    servers.push(site);
    const only = process.env.KB_LIGHTHOUSE_PAGES?.split(',').map((s) => s.trim());
    const pages = lighthousePages(kb).filter((p) => !only || only.includes(p.name));
    if (pages.length === 0) throw new Error(`KB_LIGHTHOUSE_PAGES=${process.env.KB_LIGHTHOUSE_PAGES ?? ''} names none of the pages`);
    printLighthouse(await measureLighthouse(site.url, pages));
  } finally {
    await stopAll(servers);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
