import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser';
import { buildAndStartSite, type SiteServer } from './server';

/** A built and served site with a browser on it, for one `describe` block. */
export interface SiteSession {
  site: SiteServer;
  browser: Browser;
  /** A desktop-sized context (1280 × 900). */
  context: BrowserContext;
  /** Opens a path in a new page of `context` (or of the context given), expecting a 200. */
  open(path: string, on?: BrowserContext): Promise<Page>;
}

/**
 * Registers the `beforeAll`/`afterAll` that build and serve `contentDir` (a function: the folder
 * may only be known once the suite runs) and launch Chromium; the session's fields are set once
 * `beforeAll` has run.
 */
export function siteSession(contentDir: () => string): SiteSession {
  const session = {
    async open(path: string, on?: BrowserContext): Promise<Page> {
      const page = await (on ?? session.context).newPage();
      const response = await page.goto(session.site.url + path);
      expect(response?.status(), path).toBe(200);
      return page;
    },
  } as SiteSession;

  beforeAll(async () => {
    session.site = await buildAndStartSite(contentDir());
    session.browser = await launchBrowser();
    session.context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await session.browser?.close();
    await session.site?.stop();
  });

  return session;
}
