import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES, WIDTHS } from './a11y-pages';
import { chromiumAvailable, saveScreenshot } from './browser';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

/** Pages also shot in the dark scheme. */
const DARK_TOO = new Set(['home', 'project']);
const PHONE_WIDTH = 390;

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
        const overflow = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          // What sticks out, so that a failure says where to look.
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
        }));
        expect(overflow.scrollWidth, `${path} is wider than the phone: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(PHONE_WIDTH);
      }
    } finally {
      await context.close();
    }
  });
});
