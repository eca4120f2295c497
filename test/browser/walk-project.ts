import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { entryPath } from '../../lib/routes';

/** Opens an entry page and follows its rel="next" link until there is none; returns the entry ids visited. */
export async function walkNext(page: Page, siteUrl: string, firstEntryId: string): Promise<string[]> {
  const visited: string[] = [];
  expect((await page.goto(siteUrl + entryPath(firstEntryId)))?.status()).toBe(200);
  for (let step = 0; step < 500; step++) {
    visited.push(decodeURIComponent(new URL(page.url()).pathname).replace(/^\/reports\//, ''));
    const next = page.locator('main a[rel="next"]');
    if ((await next.count()) === 0) break;
    const here = new URL(page.url()).pathname;
    // A client-side navigation fires no load event: wait for the new address, then for the new
    // page itself, whose "previous" link leads back where we came from.
    await next.first().click();
    await page.waitForURL((url) => url.pathname !== here, { waitUntil: 'commit' });
    await page.locator(`main a[rel="prev"][href="${here}"]`).waitFor();
  }
  return visited;
}
