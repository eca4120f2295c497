import { describe, expect, it } from 'vitest';
import { projectPath, searchQueryPath } from '../../lib/routes';
import { SAMPLE_PAGES, WIDTHS } from './a11y-pages';
import { chromiumAvailable, saveScreenshot } from './browser';
import { edgeFades, PHONE_WIDTH, releaseLabelProblems, sidewaysOverflow } from './phone-checks';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

/** Pages also shot in the dark scheme. */
const DARK_TOO = new Set(['home', 'project']);

// One screenshot of every kind of page, on a phone and on a desktop, into test-output/screenshots
// to look at; on the phone, nothing may make the whole page scroll sideways (the home page's
// picture scrolls within its own box).
describe.skipIf(!chromiumAvailable())('screenshots over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  const shots = SAMPLE_PAGES.flatMap((p) =>
    WIDTHS.flatMap((width) => [
      { ...p, width, scheme: 'light' as const },
      ...(DARK_TOO.has(p.name) ? [{ ...p, width, scheme: 'dark' as const }] : []),
    ]),
  );

  it.each(shots)('$name ($path), $scheme at $width px', async ({ name, path, width, scheme }) => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    try {
      const page = await context.newPage();
      const response = await page.goto(session.site.url + path);
      expect(response?.status(), path).toBe(200);
      const file = await saveScreenshot(page, `page-${name}${scheme === 'dark' ? '-dark' : ''}`);
      expect(file).toMatch(/\.png$/);
      if (width === PHONE_WIDTH) {
        const overflow = await sidewaysOverflow(page);
        expect(overflow.scrollWidth, `${path} is wider than the phone: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(PHONE_WIDTH);
      }
    } finally {
      await context.close();
    }
  });

  it('fades the search page’s year facet at an edge with more beyond it on a phone, and not on a desktop', async () => {
    const selector = 'ul[data-facet="year"]';
    const phone = await session.browser.newContext({ viewport: { width: PHONE_WIDTH, height: 900 } });
    try {
      const page = await phone.newPage();
      await page.goto(session.site.url + searchQueryPath('bhyve'));
      await expect(edgeFades(page, selector, 'start')).resolves.toEqual({ scrolls: true, start: '0px', end: '40px' });
      await expect(edgeFades(page, selector, 'end')).resolves.toEqual({ scrolls: true, start: '40px', end: '0px' });
    } finally {
      await phone.close();
    }
    const page = await session.open(searchQueryPath('bhyve'));
    await expect(edgeFades(page, selector, 'start')).resolves.toEqual({ scrolls: false, start: '0px', end: '0px' });
    await page.close();
  });

  it('sets the release labels of a timeline strip large enough to read on a phone, none over another', async () => {
    const phone = await session.browser.newContext({ viewport: { width: PHONE_WIDTH, height: 900 } });
    try {
      const page = await phone.newPage();
      await page.goto(session.site.url + projectPath('bhyve'));
      const { labels, problems } = await releaseLabelProblems(page);
      expect(labels).toBeGreaterThan(1);
      expect(problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
