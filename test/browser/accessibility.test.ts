import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectsPath } from '../../lib/routes';
import { describeViolations, repeatedHeadings, SAMPLE_PAGES, SCHEMES, axeViolations, WIDTHS } from './a11y-pages';
import { chromiumAvailable } from './browser';
import { headerBox, listbox } from './search-page';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

// axe-core over one page of every kind, wide and narrow, light and dark: no violation of any impact.
describe.skipIf(!chromiumAvailable())('accessibility (axe-core) over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);
  const contexts = new Map<string, BrowserContext>();

  // Closed with the browser.
  beforeAll(async () => {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        contexts.set(`${scheme}-${width}`, await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme }));
      }
    }
  });

  function contextFor(scheme: string, width: number): BrowserContext {
    const context = contexts.get(`${scheme}-${width}`);
    if (!context) throw new Error(`no browser context for ${scheme} at ${width} px`);
    return context;
  }

  it.each(SAMPLE_PAGES)('$name ($path): headings under one heading differ', async ({ path }) => {
    const page = await contextFor('light', 1280).newPage();
    try {
      await page.goto(session.site.url + path);
      expect(await repeatedHeadings(page), path).toBe('');
    } finally {
      await page.close();
    }
  });

  it.each(SAMPLE_PAGES.filter((p) => p.name === 'project' || p.name === 'subject'))(
    '$name ($path): the way to its sections comes before the picture whose every mark is a link',
    async ({ path }) => {
      const page = await contextFor('light', 1280).newPage();
      try {
        await page.goto(session.site.url + path);
        const before = await page.evaluate(() => {
          const nav = document.querySelector('main nav[aria-label="On this page"]');
          const picture = document.querySelector('main figure svg a')?.closest('figure');
          return Boolean(nav && picture && nav.compareDocumentPosition(picture) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(before, path).toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      it.each(SAMPLE_PAGES)(`$name ($path) in ${scheme} at ${width} px`, async ({ path }) => {
        const page = await contextFor(scheme, width).newPage();
        try {
          const response = await page.goto(session.site.url + path);
          expect(response?.status(), path).toBe(200);
          // Compared as text: the failure lists each rule, impact, element and remedy, one a line.
          expect(describeViolations(await axeViolations(page)), `${path} in ${scheme} at ${width} px`).toBe('');
        } finally {
          await page.close();
        }
      });
    }

    it(`the header search box with its popup open, in ${scheme}`, async () => {
      const page = await contextFor(scheme, 1280).newPage();
      try {
        await page.goto(session.site.url + projectsPath);
        await headerBox(page).pressSequentially('bhy');
        await listbox(page).getByRole('option').first().waitFor();
        await headerBox(page).press('ArrowDown');
        await expect(headerBox(page).getAttribute('aria-activedescendant')).resolves.toBeTruthy();
        expect(describeViolations(await axeViolations(page)), `header popup in ${scheme}`).toBe('');
      } finally {
        await page.close();
      }
    });
  }
});
