// `npm run bench`: the whole corpus imported, the site built on it, the projects threaded and the subjects found, then the search measured
// on that content: the index and in-process latency (ours beside MiniSearch), the site's server's
// start-up and memory (compiled, and through tsx as before), `/api/search` under load (the site's
// server and `next start` beside a bare node:http server), the size of a search answer, nginx in
// front of two replicas (deploy/) beside one alone with a replica's memory over a soak, the
// JavaScript a page sends, then Lighthouse's scores of one page of each kind. Each section
// prints its figures beside their targets.
//
// Environment:
//   KB_CORPUS=<dir>          the upstream corpus to import (default ../shared/corpus)
//   KB_BENCH_CONTENT=<dir>   skip the import and use this imported content folder instead,
//                            e.g. KB_BENCH_CONTENT=/work/kb-corpus/content (never modified)
//   KB_BENCH_REUSE_BUILD=1   skip `next build` and serve the last build in .next-bench as is
//                            (quicker; stale if the code or the content changed since)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../lib/content';
import { entryPath, searchQueryPath } from '../lib/routes';
import { buildSite, printBuild, reusedBuild } from './build-site';
import { measureDeploy, measureStartup, mixedPaths, printDeploy, printStartup } from './deploy';
import { importCorpus, printImport } from './import-corpus';
import { lighthousePages, measureLighthouse, printLighthouse } from './lighthouse';
import { measureFloor, measureLoad, printFloor, printLoad } from './load';
import { measurePageWeight, printPageWeight, runtimeScriptsOf } from './page-weight';
import { loadJudged, ROOT } from './relevance-lib';
import { measureResponseSize, printResponseSize } from './response-size';
import { measureSearchSpeed, printSearchSpeed } from './search-speed';
import { measureThreading, printThreading } from './threading';
import { measureSubjectFinding, printSubjectFinding } from './subject-finding';
import { latencyWorkload, loadTestPaths, searchApiPathFor } from './search-workload';
import { startBareServer, startNext, startSiteServer, stopAll, type BenchServer } from './servers';

const DIST_DIR = '.next-bench';
const ENTRY_PAGE_TARGET_BYTES = 120_000;

/** The imported content: the given folder, else a fresh import (its figures printed) into a temporary one. */
function contentFolder(): string {
  const given = process.env.KB_BENCH_CONTENT;
  if (given) {
    if (!existsSync(given)) throw new Error(`bench: no content folder at ${given} (KB_BENCH_CONTENT)`);
    console.log(`content: ${path.resolve(given)} (KB_BENCH_CONTENT: import skipped)`);
    return path.resolve(given);
  }
  const corpus = path.resolve(process.env.KB_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'));
  if (!existsSync(corpus)) throw new Error(`bench: no corpus at ${corpus} (set KB_CORPUS, or KB_BENCH_CONTENT to an imported folder)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  // Removed when the benchmark ends, however it ends (servers.ts exits on SIGINT and SIGTERM).
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  console.log(`corpus: ${corpus}\ncontent: ${dir}`);
  printImport(importCorpus(corpus, dir));
  return dir;
}

async function main(): Promise<void> {
  const servers: BenchServer[] = [];
  try {
    const contentDir = contentFolder();
    const kb = loadKnowledgeBase(contentDir);
    const build = process.env.KB_BENCH_REUSE_BUILD === '1' ? reusedBuild(DIST_DIR) : buildSite(contentDir, DIST_DIR);
    printBuild(build, { reports: kb.reports.length, entries: kb.entries.length });

    // In process first, while no server competes for the CPUs.
    printThreading(measureThreading(kb), kb.entries.length);
    printSubjectFinding(measureSubjectFinding(kb), kb.entries.length);
    printSearchSpeed(measureSearchSpeed(contentDir));

    // The site's server compiled (`npm start`) beside server.ts through tsx (as it ran before), alone on the machine.
    const paths = loadTestPaths(latencyWorkload(loadJudged(), kb.entries), kb.entries);
    const pages = mixedPaths(kb, paths);
    printStartup(await measureStartup(DIST_DIR, contentDir, pages));

    // The site's own server (`npm start`: dist/server.js), Next's (`next start`, the API through its
    // route) for comparison, and the bare node:http server as the yardstick.
    const site = await startSiteServer(DIST_DIR, contentDir);
    servers.push(site);
    const next = await startNext(DIST_DIR, contentDir);
    servers.push(next);
    const bare = await startBareServer(contentDir);
    servers.push(bare);
    printLoad(await measureLoad([site, next, bare], paths), { site: site.name, bare: bare.name }, paths.length);
    const emptyQuery = searchApiPathFor('');
    printFloor(await measureFloor([site, next, bare], emptyQuery), emptyQuery);
    await next.stop();

    printResponseSize(await measureResponseSize(site, searchApiPathFor('bhyve')), site.name);

    // deploy/: nginx before two replicas, with the bare server and the site's own server idle.
    printDeploy(await measureDeploy(DIST_DIR, contentDir, pages), pages.length);

    // An entry from the middle of the corpus: every entry page ships the same scripts.
    const entry = kb.entries[Math.floor(kb.entries.length / 2)];
    const runtime = runtimeScriptsOf(path.join(ROOT, DIST_DIR));
    printPageWeight([
      { page: await measurePageWeight(site, 'search', searchQueryPath('bhyve'), runtime) },
      ...(entry ? [{ page: await measurePageWeight(site, 'entry', entryPath(entry.id), runtime), targetBytes: ENTRY_PAGE_TARGET_BYTES }] : []),
    ]);

    // Last, with the bare server gone: Lighthouse times the pages in a browser beside the site's server.
    await bare.stop();
    printLighthouse(await measureLighthouse(site.url, lighthousePages(kb)));
  } finally {
    await stopAll(servers);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
