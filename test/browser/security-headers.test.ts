import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_CONTROL, SECURITY_HEADERS } from '../../lib/server';
import { chromiumAvailable } from './browser';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

// The second wall behind the sanitizer: every kind of answer of `npm start` carries the headers,
// and the browser does hold the pages to them.
describe.skipIf(!chromiumAvailable())('security headers over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  it.each([
    ['a page', 'GET', '/reports/2015-10-2015-12', 200],
    ['the search API', 'GET', '/api/search?q=bhyve', 200],
    ['another API', 'GET', '/api/subjects/bhyve', 200],
    ['a page that is not there', 'GET', '/reports/1999-01-1999-03', 404],
    ['a slug typed with capitals', 'GET', '/subjects/BHYVE', 308],
    ['a method the site does not take', 'POST', '/', 405],
  ] as const)('on %s (%s %s → %i)', async (_what, method, path, status) => {
    const response = await fetch(session.site.url + path, { method, redirect: 'manual' });
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });

  it('lets caches in front of the site keep a page or a feed for minutes, not the year Next says, and a hashed asset for good', async () => {
    for (const path of ['/reports/2015-10-2015-12', '/feed.xml', '/subjects/bhyve']) {
      expect((await fetch(session.site.url + path)).headers.get('cache-control'), path).toBe(PAGE_CACHE_CONTROL);
    }
    const html = await (await fetch(`${session.site.url}/`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    expect((await fetch(session.site.url + asset!)).headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
  });

  it('answers a feed reader’s poll of an unchanged feed with 304 and no body, and a changed one in full', async () => {
    const first = await fetch(`${session.site.url}/feed.xml`);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"/);
    const again = await fetch(`${session.site.url}/feed.xml`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await fetch(`${session.site.url}/feed.xml`, { headers: { 'If-None-Match': '"another"' } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe(await first.text());
  });

  it('keeps a picture from another host off the page, while search still runs', async () => {
    const page = await session.open('/search?q=bhyve');
    const fetched: string[] = [];
    const refused: string[] = [];
    page.on('requestfinished', (request) => fetched.push(request.url()));
    page.on('requestfailed', (request) => refused.push(`${request.url()} ${request.failure()?.errorText}`));
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective));
          const image = document.createElement('img');
          image.src = 'https://tracker.invalid/pixel.png';
          document.body.append(image);
        }),
    );
    expect(violated).toBe('img-src');
    await page.waitForTimeout(200);
    expect(fetched.filter((url) => !url.startsWith(session.site.url))).toEqual([]);
    expect(refused).toEqual(['https://tracker.invalid/pixel.png csp']);
    await expect(page.locator('main').getByRole('link', { name: /bhyve/i }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
