import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upstreamEntryPath, upstreamReportPaths } from '../../lib/site/upstream-urls';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable, launchBrowser, SCREENSHOT_DIR } from './browser';
import { importedCorpusContent } from './global-setup';
import { buildAndStartSite, type SiteServer } from './server';

const corpus = findCorpus();

/** Reports of every era: 2001 monthly, XML, a special edition, HTML-only 2020 Q4, AsciiDoc. */
const REPORTS = ['2001-06', '2003-10-2003-12', '2013-05-devsummit', '2020-10-2020-12', '2024-04-2024-06'];

/** Upstream's own AsciiDoc entry pages, named as the files were, and our entry each is now. */
const ENTRY_PAGES: Array<[string, string]> = [
  [upstreamEntryPath('2024-04-2024-06', 'service-jails'), '/reports/2024-04-2024-06/service-jails'],
  [upstreamEntryPath('2021-04-2021-06', 'pf_dummynet'), '/reports/2021-04-2021-06/pf-dummynet'],
  [upstreamEntryPath('2022-10-2022-12', 'FreshPorts'), '/reports/2022-10-2022-12/freshports'],
  ['/status/report-2023-01-2023-03/pkgbase.live/', '/reports/2023-01-2023-03/pkgbase-live'],
];

/** Old links into report pages of every era, and the entry each named. */
const OLD_ANCHORS: Array<{ era: string; url: string; report: string; target: string }> = [
  { era: '2003, XSL', url: "/news/status/report-2003-10-2003-12.html#Porting-OpenBSD's-pf", report: '2003-10-2003-12', target: 'porting-openbsds-pf' },
  {
    era: '2003, XSL, punctuation',
    url: '/status/report-2003-10-2003-12.html#Bluetooth-stack-for-FreeBSD-(Netgraph-implementation)',
    report: '2003-10-2003-12',
    target: 'bluetooth-stack-for-freebsd-netgraph-implementation',
  },
  // A no-break space upstream kept in the anchor, percent-encoded as browsers send it.
  {
    era: '2010, XSL, no-break space',
    url: '/news/status/report-2010-07-2010-09.html#Syncing-pf(4)-with-OpenBSD%C2%A04.5',
    report: '2010-07-2010-09',
    target: 'syncing-pf-4-with-openbsd-4-5',
  },
  { era: '2020, lowercase', url: '/status/report-2020-10-2020-12.html#fenestras-x-random(4)', report: '2020-10-2020-12', target: 'fenestras-x-random-4' },
  {
    era: '2024, Asciidoctor',
    url: '/status/report-2024-04-2024-06/#_service_jailsautomatic_jailing_of_rc_d_services',
    report: '2024-04-2024-06',
    target: 'service-jails',
  },
  { era: '2021, Asciidoctor', url: '/status/report-2021-04-2021-06/#_dummynet_support_for_pf', report: '2021-04-2021-06', target: 'pf-dummynet' },
];

/** Requests a path without following redirects. */
async function head(site: SiteServer, urlPath: string): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`${site.url}${urlPath}`, { redirect: 'manual' });
  await response.body?.cancel();
  const location = response.headers.get('location');
  return { status: response.status, location: location && new URL(location, site.url).pathname };
}

/** The id of the focused element and whether the element with `id` is in the viewport. */
function landing(page: Page, id: string): Promise<{ focused: string; inView: boolean; hash: string }> {
  return page.evaluate((targetId) => {
    const element = document.getElementById(targetId);
    const box = element?.getBoundingClientRect();
    return {
      focused: document.activeElement?.id ?? '',
      inView: box !== undefined && box.top >= -1 && box.top < window.innerHeight,
      hash: window.location.hash,
    };
  }, id);
}

describe.skipIf(!corpus || !chromiumAvailable())('upstream URLs and anchors on the site over the imported corpus', () => {
  let site: SiteServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildAndStartSite(importedCorpusContent('2024-04-2024-06'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('redirects every upstream URL form of reports of every era to the report page, permanently, in one step', async () => {
    for (const id of REPORTS) {
      for (const urlPath of upstreamReportPaths(id)) {
        const { status, location } = await head(site, urlPath);
        expect([301, 308], urlPath).toContain(status);
        expect(location, urlPath).toBe(`/reports/${id}`);
      }
    }
    for (const urlPath of ['/status/', '/status', '/news/status/', '/news/status/status.html']) {
      await expect(head(site, urlPath), urlPath).resolves.toEqual({ status: 308, location: '/reports' });
    }
  });

  it('redirects upstream’s AsciiDoc entry pages to the entry pages', async () => {
    for (const [urlPath, target] of ENTRY_PAGES) {
      await expect(head(site, urlPath), urlPath).resolves.toEqual({ status: 308, location: target });
    }
  });

  it('still drops a trailing slash elsewhere, in one step', async () => {
    await expect(head(site, '/reports/')).resolves.toEqual({ status: 308, location: '/reports' });
    await expect(head(site, '/reports/2001-06/')).resolves.toEqual({ status: 308, location: '/reports/2001-06' });
  });

  it('sends a subject, project, person or entry typed with capitals to its page', async () => {
    await expect(head(site, '/subjects/ZFS')).resolves.toEqual({ status: 308, location: '/subjects/zfs' });
    await expect(head(site, '/projects/BHyVe')).resolves.toEqual({ status: 308, location: '/projects/bhyve' });
    await expect(head(site, '/reports/2014-01-2014-03/BHYVE')).resolves.toEqual({ status: 308, location: '/reports/2014-01-2014-03/bhyve' });
    await expect(head(site, '/subjects/zfs')).resolves.toEqual({ status: 200, location: null });
  });

  it('sends a quarter written as readers write it to its report, or to the longer report covering it, in one step', async () => {
    await expect(head(site, '/reports/2014-Q1')).resolves.toEqual({ status: 308, location: '/reports/2014-01-2014-03' });
    await expect(head(site, '/reports/2014q1/BHyVe')).resolves.toEqual({ status: 308, location: '/reports/2014-01-2014-03/bhyve' });
    await expect(head(site, '/reports/2018-Q2')).resolves.toEqual({ status: 308, location: '/reports/2018-01-2018-09' });
    await expect(head(site, '/reports/2018-01-2018-09')).resolves.toEqual({ status: 200, location: null });
    // No report covers the second quarter of 2001: the site's 404, not a redirect to one.
    await expect(head(site, '/reports/2001-q2')).resolves.toEqual({ status: 404, location: null });
  });

  it('answers unknown reports and path tricks with the normal 404 page, never a 500', async () => {
    const tricks = [
      '/status/report-2099-01-2099-03.html',
      '/news/status/report-2013-05-nosummit.html',
      '/status/report-..%2F..%2Fetc.html',
      '/status/report-..%2F..%2Fetc%2Fpasswd/',
      '/status/report-2024-04-2024-06%2Fservice-jails/',
      '/status/report-2024-04-2024-06/..%2F..%2Fservice-jails/',
      '/status/report-2024-04-2024-06/no-such-entry/',
      `/status/report-${'2024-04-'.repeat(400)}.html`,
      `/status/report-2024-04-2024-06/${'x'.repeat(3000)}/`,
      '/status/report-2003-10-2003-12.html/acpi',
      '/news/status/report-%00.html',
      // Escapes that do not decode, as in a link cut short: Next.js alone answers these with a 500.
      '/reports/%E0%A4%A',
      '/status/report-2024-04-2024-06/%FF/',
      '/projects/100%',
    ];
    for (const urlPath of tricks) {
      const response = await fetch(`${site.url}${urlPath}`, { redirect: 'manual' });
      const body = await response.text();
      expect(response.status, urlPath).toBe(404);
      expect(body, urlPath).toContain('Not found');
    }
  });

  it.each(OLD_ANCHORS)('lands an old $era link on its entry, in view and focused', async ({ url, report, target }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${site.url}${url}`);
      await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 10_000 });
      expect(new URL(page.url()).pathname).toBe(`/reports/${report}`);
      await expect(landing(page, target)).resolves.toEqual({ focused: target, inView: true, hash: `#${target}` });
      await expect(page.locator('[data-legacy-anchor-notice]').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  // AsciiDoc cross-references (`<<_amd64_fred_support,…>>`) point at upstream's report page: they stay
  // here, and carry our element's id, so that they land on the entry without the page's script.
  it("takes a reader who clicks an entry's link to another entry of its report to that entry here", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${site.url}/reports/2026-01-2026-03/freebsd-foundation`);
      const link = page.locator('.entry-body a', { hasText: 'amd64 FRED support' }).first();
      await expect(link.getAttribute('href')).resolves.toBe('/reports/2026-01-2026-03#fred');
      await link.click();
      await page.waitForURL((url) => url.pathname === '/reports/2026-01-2026-03' && url.hash === '#fred');
      await expect.poll(async () => (await landing(page, 'fred')).inView).toBe(true);
      // And where no script runs.
      const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const plain = await noScript.newPage();
      await plain.goto(`${site.url}/reports/2026-01-2026-03/freebsd-foundation`);
      await plain.locator('.entry-body a', { hasText: 'amd64 FRED support' }).first().click();
      await plain.waitForURL((url) => url.hash === '#fred');
      await expect.poll(async () => (await landing(plain, 'fred')).inView).toBe(true);
      await noScript.close();
    } finally {
      await page.close();
    }
  });

  it('lands a category anchor on the category heading', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${site.url}/status/report-2020-10-2020-12.html#Third-Party-Projects`);
      const target = 'category_third-party-projects';
      await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 10_000 });
      await expect(landing(page, target)).resolves.toEqual({ focused: target, inView: true, hash: `#${target}` });
    } finally {
      await page.close();
    }
  });

  it('follows an old anchor the page links to itself (hashchange)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      // Hydrated (the component listening) once the page's scripts have all loaded.
      await page.goto(`${site.url}/reports/2003-10-2003-12`, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        window.location.hash = '#TrustedBSD-Audit';
      });
      await page.waitForFunction(() => document.activeElement?.id === 'trustedbsd-audit', undefined, { timeout: 10_000 });
      await expect(landing(page, 'trustedbsd-audit')).resolves.toMatchObject({ inView: true, hash: '#trustedbsd-audit' });
    } finally {
      await page.close();
    }
  });

  it('opens an upstream entry page as the entry’s own page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const response = await page.goto(`${site.url}${upstreamEntryPath('2021-04-2021-06', 'pf_dummynet')}`);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/reports/2021-04-2021-06/pf-dummynet');
      await expect(page.locator('h1').textContent()).resolves.toMatch(/dummynet/i);
    } finally {
      await page.close();
    }
  });

  it('offers the nearest entry for an anchor that names none, in a notice that can be dismissed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${site.url}/status/report-2024-04-2024-06.html#Service-Jails-Automation`);
      const notice = page.locator('[data-legacy-anchor-notice]');
      await notice.waitFor({ timeout: 10_000 });
      await expect(notice.textContent()).resolves.toContain('No entry named “Service-Jails-Automation” here; nearest:');
      await expect(notice.locator('a').getAttribute('href')).resolves.toBe('#service-jails');
      // The viewport only: a full-page shot of a whole report is too tall for Chromium.
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'legacy-anchor-notice-1280.png') });
      await notice.locator('a').click();
      await page.waitForFunction(() => window.location.hash === '#service-jails');
      await expect(notice.count()).resolves.toBe(0);

      await page.evaluate(() => {
        window.location.hash = '#Quantum-Teleportation';
      });
      await notice.waitFor({ timeout: 10_000 });
      await expect(notice.textContent()).resolves.toContain('No entry named “Quantum-Teleportation” here.');
      await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
      await expect(notice.count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  it('declares no canonical link on localhost when the site has no public address', async () => {
    const html = await (await fetch(`${site.url}/reports/2024-04-2024-06`)).text();
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    if (process.env.KB_SITE_URL) expect(canonical).toBe(`${process.env.KB_SITE_URL.replace(/\/+$/, '')}/reports/2024-04-2024-06`);
    else expect(canonical).toBeUndefined();
  });
});
