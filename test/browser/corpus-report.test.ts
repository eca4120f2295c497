import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { fileNameIds } from '../../lib/content/entry-ledger';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable, launchBrowser } from './browser';
import { importedCorpusContent } from './global-setup';
import { buildAndStartSite, redirectTarget, type SiteServer } from './server';

const REPORT = '2014-01-2014-03';
const ENTRY = 'pci-sr-iov-infrastructure';

const corpus = findCorpus();

describe.skipIf(!corpus || !chromiumAvailable())('the site over the imported corpus', () => {
  let site: SiteServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await buildAndStartSite(importedCorpusContent(REPORT));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${site.url}/reports/${REPORT}`);
    expect(response?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it("leads an AsciiDoc entry's id as its file names it to the entry, on the site and in the API", async () => {
    const named = fileNameIds(loadKnowledgeBase(importedCorpusContent(REPORT)).entries);
    // 31 when written: pf_dummynet, pkgbase.live, acpi_system76…
    expect(named.size).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const [from, to] of named) {
      for (const [asked, expected] of [[`/reports/${from}`, `/reports/${to}`], [`/api/entries/${from}`, `/api/entries/${to}`]] as const) {
        const response = await fetch(site.url + asked, { redirect: 'manual' });
        if (`${response.status} ${redirectTarget(response)}` !== `308 ${expected}`) wrong.push(`${asked}: ${response.status} ${redirectTarget(response)}`);
      }
    }
    expect(wrong).toEqual([]);
    // An id in one segment, as encodeURIComponent writes it, is answered where it is.
    const encoded = await fetch(`${site.url}/api/entries/${encodeURIComponent(`${REPORT}/${ENTRY}`)}`, { redirect: 'manual' });
    expect(`${encoded.status} ${redirectTarget(encoded)}`).toBe(`308 /api/entries/${REPORT}/${ENTRY}`);
  });

  it('shows an IRC channel given as a contact as a channel, not as a mail address', async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    expect((await other.goto(`${site.url}/reports/2019-10-2019-12`))?.status()).toBe(200);
    const contacts = other.locator('article#universal-packaging-tool-upt .entry-meta .contacts');
    const text = (await contacts.textContent()) ?? '';
    expect(text).toContain('#upt-packaging');
    expect(text).not.toContain('<#upt-packaging>');
    await expect(contacts.locator('a[href^="mailto:#"]').count()).resolves.toBe(0);
    // The mailing list beside it keeps its address and link.
    await expect(contacts.locator('a[href^="mailto:"]').count()).resolves.toBe(1);
    // A list named by its address alone shows the address once.
    expect((await other.goto(`${site.url}/reports/2001-08/jpman-project`))?.status()).toBe(200);
    const line = (await other.locator('.entry-meta .contacts li', { hasText: 'man-jp@' }).textContent()) ?? '';
    expect(line.match(/man-jp@jp\.FreeBSD\.org/g), line).toHaveLength(1);
    await other.close();
  });

  it('shows the 2014 Q1 report with its category headings', async () => {
    await expect(page.locator('h1').textContent()).resolves.toContain('2014');
    const categories = await page.locator('main section.category > h2').allTextContents();
    expect(categories).toEqual(expect.arrayContaining(['Kernel', 'Ports', 'Projects', 'Architectures']));
  });

  it('shows the PCI SR-IOV entry at its anchor with its contact and link', async () => {
    const entry = page.locator(`article#${ENTRY}`);
    await expect(entry.count()).resolves.toBe(1);
    await expect(entry.locator('h3').textContent()).resolves.toBe('PCI SR-IOV Infrastructure');
    const mail = entry.locator('.entry-meta a[href^="mailto:"]');
    await expect(mail.getAttribute('href')).resolves.toMatch(/^mailto:rstone@freebsd\.org$/i);
    await expect(entry.locator('.entry-meta').textContent()).resolves.toContain('Ryan Stone');
    await expect(entry.locator('.entry-meta a[href*="github.com/rysto32"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(`nav.toc a[href="#${ENTRY}"]`).count()).resolves.toBe(1);
  });

  it('ends the 2025 Q1 report with the projects missing from it, those that stopped apart from those that came back', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/reports/2025-01-2025-03`);
    const quiet = other.locator('section[aria-labelledby="_quiet"]');
    const stopped = await quiet.locator('h3:has-text("Not reported since") + ul > li > a:first-child').allTextContents();
    const returned = await quiet.locator('h3:has-text("Reported again later") + ul > li').allTextContents();
    expect(stopped).toContain('Xfce on FreeBSD');
    expect(stopped.some((t) => t.startsWith('Alpha-Omega'))).toBe(false);
    // First reported in 2024 Q4: counted, not listed, as every first report is (most are one-offs).
    expect(returned.some((t) => t.startsWith('BSD-USER 4 LINUX'))).toBe(false);
    await expect(quiet.locator('p').first().textContent()).resolves.toMatch(/not listed: the \d+ whose first report was in 2024 Q4/);
    expect(returned.find((t) => t.startsWith('Alpha-Omega'))).toMatch(/back in 2025 Q3$/);
    // Each with its entry of 2024 Q4 and the people it named: whom the editors ask.
    const xfce = quiet.locator('li', { has: other.locator('a', { hasText: /^Xfce on FreeBSD$/ }) });
    await expect(xfce.locator('a', { hasText: 'last entry' }).getAttribute('href')).resolves.toMatch(/^\/reports\/2024-10-2024-12\//);
    const entry = loadKnowledgeBase(importedCorpusContent(REPORT)).getEntry(((await xfce.locator('a', { hasText: 'last entry' }).getAttribute('href')) ?? '').replace('/reports/', ''));
    await expect(xfce.textContent()).resolves.toContain(entry?.contacts[0]?.name ?? 'no contact');
    await other.close();
  });

  it('names the quarterly report the missing projects reported in, not a summit edition between the two', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/reports/2013-10-2013-12`);
    const said = await other.locator('section[aria-labelledby="_quiet"] > p').textContent();
    expect(said).toContain('reported in 2013 Q3 (July–September) did not report here');
    await other.close();
  });

  it('shows under each category heading of an AsciiDoc report the description upstream gives it', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/reports/2023-01-2023-03`);
    const described = loadKnowledgeBase(importedCorpusContent(REPORT)).getReport('2023-01-2023-03')!.categories.filter((c) => c.description);
    expect(described.length).toBeGreaterThan(3);
    for (const category of described) {
      const shown = await other.locator(`section.category:has(> h2#category_${category.key}) > .category-description`).textContent();
      expect(shown?.trim().length, category.key).toBeGreaterThan(20);
    }
    await other.close();
  });

  it('sends a quarter upstream reported within a longer period to that report', async () => {
    const response = await fetch(`${site.url}/reports/2009-07-2009-09`, { redirect: 'manual' });
    expect(`${response.status} ${redirectTarget(response)}`).toBe('308 /reports/2009-04-2009-09');
  });

  it('links a sponsor written as an address, and one named like a link of the entry', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/reports/2021-07-2021-09`);
    const sponsors = other.locator('.entry-meta dt:is(:text("Sponsor"), :text("Sponsors")) + dd li');
    const written = await sponsors.evaluateAll((items) => items.map((li) => ({ text: li.textContent?.trim() ?? '', href: li.querySelector('a')?.getAttribute('href') })));
    const addresses = written.filter((s) => /^https?:\/\//.test(s.text));
    expect(addresses.length).toBeGreaterThan(0);
    for (const s of addresses) expect(s.href, s.text).toBe(s.text);
    await other.close();
  });

  it('lists a contact with two addresses once, with both', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/reports/2024-10-2024-12`);
    const lists = await other.locator('.entry-meta dt:is(:text("Contact"), :text("Contacts")) + dd ul').evaluateAll((uls) =>
      uls.map((ul) => [...ul.querySelectorAll(':scope > li')].map((li) => ({ name: li.firstChild?.textContent?.trim() ?? '', addresses: li.querySelectorAll('.email').length }))),
    );
    for (const contacts of lists) expect(new Set(contacts.map((c) => c.name)).size, JSON.stringify(contacts)).toBe(contacts.length);
    expect(lists.flat().some((c) => c.addresses === 2)).toBe(true);
    await other.close();
  });
});
