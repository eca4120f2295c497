import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './server';

/** Debian's Chromium; `KB_CHROMIUM` points elsewhere. */
export const CHROMIUM_PATH = process.env.KB_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');

/**
 * Whether the browser tests can run. Without Chromium they fail in CI (CI=true), and skip
 * elsewhere with a message saying how to install it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set KB_CHROMIUM.`;
  if (process.env.CI === 'true') throw new Error(`${message} The browser tests need it in CI.`);
  console.warn(`Skipping browser tests. ${message}`);
  return false;
}

/** Chromium that talks to nothing but the site under test: no sync, updates or other calls home. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium that talks to nothing but the site under test. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/** A full-page screenshot into test-output/screenshots/<name>-<width>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SCREENSHOT_DIR, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
