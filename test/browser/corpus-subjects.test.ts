import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { projectsOf } from '../../lib/projects';
import { projectPath, subjectApiPath, subjectPath, subjectsPath } from '../../lib/routes';
import { buildSubjects } from '../../lib/subjects';
import { findCorpus } from '../corpus/corpus-dir';
import type { Subject, SubjectIndex } from '../../lib/model';
import { describeViolations, SCHEMES, axeViolations, WIDTHS } from './a11y-pages';
import { chromiumAvailable, launchBrowser, saveScreenshot, SCREENSHOT_DIR } from './browser';
import { importedCorpusContent } from './global-setup';
import { laneDotProblems } from './lane-dots';
import { buildAndStartSite, type SiteServer } from './server';

const corpus = findCorpus();

describe.skipIf(!corpus || !chromiumAvailable())('subjects over the imported corpus', () => {
  let site: SiteServer;
  let browser: Browser;
  let context: BrowserContext;
  let index: SubjectIndex;
  let bhyve: Subject;

  beforeAll(async () => {
    const dir = importedCorpusContent('2015-01-2015-03');
    const kb = loadKnowledgeBase(dir);
    // The expected subjects come from the same finder the site runs, over the same folder.
    index = buildSubjects(kb.entries, projectsOf(kb));
    bhyve = index.bySlug.get('bhyve')!;
    site = await buildAndStartSite(dir);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('shows bhyve from 2012 on, a lane per effort and its whole timeline in order', async () => {
    const page = await context.newPage();
    expect((await page.goto(site.url + subjectPath('bhyve')))?.status()).toBe(200);
    const reports = await page.locator('#subject-timeline > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-report') ?? ''));
    expect(reports).toEqual(bhyve.entries.map((e) => e.report));
    expect(reports[0]?.slice(0, 4)).toBe('2012');
    expect(Number(reports[reports.length - 1]?.slice(0, 4))).toBeGreaterThanOrEqual(2025);
    await expect(page.locator('main ol[aria-label^="Projects that reported"] > li').count()).resolves.toBe(bhyve.projects.length);
    // Newest first, then back.
    await page.getByLabel('Sort by').selectOption('newest');
    await expect.poll(() => page.locator('#subject-timeline > li').first().getAttribute('data-report')).toBe(bhyve.entries[bhyve.entries.length - 1]!.report);
    await page.close();
  });

  it('leads from a dot on a lane to its entry', async () => {
    const page = await context.newPage();
    await page.goto(site.url + subjectPath('bhyve'));
    const first = page.locator('main ol[aria-label^="Projects that reported"] svg a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await page.close();
  });

  it("draws no dot of bhyve's lanes over another, though its own lane has an entry a quarter for years", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
    await page.goto(site.url + subjectPath('bhyve'));
    expect(await laneDotProblems(page)).toEqual([]);
    await page.locator('main figure').screenshot({ path: path.join(SCREENSHOT_DIR, 'corpus-subject-bhyve-lanes-1280.png') });
    await page.close();
  });

  it("lists the entries that only mention bhyve by project, a team's many in one line, and leads to them", async () => {
    const page = await context.newPage();
    await page.goto(site.url + subjectPath('bhyve'));
    const toggle = page.locator('section[aria-labelledby="mentions"] summary');
    const summary = await toggle.textContent();
    const [, entries, projectCount] = /^([\d,]+) entries of ([\d,]+) projects$/.exec(summary ?? '') ?? [];
    const lines = page.locator('[data-mentions] > li');
    expect(await lines.count()).toBe(Number(projectCount));
    expect(Number(projectCount)).toBeLessThan(Number(entries) / 2);
    // The line of the project naming it most: the project, then each entry by its quarter.
    const counts = await lines.evaluateAll((items) => items.map((li) => li.querySelectorAll('a').length));
    const busiest = lines.nth(counts.indexOf(Math.max(...counts)));
    await expect(busiest.locator('a').first().getAttribute('href')).resolves.toMatch(/^\/projects\//);
    // So long a list starts folded; the reader opens it.
    if (!(await busiest.isVisible())) await toggle.click();
    await page.locator('section[aria-labelledby="mentions"]').screenshot({ path: path.join(SCREENSHOT_DIR, 'corpus-subject-bhyve-mentions-1280.png') });
    const quarter = busiest.locator('a').nth(1);
    expect(await quarter.textContent()).toMatch(/^(\d{4} Q\d|[A-Z][a-z]{2}\b.*\d{4})/);
    const href = await quarter.getAttribute('href');
    await quarter.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it('lets the keyboard pass the lane picture in a few steps: its dots repeat the links of the list below', async () => {
    const page = await context.newPage();
    await page.goto(site.url + subjectPath('bhyve'));
    await page.locator('main ol[aria-label^="Projects that reported"] li a').first().focus();
    const visited: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => (document.activeElement?.closest('svg') ? 'dot' : (document.activeElement?.tagName ?? ''))));
    }
    expect(visited).not.toContain('dot');
    // Forty steps from the first lane's name, past a picture of dozens of dots.
    await expect(page.locator('main ol[aria-label^="Projects that reported"] svg a').count()).resolves.toBeGreaterThan(20);
    await page.close();
  });

  it('holds the PCI SR-IOV and Intel 10G entries on their subjects, and serves them to other tools', async () => {
    for (const [slug, part] of [
      ['sr-iov', 'pci-sr-iov-infrastructure'],
      ['ixgbe', 'intel-10g'],
    ] as const) {
      const response = await fetch(site.url + subjectApiPath(slug));
      expect(response.status, slug).toBe(200);
      const body = (await response.json()) as { slug: string; entries: { id: string; url: string }[] };
      expect(body.entries.some((e) => e.id.includes(part)), slug).toBe(true);
    }
  });

  it("leads from the people over the years to what each last reported on the subject, an entry naming them", async () => {
    const page = await context.newPage();
    await page.goto(site.url + subjectPath('bhyve'));
    const row = page.locator('#people ~ table tbody tr').first();
    const name = (await row.locator('th a').textContent())!;
    const last = (await row.locator('td').nth(1).textContent())!;
    await row.locator('td').nth(1).getByRole('link').click();
    await page.waitForURL(/\/reports\/[^/]+\/[^/#]+$/);
    const entryId = new URL(page.url()).pathname.replace('/reports/', '');
    const entry = bhyve.entries.find((e) => e.id === entryId);
    expect(entry, `${name}'s last entry ${entryId} is on bhyve's timeline`).toBeDefined();
    expect(await page.locator('main').textContent()).toContain(name);
    expect(await page.locator('main').textContent()).toContain(last);
    await page.close();
  });

  it('lands /wiki/bhyve on the subject, and /projects/sr-iov too', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/wiki/bhyve`);
    expect(new URL(page.url()).pathname).toBe(subjectPath('bhyve'));
    const redirect = await fetch(site.url + projectPath('sr-iov'), { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(new URL(redirect.headers.get('location') ?? '', site.url).pathname).toBe(subjectPath('sr-iov'));
    await page.close();
  });

  it('answers the spellings entries give a subject with its page: Hyper-V and HyperV one subject, Azure another', async () => {
    // Hyper-V and Azure have nearly the same entries, but titles list them as two things ("Hyper-V and Azure"): two subjects.
    for (const path of [subjectPath('hyper-v'), projectPath('hyper-v')]) {
      const redirect = await fetch(site.url + path, { redirect: 'manual' });
      expect(redirect.status, path).toBe(308);
      expect(new URL(redirect.headers.get('location') ?? '', site.url).pathname, path).toBe(subjectPath('hyperv'));
    }
    for (const path of [subjectPath('hyperv'), subjectPath('azure')]) expect((await fetch(site.url + path, { redirect: 'manual' })).status, path).toBe(200);
  });

  it('shows the subject a search names above its results, also inside a question', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/search?q=ZFS`);
    const card = page.getByRole('complementary', { name: 'Subject ZFS' });
    await expect(card.textContent()).resolves.toMatch(/ZFS, followed through every effort: \d+ entries from \d+ projects/);
    await card.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === subjectPath('zfs'));
    // A question naming a subject among other words is answered by its page too.
    await page.goto(`${site.url}/search?q=${encodeURIComponent('where does the RISC-V port stand')}`);
    await expect(page.getByRole('complementary', { name: 'Subject RISC-V' }).getByRole('link').getAttribute('href')).resolves.toBe(subjectPath('risc-v'));
    // A reader's words that name no subject, whose results mostly follow one: its card says so.
    await page.goto(`${site.url}/search?q=${encodeURIComponent('security event auditing')}`);
    const followed = page.getByRole('complementary', { name: 'Subject Audit' });
    await expect(followed.textContent()).resolves.toMatch(/^\d+ of the first 10 results follow one subject: Audit, followed through every effort/);
    await expect(followed.getByRole('link').getAttribute('href')).resolves.toBe(subjectPath('audit'));
    await page.close();
  });

  it('counts the subjects on the home page and leads from those of the last year to their pages', async () => {
    const page = await context.newPage();
    await page.goto(site.url + '/');
    const stats = page.getByRole('list', { name: 'What the knowledge base holds' });
    await expect(stats.locator('li', { hasText: /subjects$/ }).locator('strong').textContent()).resolves.toBe(index.subjects.length.toLocaleString('en-US'));
    const links = page.locator('section[aria-labelledby="active-subjects"] li > a');
    expect(await links.count()).toBeGreaterThanOrEqual(10);
    const first = links.first();
    const [title, href] = [await first.textContent(), await first.getAttribute('href')];
    expect(index.bySlug.get((href ?? '').replace(`${subjectsPath}/`, ''))?.title).toBe(title);
    await first.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.close();
  });

  it('lists every subject on /subjects, filterable', async () => {
    const page = await context.newPage();
    await page.goto(site.url + subjectsPath);
    await expect(page.locator('#subject-list > li').count()).resolves.toBe(index.subjects.length);
    await page.getByLabel('Filter by name').fill('aarch64');
    await expect.poll(() => page.locator('#subject-list > li:not([hidden]) > a').allTextContents()).toContain('arm64');
    await page.close();
  });

  it('lets a keyboard scroll real wide tables and code, and keeps wrapped names apart as targets', async () => {
    // The sample's pages have neither: a 2023 table five columns wide on a phone, code lines wider
    // than the column on a desktop, a team's long name broken over two lines of a people line.
    const pages: Array<[string, number]> = [
      ['/reports/2023-10-2023-12/packrat', 390],
      ['/reports/2023-04-2023-06/capsicum-ktracing', 1280],
      [subjectPath('arm64'), 1280],
      [projectPath('kde-on-freebsd'), 390],
    ];
    for (const [path, width] of pages) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      expect((await page.goto(site.url + path))?.status(), path).toBe(200);
      expect(describeViolations(await axeViolations(page)), `${path} at ${width} px`).toBe('');
      await ctx.close();
    }
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`has no accessibility violations on /subjects and a subject page at ${width} px, ${scheme}`, async () => {
        const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        for (const path of [subjectsPath, subjectPath('bhyve')]) {
          const page = await ctx.newPage();
          await page.goto(site.url + path);
          const violations = await axeViolations(page);
          expect(violations, `${path} at ${width} px, ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
          if (scheme === 'light' && path !== subjectsPath) await saveScreenshot(page, `corpus-subject-bhyve-${width}`);
          await page.close();
        }
        await ctx.close();
      });
    }
  }
});
