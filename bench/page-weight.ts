// Section of `npm run bench`: the JavaScript a page makes the browser download, gzipped.
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fetchBytes, gzipSize } from './http-bytes';
import { formatKB, heading, row, verdict } from './print';
import type { BenchServer } from './servers';

const parser = unified().use(rehypeParse);

/** Absolute URLs of the elements' `src` or `href` on the page's own origin, each once. */
function sameOriginUrls(elements: readonly Element[], pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const urls = elements
    .map((el) => new URL(String(el.properties.src ?? el.properties.href ?? ''), pageUrl))
    .filter((url) => url.origin === origin)
    .map((url) => url.href);
  return [...new Set(urls)];
}

/**
 * The page's scripts on its own origin: the files a current browser loads (`<script src>`,
 * module and script preloads), the `nomodule` ones only older browsers load (Next's
 * polyfills), and the inline scripts' text.
 */
export function scriptsOfPage(html: string, pageUrl: string): { files: string[]; legacyFiles: string[]; inline: string[] } {
  const tree = parser.parse(html) as Root;
  const legacyFiles = sameOriginUrls(selectAll('script[src][nomodule]', tree), pageUrl);
  const files = sameOriginUrls(
    selectAll('script[src]:not([nomodule]), link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]', tree),
    pageUrl,
  ).filter((url) => !legacyFiles.includes(url));
  const inline = selectAll('script:not([src])', tree)
    .map((el) => toText(el))
    .filter((text) => text.length > 0);
  return { files, legacyFiles, inline };
}

/**
 * The script URLs every page of a build loads: Next's `rootMainFiles` (its App Router runtime
 * and React), the floor we accept. What a page loads beyond them is our code: the layout's and
 * the page's client components (the header's search box among them) and what they import.
 */
export function runtimeScripts(buildManifest: unknown): Set<string> {
  const files = typeof buildManifest === 'object' && buildManifest !== null && 'rootMainFiles' in buildManifest ? buildManifest.rootMainFiles : undefined;
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string')) throw new Error('build-manifest.json: no rootMainFiles list');
  return new Set(files.map((f) => `/_next/${f}`));
}

/** A page's script URLs split into those every page loads (`runtime`, by URL path) and the page's own. */
export function splitRuntime(files: readonly string[], runtime: ReadonlySet<string>): { runtime: string[]; own: string[] } {
  const isRuntime = (file: string): boolean => runtime.has(new URL(file).pathname);
  return { runtime: files.filter(isRuntime), own: files.filter((f) => !isRuntime(f)) };
}

/** `runtimeScripts` of the build in `distDir`. */
export function runtimeScriptsOf(distDir: string): Set<string> {
  return runtimeScripts(JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')));
}

export interface PageWeight {
  name: string;
  path: string;
  /** Absent when the page answers 404. */
  weight?: {
    files: number;
    rawBytes: number;
    /** Every file gzipped at level 9 on its own, summed. */
    gzipBytes: number;
    /** Of `files`, those every page loads (`runtimeScripts`), and their gzipped bytes; the rest are the page's own. */
    runtimeFiles: number;
    runtimeGzipBytes: number;
    /** The same files as `next start` serves them to a client that accepts gzip. */
    servedBytes: number;
    servedEncodings: string[];
    /** `nomodule` polyfills, gzipped at level 9: not loaded by current browsers, so not counted above. */
    legacyFiles: number;
    legacyGzipBytes: number;
    /** The inline scripts (React's payload for the page), gzipped with the rest of the HTML. */
    inlineRawBytes: number;
    htmlGzipBytes: number;
  };
}

export async function measurePageWeight(server: BenchServer, name: string, pagePath: string, runtime: ReadonlySet<string>): Promise<PageWeight> {
  const pageUrl = `${server.url}${pagePath}`;
  const page = await fetchBytes(pageUrl);
  if (page.status === 404) return { name, path: pagePath };
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const html = page.body.toString('utf8');
  const { files, legacyFiles, inline } = scriptsOfPage(html, pageUrl);
  let rawBytes = 0;
  let gzipBytes = 0;
  let servedBytes = 0;
  let runtimeGzipBytes = 0;
  const runtimeFiles = new Set(splitRuntime(files, runtime).runtime);
  const servedEncodings = new Set<string>();
  for (const file of files) {
    const raw = await fetchBytes(file);
    if (raw.status !== 200) throw new Error(`GET ${file} (from ${pagePath}) answered ${raw.status}`);
    const served = await fetchBytes(file, { gzip: true });
    const gzipped = gzipSize(raw.body);
    rawBytes += raw.body.length;
    gzipBytes += gzipped;
    if (runtimeFiles.has(file)) runtimeGzipBytes += gzipped;
    servedBytes += served.body.length;
    servedEncodings.add(served.encoding);
  }
  let legacyGzipBytes = 0;
  for (const file of legacyFiles) legacyGzipBytes += gzipSize((await fetchBytes(file)).body);
  return {
    name,
    path: pagePath,
    weight: {
      files: files.length,
      rawBytes,
      gzipBytes,
      runtimeFiles: runtimeFiles.size,
      runtimeGzipBytes,
      servedBytes,
      servedEncodings: [...servedEncodings],
      legacyFiles: legacyFiles.length,
      legacyGzipBytes,
      inlineRawBytes: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      htmlGzipBytes: gzipSize(page.body),
    },
  };
}

/** `targetBytes` undefined: the figure is printed without a target. */
export function printPageWeight(pages: readonly { page: PageWeight; targetBytes?: number }[]): void {
  heading('JavaScript per page: its script files, each gzipped (gzip -9 by node:zlib), summed');
  for (const { page, targetBytes } of pages) {
    const w = page.weight;
    if (!w) {
      row(`${page.name} page`, `n/a (no ${page.path.split('?')[0]} page)`, 'answered 404');
      continue;
    }
    const target = targetBytes === undefined ? '' : `target < ${targetBytes / 1000} KB: ${verdict(w.gzipBytes < targetBytes)}`;
    row(`${page.name} page, ${w.files} script files`, formatKB(w.gzipBytes), target);
    row(`  on every page: ${w.runtimeFiles} files`, formatKB(w.runtimeGzipBytes), "Next's App Router runtime and React (the floor)");
    row(`  ours: ${w.files - w.runtimeFiles} files`, formatKB(w.gzipBytes - w.runtimeGzipBytes), "the layout's and the page's client components, what they import");
    row('  the same as served', formatKB(w.servedBytes), `Content-Encoding: ${w.servedEncodings.join(', ')}; ${formatKB(w.rawBytes)} uncompressed`);
    row(`  not counted: ${w.legacyFiles} nomodule file(s)`, formatKB(w.legacyGzipBytes), 'gzip -9; polyfills only browsers without ES modules load');
    row('  inline scripts in the HTML', formatKB(w.inlineRawBytes), `uncompressed; the whole HTML gzipped: ${formatKB(w.htmlGzipBytes)}`);
    console.log(`  (${page.path})`);
  }
}
