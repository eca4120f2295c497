import { describe, expect, it } from 'vitest';
import { chromiumAvailable, saveScreenshot } from './browser';
import { SAMPLE_PAGES } from './a11y-pages';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

const REPORT = '2014-01-2014-03';
const ENTRY = 'pci-sr-iov-infrastructure';
const FIXTURE_REPORT = '2015-10-2015-12';
const FIXTURE = 'markup-sanitizer-fixture';

describe.skipIf(!chromiumAvailable())('the site over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);
  const { open } = session;

  it('lists every report on /reports, grouped by year, newest first', async () => {
    const page = await open('/reports');
    await expect(page.title()).resolves.toMatch(/^All reports/);
    const years = await page.locator('main h2').allTextContents();
    expect(years).toEqual(['2025', '2021', '2018', '2015', '2014', '2013']);
    const links = page.locator('main .report-list a');
    expect(await links.count()).toBe(6);
    const q1 = page.locator('main .report-list li', { hasText: '2014 Q1 (January–March)' });
    await expect(q1.locator('a').getAttribute('href')).resolves.toBe(`/reports/${REPORT}`);
    await expect(q1.textContent()).resolves.toMatch(/5 entries/);
    await page.close();
  });

  it('shows a report by category, each entry in a section with its anchor', async () => {
    const page = await open(`/reports/${REPORT}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('FreeBSD Status Report, 2014 Q1 (January–March)');
    const categories = await page.locator('main section.category > h2').allTextContents();
    expect(categories).toEqual(['FreeBSD Team Reports', 'Projects', 'Kernel', 'Architectures']);
    const entry = page.locator(`article#${ENTRY}`);
    await expect(entry.locator('h3').textContent()).resolves.toBe('PCI SR-IOV Infrastructure');
    await expect(entry.locator('a[href="mailto:mlindqvist@example.org"]').count()).resolves.toBe(1);
    await expect(entry.locator('.entry-body pre code').count()).resolves.toBe(1);
    await expect(page.locator(`nav.toc a[href="#${ENTRY}"]`).count()).resolves.toBe(1);
    await page.close();
  });

  it("names each entry's way to its project timeline for that project, and its report links without arrows read aloud", async () => {
    const page = await open(`/reports/${REPORT}`);
    const links = page.locator('main p.project-link a');
    const names = await links.evaluateAll((as) => as.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(names.length).toBeGreaterThan(1);
    // One name per project, and the one seen ("Project timeline") first in it.
    expect(new Set(names).size).toBe(new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).size);
    expect(names.every((name) => name.startsWith('Project timeline: '))).toBe(true);
    await expect(page.getByRole('link', { name: /^Previous report: \d{4} Q\d/ }).first().getAttribute('rel')).resolves.toBe('prev');
    await page.close();
  });

  it("gives each entry heading a link to the entry's own anchor, beside the title, reached by Tab", async () => {
    const page = await open(`/reports/${REPORT}`);
    const entry = page.locator(`article#${ENTRY}`);
    const anchor = entry.getByRole('link', { name: 'Link to this entry in the report: PCI SR-IOV Infrastructure' });
    await expect(anchor.getAttribute('href')).resolves.toBe(`/reports/${REPORT}#${ENTRY}`);
    await expect(anchor.textContent()).resolves.toBe('#');
    await expect(anchor.isVisible()).resolves.toBe(true);
    // The heading keeps the title alone as its name, and its link to the entry page.
    await expect(entry.locator('h3').textContent()).resolves.toBe('PCI SR-IOV Infrastructure');
    await expect(entry.locator('h3 a').getAttribute('href')).resolves.toBe(`/reports/${REPORT}/${ENTRY}`);
    await expect(page.locator('main a.entry-anchor').count()).resolves.toBe(await page.locator('main article.entry').count());
    // The title's link first, then the anchor: one Tab apart.
    await entry.locator('h3 a').focus();
    await page.keyboard.press('Tab');
    await expect(anchor.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('scrolls to an entry from its anchor', async () => {
    const page = await open(`/reports/${REPORT}#${ENTRY}`);
    const top = await page.locator(`article#${ENTRY}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    await page.close();
  });

  it('opens an entry page by clicking its title, which links back to its place in the report', async () => {
    const page = await open(`/reports/${REPORT}`);
    await page.locator(`article#${ENTRY} h3 a`).click();
    await page.waitForURL(`**/reports/${REPORT}/${ENTRY}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('PCI SR-IOV Infrastructure');
    const back = page.locator('main .breadcrumb a');
    await expect(back.getAttribute('href')).resolves.toBe(`/reports/${REPORT}#${ENTRY}`);
    await expect(back.textContent()).resolves.toBe('2014 Q1 (January–March)');
    await expect(page.locator('main').textContent()).resolves.toContain(`${REPORT}/${ENTRY}.md`);
    await page.close();
  });

  it('answers 404 for a report or entry that does not exist', async () => {
    const page = await session.context.newPage();
    expect((await page.goto(`${session.site.url}/reports/1999-01`))?.status()).toBe(404);
    expect((await page.goto(`${session.site.url}/reports/${REPORT}/no-such-entry`))?.status()).toBe(404);
    await page.close();
  });

  it.each(SAMPLE_PAGES)('fetches no other page’s data while $name loads, yet still navigates in place', async ({ path }) => {
    const page = await session.context.newPage();
    const fetchedPages: string[] = [];
    // Next.js fetches a page's data for client-side navigation with an `RSC` header.
    page.on('request', (request) => {
      if (request.headers()['rsc'] !== undefined) fetchedPages.push(request.url());
    });
    await page.goto(session.site.url + path);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(500);
    expect(fetchedPages).toEqual([]);
    // A click is a client-side navigation: the header stays the same element.
    await page.evaluate(() => document.querySelector('header')?.setAttribute('data-kept', 'yes'));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL('**/reports');
    await expect(page.locator('header[data-kept="yes"]').count()).resolves.toBe(1);
    expect(fetchedPages.length).toBeGreaterThan(0);
    await page.close();
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const page = await open('/reports');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.close();
  });

  describe.each([
    ['its entry page', `/reports/${FIXTURE_REPORT}/${FIXTURE}`],
    ['its report page', `/reports/${FIXTURE_REPORT}`],
  ])('the XSS fixture on %s', (_where, path) => {
    it('renders the hostile markup harmlessly', async () => {
      const page = await session.context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(error.message));
      expect((await page.goto(session.site.url + path, { waitUntil: 'load' }))?.status()).toBe(200);
      await page.waitForTimeout(300);
      const body = page.locator(`${path.endsWith(FIXTURE) ? 'main' : `article#${FIXTURE}`} .entry-body`);
      await expect(body.textContent()).resolves.toContain('A link with a script URL');
      await expect(body.locator('script').count()).resolves.toBe(0);
      await expect(body.locator('img').count()).resolves.toBe(0);
      await expect(body.locator('a', { hasText: 'click' }).count()).resolves.toBe(1);
      await expect(page.locator('[onerror]').count()).resolves.toBe(0);
      const scriptLinks = await page.evaluate(
        () => [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      );
      expect(scriptLinks).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  it.each([390, 1280])('saves screenshots at %i px', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of [
      ['reports', '/reports'],
      ['report', `/reports/${REPORT}`],
      ['entry', `/reports/${FIXTURE_REPORT}/ixgbe-4-and-ixv-4-updates`],
    ] as const) {
      expect((await page.goto(session.site.url + path))?.status()).toBe(200);
      await saveScreenshot(page, name);
    }
    await page.close();
  });
});
