import type { Locator, Page } from 'playwright-core';

/** The header's search box: a combobox on every page but /search. */
export function headerBox(page: Page): Locator {
  return page.locator('header').getByRole('combobox', { name: 'Search the reports' });
}

/** The header box's popup. */
export function listbox(page: Page): Locator {
  return page.locator('header [role="listbox"]');
}

/** The result links of /search, in order. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page
    .locator('section[aria-labelledby="results-heading"] ol > li h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

export function resultTitles(page: Page): Promise<string[]> {
  return page.locator('section[aria-labelledby="results-heading"] ol > li h3 a').allTextContents();
}

/** What the polite live region of the header box or of the search page says. */
export async function announcement(page: Page, where: 'header' | 'page'): Promise<string> {
  const scope = where === 'header' ? 'header' : 'main';
  return (await page.locator(`${scope} [aria-live="polite"]`).textContent()) ?? '';
}

/** Waits until the search page announces the given text (its results are then shown). */
export async function waitForAnnouncement(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('main [aria-live="polite"]')?.textContent === expected, text, {
    timeout: 10_000,
  });
}

/** Waits until the search page shows the answer to the last search it sent (none is in flight). */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null, undefined, { timeout: 10_000 });
}

/** Every alert, confirm or prompt the page opens: there should be none. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}
