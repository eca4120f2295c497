import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The Nu HTML Checker (the W3C validator) from the `vnu-jar` package; it runs on Java 11 or later. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
/** `java` on the PATH, or `KB_JAVA`. */
const JAVA = process.env.KB_JAVA ?? 'java';

/**
 * Whether the checker can run. Without Java it fails in CI (CI=true, where .ci/run installs it),
 * and skips elsewhere with a message saying how to install it.
 */
export function javaAvailable(): boolean {
  if (spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0) return true;
  const message = `No Java at "${JAVA}" for the Nu HTML Checker: install it with "apt-get install -y default-jre-headless" or set KB_JAVA.`;
  if (process.env.CI === 'true') throw new Error(`${message} The HTML checks need it in CI.`);
  console.warn(`Skipping the HTML checks. ${message}`);
  return false;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** A page as the site served it, under a name its errors are reported by. */
export interface CheckedPage {
  name: string;
  html: string;
}

/**
 * Runs the checker once over every page (a JVM start costs more than a page) and returns its
 * errors, one line each: page, line, message and the markup around it. Warnings are left out.
 */
export async function htmlErrors(pages: readonly CheckedPage[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-vnu-'));
  try {
    const files = pages.map((page, i) => {
      const file = path.join(dir, `${i}.html`);
      writeFileSync(file, page.html);
      return file;
    });
    // Exit status 1 only says that there were errors; they are on stdout as JSON.
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], { maxBuffer: 256 * 1024 * 1024 }, (error, out, err) =>
        out.trim() ? resolve(out) : reject(error ?? new Error(`the Nu HTML Checker printed nothing: ${err}`)),
      );
    });
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    const nameOf = (url = '') => pages[Number(path.basename(url, '.html'))]?.name ?? url;
    return messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${nameOf(m.url)}:${m.lastLine ?? '?'}: ${m.message} [${(m.extract ?? '').replace(/\s+/g, ' ').trim()}]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fetches each path from the site, expecting its status (200 unless given), as a page to check. */
export async function fetchPages(siteUrl: string, pages: readonly { name: string; path: string; status?: number }[]): Promise<CheckedPage[]> {
  const fetched: CheckedPage[] = [];
  // One at a time: some pages (a whole report of the corpus) take the server a while.
  for (const { name, path: sitePath, status = 200 } of pages) {
    const response = await fetch(siteUrl + sitePath);
    if (response.status !== status) throw new Error(`${sitePath} answered ${response.status}, not ${status}`);
    fetched.push({ name: `${name} (${sitePath})`, html: await response.text() });
  }
  return fetched;
}
