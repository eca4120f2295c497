import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable, launchBrowser } from './browser';
import { buildAndStartSite, ROOT, type SiteServer } from './server';

const REPORT = '2014-01-2014-03';
const ENTRY = 'pci-sr-iov-infrastructure';

/**
 * The imported corpus: `KB_IMPORTED_CONTENT` (CI imports it before the tests), else a fresh
 * `kb import` of the corpus into a temporary folder, which `cleanup` removes.
 */
function importedContent(corpus: string): { dir: string; cleanup: () => void } {
  const given = process.env.KB_IMPORTED_CONTENT;
  if (given) {
    if (!existsSync(path.join(given, REPORT))) throw new Error(`KB_IMPORTED_CONTENT=${given} holds no report ${REPORT}`);
    return { dir: given, cleanup: () => {} };
  }
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
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const corpus = findCorpus();

describe.skipIf(!corpus || !chromiumAvailable())('the site over the imported corpus', () => {
  let content: { dir: string; cleanup: () => void } | undefined;
  let site: SiteServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    content = importedContent(corpus ?? '');
    site = await buildAndStartSite(content.dir);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${site.url}/reports/${REPORT}`);
    expect(response?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    content?.cleanup();
  });

  it('shows the 2014 Q1 report with its category headings', async () => {
    await expect(page.locator('h1').textContent()).resolves.toContain('2014');
    const categories = await page.locator('main section.category > h2').allTextContents();
    expect(categories).toEqual(expect.arrayContaining(['Kernel', 'Ports', 'Projects', 'Architectures']));
  });

  it('shows the PCI SR-IOV entry at its anchor with its contact and link', async () => {
    const entry = page.locator(`section#${ENTRY}`);
    await expect(entry.count()).resolves.toBe(1);
    await expect(entry.locator('h3').textContent()).resolves.toBe('PCI SR-IOV Infrastructure');
    const mail = entry.locator('.entry-meta a[href^="mailto:"]');
    await expect(mail.getAttribute('href')).resolves.toMatch(/^mailto:rstone@freebsd\.org$/i);
    await expect(entry.locator('.entry-meta').textContent()).resolves.toContain('Ryan Stone');
    await expect(entry.locator('.entry-meta a[href*="github.com/rysto32"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(`nav.toc a[href="#${ENTRY}"]`).count()).resolves.toBe(1);
  });
});
