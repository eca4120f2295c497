import { describe, expect, it } from 'vitest';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable, saveScreenshot } from './browser';
import { siteSession } from './site-session';
import { importedCorpusContent } from './global-setup';
import { headerBox, listbox, resultHrefs, resultTitles, waitForAnnouncement } from './search-page';

const corpus = findCorpus();

describe.skipIf(!corpus || !chromiumAvailable())('search over the imported corpus', () => {
  // server.ts loads the search engine before it listens: the first search is as quick as any.
  const session = siteSession(() => importedCorpusContent('2014-01-2014-03'));
  const { open } = session;

  it('reads "bhyev" as bhyve, says so, and offers the words as typed', async () => {
    const page = await open('/search?q=bhyev');
    const correction = page.locator('main p', { hasText: 'Showing results for' });
    await expect(correction.textContent()).resolves.toMatch(/^Showing results for bhyve\. Search instead for "bhyev"$/);
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(10);
    expect(titles.filter((t) => /bhyve/i.test(t)).length).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('narrows to a renamed category by any of its names, its facet chosen, the entries of every name listed', async () => {
    const page = await open('/search?q=freebsd&category=userland');
    const chosen = page.locator('ul[data-facet="category"] a[aria-current="true"]');
    await expect(chosen.textContent()).resolves.toMatch(/^Userland programs\b/i);
    const years = await page.locator('ul[data-facet="year"] a').allTextContents();
    expect(years.some((y) => /^2011\b/.test(y)) && years.some((y) => /^2024\b/.test(y)), years.join(' ')).toBe(true);
    await page.close();
  });

  it('names each result’s project by its title, linked to the project', async () => {
    const page = await open('/search?q=ena');
    const links = page.locator('section[aria-labelledby="results-heading"] ol > li p a[href^="/projects/"]');
    const found = await links.evaluateAll((as) => as.map((a) => ({ slug: (a.getAttribute('href') ?? '').replace('/projects/', ''), text: a.textContent ?? '' })));
    expect(found.length).toBeGreaterThanOrEqual(5);
    // A slug is lower case words and hyphens; a title as written has capitals or spaces somewhere.
    expect(found.filter((f) => f.text !== f.slug && /[A-Z ]/.test(f.text)).length).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('shows results in the header box as you type, and opens the highlighted one', async () => {
    const page = await open('/reports');
    const box = headerBox(page);
    await box.pressSequentially('sr-iov', { delay: 20 });
    const first = listbox(page).getByRole('option').first();
    await first.waitFor();
    // The subject, one option per project (the six efforts among the eight SR-IOV entries), then the full results page.
    await expect(listbox(page).getByRole('option').count()).resolves.toBe(8);
    await expect(first.textContent()).resolves.toMatch(/^SR-IOVSubject: \d+ entries from \d+ projects?, 2014(–20\d\d)?$/);
    await expect(listbox(page).getByRole('option').last().textContent()).resolves.toBe('See all 8 results');
    const title = (await listbox(page).getByRole('option').nth(1).locator('span').first().textContent()) ?? '';
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/\/reports\/[^/]+\/[^/]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.close();
  });

  it('keeps a shared URL’s order on reload, narrows by year, and Back undoes it', async () => {
    const page = await open('/search?q=zfs');
    const before = await resultHrefs(page);
    expect(before).toHaveLength(10);
    await page.reload();
    expect(await resultHrefs(page)).toEqual(before);

    const year = page.locator('ul[data-facet="year"] a', { hasText: /^2010\b/ });
    // The count's own text ("11"), without the " results" only screen readers hear.
    const count = Number((await year.locator('span').first().textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await year.click();
    await waitForAnnouncement(page, `${count} ${count === 1 ? 'result' : 'results'} for “zfs” in 2010`);
    expect(new URL(page.url()).search).toBe('?q=zfs&from=2010&to=2010');
    const narrowed = await resultHrefs(page);
    expect(narrowed.every((href) => href.startsWith('/reports/2010-'))).toBe(true);
    await page.goBack();
    await page.waitForURL('**/search?q=zfs');
    // The narrowed list also holds 10 results: wait for the list itself to come back, not for its length.
    await expect.poll(() => resultHrefs(page), { timeout: 10_000 }).toEqual(before);
    await page.close();
  });

  it('opens a result whose snippet is further down its entry at that passage', async () => {
    const page = await open('/search?q=tslog+userland');
    const link = page.locator('section[aria-labelledby="results-heading"] ol > li h3 a[href*="#:~:text="]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/reports\/[^#]+#:~:text=\S+$/);
    await Promise.all([page.waitForURL(`**${href.split('#')[0]!}**`), link.click()]);
    // The browser scrolls to the passage, and marks it.
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
    await saveScreenshot(page, 'corpus-search-passage');
    await page.close();
  });

  it('fits a phone with a long result list (screenshot)', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open('/search?q=bhyve+live+migration', phone);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'corpus-search-bhyve');
    await phone.close();
    const wide = await open('/search?q=bhyve+live+migration');
    await saveScreenshot(wide, 'corpus-search-bhyve');
    await wide.close();
  });

  it('puts the entries holding a quoted phrase first, then those holding its words apart, under a line that says so', async () => {
    const page = await open('/search?q=%22reproducible+builds%22');
    const results = page.locator('section[aria-labelledby="results-heading"]');
    await expect(page.locator('main p', { hasText: 'with the quoted words together' }).textContent()).resolves.toMatch(/^\d+ results, 6 with the quoted words together/);
    const lists = results.locator('ol');
    await expect(lists.count()).resolves.toBe(2);
    const together = await lists.first().locator('li h3').allTextContents();
    expect(together).toHaveLength(6);
    expect(together.filter((t) => /reproducible builds/i.test(t)).length).toBeGreaterThanOrEqual(2);
    await expect(results.locator('p', { hasText: 'The quoted words apart or in other forms:' }).count()).resolves.toBe(1);
    await expect(lists.nth(1).locator('li').count()).resolves.toBe(4);
    await expect(lists.nth(1).getAttribute('start')).resolves.toBe('7');
    await saveScreenshot(page, 'corpus-search-phrase');
    await page.close();
  });

  it('marks, in the header box, where a quoted phrase’s entries end and those with its words apart begin', async () => {
    const page = await open('/reports');
    await headerBox(page).pressSequentially('"reproducible builds"', { delay: 10 });
    const options = listbox(page).getByRole('option');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    expect(texts).toHaveLength(9);
    const marked = texts.flatMap((text, i) => (text.startsWith('The quoted words apart or in other forms:') ? [i] : []));
    // Three projects hold the phrase as written (six entries), one option each.
    expect(marked).toEqual([3]);
    await saveScreenshot(page, 'corpus-search-phrase-popup');
    await page.close();
  });
});
