import { describe, expect, it } from 'vitest';
import { subjectPath } from '../../lib/routes';
import { chromiumAvailable } from './browser';
import { laneDotProblems } from './lane-dots';
import { PHONE_WIDTH } from './phone-checks';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

// The lanes of a subject: every dot a link of its own, none drawn over another, so that each can
// be clicked (a quarterly project's dots used to cover each other on the whole-corpus axis).
describe.skipIf(!chromiumAvailable())('subject lanes over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  it.each([1280, PHONE_WIDTH])('draws no dot of a lane over another, and a click on each lands on its own link, at %i px', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 2400 } });
    try {
      const page = await context.newPage();
      expect((await page.goto(session.site.url + subjectPath('bhyve')))?.status()).toBe(200);
      const problems = await laneDotProblems(page);
      expect(problems).toEqual([]);
      await expect(page.locator('main figure svg[role="group"] a').count()).resolves.toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });
});
