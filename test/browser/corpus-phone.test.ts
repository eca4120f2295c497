import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { projectsOf } from '../../lib/projects';
import { homePath, projectPath, reportPath, searchQueryPath } from '../../lib/routes';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable, launchBrowser, saveScreenshot } from './browser';
import { importedCorpusContent } from './global-setup';
import { edgeFades, PHONE_WIDTH, releaseLabelProblems, sidewaysOverflow } from './phone-checks';
import { buildAndStartSite, type SiteServer } from './server';

const BHYVE_ENTRY = '2015-01-2015-03/bhyve';
const corpus = findCorpus();

// What a phone shows of the real corpus: 26 years of reports are wider than its screen. Screenshots
// of the home, search and a project page go to test-output/screenshots/corpus-*-390.png.
describe.skipIf(!corpus || !chromiumAvailable())('the imported corpus on a phone (and its home page on a desktop)', () => {
  let site: SiteServer;
  let browser: Browser;
  let phone: BrowserContext;
  let bhyve: string;
  let reports: string[];

  beforeAll(async () => {
    const dir = importedCorpusContent('2015-01-2015-03');
    const kb = loadKnowledgeBase(dir);
    bhyve = projectsOf(kb).byEntryId.get(BHYVE_ENTRY)?.slug ?? '';
    reports = kb.reports.map((r) => r.id);
    site = await buildAndStartSite(dir);
    browser = await launchBrowser();
    phone = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  // A contact's address or a link is one long word: it wraps rather than widen the page.
  it('fits every report page, contacts and links included, to the phone\'s width', async () => {
    const page = await phone.newPage();
    try {
      const wide: string[] = [];
      for (const id of reports) {
        expect((await page.goto(site.url + reportPath(id), { waitUntil: 'domcontentloaded' }))?.status()).toBe(200);
        const overflow = await sidewaysOverflow(page);
        if (overflow.scrollWidth > PHONE_WIDTH) wide.push(`${id}: ${overflow.scrollWidth} px, ${overflow.wide.join(', ')}`);
      }
      expect(reports.length).toBeGreaterThan(100);
      expect(wide).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    { name: 'home', path: () => homePath, box: 'section[aria-labelledby="picture"] .scroll-cue' },
    { name: 'search', path: () => searchQueryPath('zfs'), box: 'ul[data-facet="year"]' },
  ])('$name: the box that scrolls sideways fades at the edge with more beyond it', async ({ name, path, box }) => {
    const page = await phone.newPage();
    try {
      expect((await page.goto(site.url + path()))?.status()).toBe(200);
      await saveScreenshot(page, `corpus-${name}`);
      await expect(edgeFades(page, box, 'start')).resolves.toEqual({ scrolls: true, start: '0px', end: '40px' });
      await expect(edgeFades(page, box, 'end')).resolves.toEqual({ scrolls: true, start: '40px', end: '0px' });
    } finally {
      await page.close();
    }
  });

  // The newest years are the ones most readers come for: a desktop shows all 26 without scrolling.
  it('shows every year of the home page picture on a desktop screen, without scrolling', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await desktop.newPage();
      expect((await page.goto(site.url + homePath))?.status()).toBe(200);
      const box = page.locator('section[aria-labelledby="picture"] .scroll-cue');
      const { client, scroll } = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      const newest = await page.locator('section[aria-labelledby="picture"] thead th').last().boundingBox();
      const shown = await box.boundingBox();
      expect(newest!.x + newest!.width).toBeLessThanOrEqual(shown!.x + shown!.width);
      expect((await sidewaysOverflow(page)).scrollWidth).toBeLessThanOrEqual(1280);
    } finally {
      await desktop.close();
    }
  });

  it("sets the labels of bhyve's subject lanes large enough to read on a phone, none over another nor past the screen", async () => {
    const page = await phone.newPage();
    try {
      expect((await page.goto(`${site.url}/subjects/bhyve`))?.status()).toBe(200);
      const { labels, problems } = await releaseLabelProblems(page, 'svg[aria-hidden="true"]:has(~ ol[aria-label^="Projects that reported"]) text');
      // Every other release from 5.0 to 15.0, and a year every five.
      expect(labels).toBeGreaterThanOrEqual(10);
      expect(problems).toEqual([]);
      expect((await sidewaysOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
    } finally {
      await page.close();
    }
  });

  it("sets every release label of bhyve's timeline strip large enough to read, none over another", async () => {
    const page = await phone.newPage();
    try {
      expect((await page.goto(site.url + projectPath(bhyve)))?.status()).toBe(200);
      await saveScreenshot(page, 'corpus-project');
      const { labels, problems } = await releaseLabelProblems(page);
      // Every major release from 5.0 to 15.0 falls within the reports' years.
      expect(labels).toBeGreaterThanOrEqual(11);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
