import { describe, expect, it } from 'vitest';
import { subjectPath } from '../../lib/routes';
import { lanesCaption } from '../../lib/site/timeline-strip';
import { chromiumAvailable } from './browser';
import { laneDotProblems } from './lane-dots';
import { PHONE_WIDTH } from './phone-checks';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

// The lanes of a subject: every dot a link of its own, none drawn over another, so that each can
// be clicked (a quarterly project's dots used to cover each other on the whole-corpus axis).
describe.skipIf(!chromiumAvailable())('subject lanes over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  it('names the lanes picture by what it shows, once, around its named list', async () => {
    const page = await session.browser.newPage();
    try {
      expect((await page.goto(session.site.url + subjectPath('bhyve')))?.status()).toBe(200);
      // The sample's bhyve entries are in reports starting 2013 to 2025 (the page's summary line says the same span).
      // The figure is named by its caption (aria-labelledby): a figcaption alone names no figure.
      const figure = page.getByRole('figure', { name: lanesCaption('bhyve'), exact: true });
      await expect(figure.count()).resolves.toBe(1);
      const lanes = figure.getByRole('group', { name: 'Entries on bhyve by project and year, 2013–2025', exact: true });
      await expect(lanes.getByRole('list', { name: 'Projects that reported on bhyve, in the order they first did' }).count()).resolves.toBe(1);
    } finally {
      await page.close();
    }
  });

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
