import { describe, expect, it } from 'vitest';
import { chromiumAvailable, saveScreenshot } from './browser';
import { siteSession } from './site-session';
import { SAMPLE_CONTENT } from './server';
import { announcement, headerBox, listbox, resultHrefs, resultTitles, waitForAnnouncement, waitForSettled, watchDialogs } from './search-page';

describe.skipIf(!chromiumAvailable())('search over the sample content', () => {
  // server.ts loads the search engine before it listens: the first search is as quick as any.
  const session = siteSession(() => SAMPLE_CONTENT);
  const { open } = session;

  describe('the header box', () => {
    it('shows the top results as you type, with their reports', async () => {
      const page = await open('/reports');
      const box = headerBox(page);
      await box.fill('bhyve');
      await listbox(page).getByRole('option').first().waitFor();
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
      const options = await listbox(page).getByRole('option').allTextContents();
      // The subject the query names, the best entry of each of the four projects among the
      // sample's ten bhyve entries, then the full results page.
      expect(options).toHaveLength(6);
      expect(options[0]).toBe('bhyveSubject: 9 entries from 3 projects, 2013–2025');
      // Title, then report label: of the bhyve project's entries, the one whose title is the query.
      expect(options[1]).toBe('bhyve2025 Q2 (April–June)');
      expect(options.slice(2, 5).map((o) => o.replace(/\d{4} Q\d.*$|January.*$/, ''))).toEqual(['bhyve Management Console', 'libvirt Driver for bhyve', 'FreeBSD Release Engineering Team']);
      expect(options.at(-1)).toBe('See all 10 results');
      await expect(announcement(page, 'header')).resolves.toBe('10 results for “bhyve”');
      await page.close();
    });

    it('opens the highlighted result on ArrowDown and Enter', async () => {
      const page = await open('/reports');
      const box = headerBox(page);
      await box.fill('sr-iov');
      const entry = listbox(page).getByRole('option').nth(1);
      await entry.waitFor();
      const title = (await entry.locator('span').first().textContent()) ?? '';
      expect(title).toBe('PCI SR-IOV Support');
      await box.press('ArrowDown');
      await box.press('ArrowDown');
      await expect(entry.getAttribute('aria-selected')).resolves.toBe('true');
      await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await entry.getAttribute('id'));
      await box.press('ArrowDown');
      await box.press('ArrowUp');
      await box.press('Enter');
      await page.waitForURL('**/reports/2018-01-2018-09/pci-sr-iov-support');
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      await page.close();
    });

    it('offers first the subject the query names, and opens its page', async () => {
      const page = await open('/reports');
      const box = headerBox(page);
      await box.fill('SR-IOV');
      const first = listbox(page).getByRole('option').first();
      await first.waitFor();
      await expect(first.textContent()).resolves.toBe('SR-IOVSubject: 5 entries from 2 projects, 2014–2025');
      // A query naming no subject offers entries only.
      await box.fill('console');
      await listbox(page).getByRole('option', { name: 'See all 5 results' }).waitFor();
      await expect(listbox(page).getByRole('option', { name: /Subject:/ }).count()).resolves.toBe(0);
      await box.fill('sr-iov');
      await listbox(page).getByRole('option', { name: /Subject:/ }).waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
      await page.waitForURL('**/subjects/sr-iov');
      await expect(page.locator('h1').textContent()).resolves.toBe('SR-IOV');
      await page.close();
    });

    it('goes to the search page on Enter with no option highlighted, and from "See all"', async () => {
      const page = await open('/');
      const box = headerBox(page);
      await box.fill('arm64');
      await listbox(page).getByRole('option').first().waitFor();
      await box.press('Enter');
      await page.waitForURL('**/search?q=arm64');
      await expect(page.locator('h1').textContent()).resolves.toBe('Search');
      expect(await resultHrefs(page)).toHaveLength(6);

      await page.goto(`${session.site.url}/reports`);
      await headerBox(page).fill('driver');
      const all = listbox(page).getByRole('option', { name: /^See all 10 results$/ });
      await all.click();
      await page.waitForURL('**/search?q=driver');
      expect(await resultHrefs(page)).toHaveLength(10);
      await page.close();
    });

    it('is focused by "/" outside a field and by Control-K anywhere', async () => {
      const page = await open('/reports/2014-01-2014-03');
      const box = headerBox(page);
      const focused = () => box.evaluate((el) => el === document.activeElement);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(focused()).resolves.toBe(true);
      await expect(box.inputValue()).resolves.toBe('');
      await box.blur();
      await page.keyboard.press('Control+k');
      await expect(focused()).resolves.toBe(true);
      await page.close();
    });

    it('closes on Escape, clears on a second Escape, and closes on a click outside', async () => {
      const page = await open('/reports');
      const box = headerBox(page);
      await box.fill('ports');
      await listbox(page).getByRole('option').first().waitFor();
      await box.press('Escape');
      await expect(listbox(page).isHidden()).resolves.toBe(true);
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(box.inputValue()).resolves.toBe('ports');
      await box.press('Escape');
      await expect(box.inputValue()).resolves.toBe('');

      await box.fill('ports');
      await listbox(page).getByRole('option').first().waitFor();
      await page.locator('footer').click();
      await expect(listbox(page).isHidden()).resolves.toBe(true);
      await page.close();
    });

    it('is a plain GET form to /search without JavaScript', async () => {
      const noScript = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await open('/reports', noScript);
      await headerBox(page).fill('bhyve');
      await headerBox(page).press('Enter');
      await page.waitForURL('**/search?q=bhyve');
      expect(await resultHrefs(page)).toHaveLength(10);
      await noScript.close();
    });
  });

  describe('the search page', () => {
    it('renders a shared URL on the server, in the same order before and after a reload', async () => {
      const page = await open('/search?q=freebsd');
      const before = await resultHrefs(page);
      expect(before).toHaveLength(10);
      await expect(page.locator('main').textContent()).resolves.toMatch(/24 results/);
      await page.reload();
      expect(await resultHrefs(page)).toEqual(before);

      const noScript = await session.browser.newContext({ javaScriptEnabled: false });
      const plain = await open('/search?q=freebsd', noScript);
      expect(await resultHrefs(plain)).toEqual(before);
      await noScript.close();
      await page.close();
    });

    it('shows each result with its report, category, project and snippet', async () => {
      const page = await open('/search?q=ixgbe');
      const first = page.locator('section[aria-labelledby="results-heading"] ol > li').first();
      // The link may end in a text fragment that opens the entry at the snippet's passage.
      await expect(first.locator('h3 a').getAttribute('href')).resolves.toMatch(/^\/reports\/2015-10-2015-12\/ixgbe-4-and-ixv-4-updates(#:~:text=.+)?$/);
      const meta = await first.locator('p').first().textContent();
      expect(meta).toContain('2015 Q4 (October–December)');
      expect(meta).toContain('Kernel');
      await expect(first.locator('a[href^="/projects/"]').count()).resolves.toBe(1);
      await expect(first.locator('mark').first().textContent()).resolves.toMatch(/ixgbe/i);
      await page.close();
    });

    it('searches as you type, through the API alone, and keeps the URL in step', async () => {
      const page = await open('/search');
      // Requests for the page itself (a server render) or for the API; the header's links prefetch others.
      const requests: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === '/search' || url.pathname === '/api/search') requests.push(url.pathname);
      });
      const input = page.getByRole('searchbox', { name: 'Search the reports' });
      await input.pressSequentially('arm64', { delay: 30 });
      await waitForAnnouncement(page, '6 results for “arm64”');
      expect(new URL(page.url()).search).toBe('?q=arm64');
      expect(await resultTitles(page)).toContain('FreeBSD/arm64');
      // Debounced: fewer searches than keys pressed, and no server render of the page behind them.
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.length).toBeLessThan(5);
      expect(requests.filter((p) => p !== '/api/search')).toEqual([]);
      await page.close();
    });

    it('puts a touch keyboard away on "Go", and keeps the focus in the field at a desk', async () => {
      const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const desk = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      for (const [context, fieldKeepsFocus] of [[phone, false], [desk, true]] as const) {
        const page = await open('/search', context);
        const input = page.getByRole('searchbox', { name: 'Search the reports' });
        await input.pressSequentially('arm64', { delay: 30 });
        await input.press('Enter');
        await waitForAnnouncement(page, '6 results for “arm64”');
        expect(await page.evaluate(() => document.activeElement?.id === 'search-page-input'), fieldKeepsFocus ? 'desk' : 'phone').toBe(fieldKeepsFocus);
        await context.close();
      }
    });

    it('narrows by a year and a category facet, each in the URL, and Back returns to the results before', async () => {
      const page = await open('/search?q=freebsd');
      const everything = await resultHrefs(page);
      await page.locator('ul[data-facet="year"] a', { hasText: /^2015\b/ }).click();
      await waitForAnnouncement(page, '4 results for “freebsd” in 2015');
      expect(new URL(page.url()).search).toBe('?q=freebsd&from=2015&to=2015');
      const in2015 = await resultHrefs(page);
      expect(in2015).toHaveLength(4);
      expect(in2015.every((href) => href.startsWith('/reports/2015-10-2015-12/'))).toBe(true);

      await page.locator('ul[data-facet="category"] a', { hasText: /^Kernel\b/ }).click();
      await waitForAnnouncement(page, '1 result for “freebsd” in 2015, in Kernel');
      expect(new URL(page.url()).search).toBe('?q=freebsd&from=2015&to=2015&category=kernel');
      const kernel = await resultHrefs(page);
      expect(kernel).toHaveLength(1);
      expect(in2015).toContain(kernel[0]);
      await expect(page.locator('section[aria-labelledby="results-heading"] ol > li p').first().textContent()).resolves.toContain('Kernel');
      // Each filter can be removed on its own.
      await expect(page.getByRole('link', { name: 'Remove the category filter: Kernel' }).getAttribute('href')).resolves.toBe(
        '/search?q=freebsd&from=2015&to=2015',
      );

      await page.goBack();
      await waitForAnnouncement(page, '4 results for “freebsd” in 2015');
      expect(await resultHrefs(page)).toEqual(in2015);
      await page.goBack();
      await waitForAnnouncement(page, '24 results for “freebsd”');
      expect(await resultHrefs(page)).toEqual(everything);
      expect(new URL(page.url()).search).toBe('?q=freebsd');
      await page.close();
    });

    it('reads a year typed in the query as the period, says so, and links the same words over all years', async () => {
      const page = await open('/search');
      await page.getByRole('searchbox', { name: 'Search the reports' }).pressSequentially('freebsd 2015', { delay: 30 });
      await waitForAnnouncement(page, '4 results for “freebsd 2015” in 2015');
      const in2015 = await resultHrefs(page);
      expect(in2015.every((href) => href.startsWith('/reports/2015-10-2015-12/'))).toBe(true);
      const note = page.locator('main p', { hasText: 'Limited to' });
      await expect(note.textContent()).resolves.toBe('Limited to 2015, read from “2015” in the query. Search all years for freebsd "2015"');
      await note.getByRole('link').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('freebsd "2015"');
      await expect.poll(() => note.count()).toBe(0);
      await page.close();
    });

    it('answers a question asking who with the contacts of its first results, each leading to their page', async () => {
      const page = await open(`/search?q=${encodeURIComponent('who works on bhyve')}`);
      const who = page.getByRole('complementary', { name: 'Who' });
      await who.waitFor();
      // The sample's bhyve entries: most signed first, the more recent first when as many.
      await expect(who.getByRole('link').allTextContents()).resolves.toEqual(['Tomasz Wierzba', 'Priya Raman', 'Lina Okafor']);
      await expect(who.textContent()).resolves.toMatch(/^Who \(contacts of the first 10 results\): Tomasz Wierzba \(\d+ results, \d{4}–2025\), /);
      await who.getByRole('link', { name: 'Tomasz Wierzba' }).click();
      await page.waitForURL((url) => url.pathname === '/people/tomasz-wierzba');
      // The same words without the question are a search for entries alone.
      await page.goto(`${session.site.url}/search?q=${encodeURIComponent('works on bhyve')}`);
      await waitForSettled(page);
      await expect(page.getByRole('complementary', { name: 'Who' }).count()).resolves.toBe(0);
      await page.close();
    });

    it('gives a typed query its own history entry, so Back returns to the query before', async () => {
      const page = await open('/search?q=bhyve');
      const bhyve = await resultHrefs(page);
      const input = page.getByRole('searchbox', { name: 'Search the reports' });
      await input.fill('ixgbe');
      await waitForAnnouncement(page, '6 results for “ixgbe”');
      await input.press('Enter');
      await input.fill('release');
      await waitForAnnouncement(page, '5 results for “release”');
      expect(new URL(page.url()).search).toBe('?q=release');
      await page.goBack();
      await waitForAnnouncement(page, '6 results for “ixgbe”');
      await expect(input.inputValue()).resolves.toBe('ixgbe');
      await page.goBack();
      await waitForAnnouncement(page, '10 results for “bhyve”');
      expect(await resultHrefs(page)).toEqual(bhyve);
      await page.close();
    });

    it('pages through results and collapses them to one per project', async () => {
      const page = await open('/search?q=freebsd');
      const first = await resultHrefs(page);
      // By the keyboard: the focus then moves to the results, and is seen there.
      await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search?q=freebsd&page=2');
      // The page turned is said, not only shown: the count alone would not be announced again.
      await waitForAnnouncement(page, '24 results for “freebsd”, page 2 of 3');
      await page.waitForFunction(() => document.querySelector('section[aria-labelledby="results-heading"] ol')?.getAttribute('start') === '11');
      const second = await resultHrefs(page);
      expect(second).toHaveLength(10);
      expect(second.filter((href) => first.includes(href))).toEqual([]);
      // The heading the focus lands on shows while the keyboard has it there.
      await expect(page.title()).resolves.toMatch(/^freebsd \(page 2\) · Search · /);
      const focused = await page.evaluate(() => {
        const box = document.activeElement?.getBoundingClientRect();
        return { id: document.activeElement?.id, width: box?.width ?? 0, height: box?.height ?? 0 };
      });
      expect(focused.id).toBe('results-heading');
      expect(Math.min(focused.width, focused.height)).toBeGreaterThan(10);

      await page.getByRole('checkbox', { name: 'One result per project' }).check();
      await page.waitForURL('**/search?q=freebsd&collapse=1');
      await waitForSettled(page);
      await page.waitForFunction(() => document.querySelector('section[aria-labelledby="results-heading"] ol')?.getAttribute('start') === '1');
      const collapsed = await resultHrefs(page);
      const projects = await page.locator('section[aria-labelledby="results-heading"] ol > li a[href^="/projects/"]').allTextContents();
      expect(new Set(projects).size).toBe(projects.length);
      expect(collapsed.length).toBe(projects.length);
      await page.close();
    });

    it('lets the keyboard skip the filters to the first result', async () => {
      const page = await open('/search?q=freebsd');
      await waitForSettled(page);
      const skip = page.getByRole('link', { name: 'Skip to the results' });
      await expect(skip.evaluate((a) => a.getBoundingClientRect().height)).resolves.toBeLessThan(2);
      // Right after the form's last control, and seen once the keyboard is on it.
      await page.getByRole('checkbox', { name: 'Newest first' }).focus();
      await page.keyboard.press('Tab');
      await expect(skip.evaluate((a) => a === document.activeElement && a.getBoundingClientRect().height)).resolves.toBeGreaterThan(10);
      const searches: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/search') searches.push(request.url());
      });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const first = (await resultHrefs(page))[0];
      await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
      // A move within the page: no search again, no entry in the history.
      expect(searches).toEqual([]);
      expect(new URL(page.url()).hash).toBe('');
      await page.close();
    });

    it('lists the same results newest first on request, and keeps that in the URL', async () => {
      const page = await open('/search?q=bhyve');
      await waitForSettled(page);
      const best = await resultHrefs(page);
      await page.getByRole('checkbox', { name: 'Newest first' }).check();
      await page.waitForURL('**/search?q=bhyve&sort=newest');
      await waitForSettled(page);
      await expect.poll(() => resultHrefs(page)).not.toEqual(best);
      const newest = await resultHrefs(page);
      const reports = newest.map((href) => href.split('/')[2] ?? '');
      expect(reports).toEqual([...reports].sort().reverse());
      await expect(page.locator('main p', { hasText: 'newest first' }).count()).resolves.toBeGreaterThan(0);
      await page.close();
    });

    it('says plainly when nothing matches, and what to try', async () => {
      const page = await open('/search?q=qwertyuiop+zebra');
      const main = page.locator('main');
      await expect(main.textContent()).resolves.toContain('No results for “qwertyuiop zebra”');
      await expect(main.getByRole('link', { name: 'qwertyuiop', exact: true }).count()).resolves.toBe(1);
      await waitForAnnouncement(page, 'No results for “qwertyuiop zebra”');

      await page.goto(`${session.site.url}/search?q=bhyve&category=kernel`);
      await expect(main.textContent()).resolves.toContain('No results for “bhyve” with these filters');
      await main.getByRole('link', { name: 'Search all years and categories' }).click();
      await waitForAnnouncement(page, '10 results for “bhyve”');
      expect(new URL(page.url()).search).toBe('?q=bhyve');

      // A person's filter, as their page links it, named by their name; filters alone list entries, newest first.
      await page.goto(`${session.site.url}/search?person=priya-raman`);
      await expect(page.getByRole('link', { name: 'Remove the person filter: Priya Raman' }).count()).resolves.toBe(1);
      await expect.poll(() => announcement(page, 'page')).toMatch(/^\d+ results? by Priya Raman, newest first$/);
      await page.close();
    });

    it('shows the markup fixture’s script as text, in the page and in the header popup', async () => {
      const page = await session.context.newPage();
      const dialogs = watchDialogs(page);
      await page.goto(`${session.site.url}/search?q=alert`);
      const snippet = page.locator('section[aria-labelledby="results-heading"] ol > li p').nth(1);
      await expect(snippet.textContent()).resolves.toContain('<script>alert(1)</script>');
      await expect(page.locator('main script, main img').count()).resolves.toBe(0);
      await expect(snippet.locator('mark').count()).resolves.toBeGreaterThan(0);

      await page.goto(`${session.site.url}/reports`);
      await headerBox(page).fill('script element');
      await listbox(page).getByRole('option', { name: /Markup Sanitizer Fixture/ }).waitFor();
      await expect(page.locator('header script, header img').count()).resolves.toBe(0);
      await page.goto(`${session.site.url}/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
      await expect(page.getByRole('searchbox', { name: 'Search the reports' }).inputValue()).resolves.toBe('<script>alert(1)</script>');
      await expect(page.locator('main script').count()).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it('fits a phone and a desktop (screenshots)', async () => {
      for (const [width, colorScheme] of [[1280, 'light'], [390, 'light'], [1280, 'dark']] as const) {
        const sized = await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const name = colorScheme === 'dark' ? '-dark' : '';
        const page = await open('/search?q=freebsd', sized);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `search-freebsd${name}`);
        const home = await open('/', sized);
        await saveScreenshot(home, `search-header${name}`);
        await headerBox(home).fill('bhyve');
        await listbox(home).getByRole('option').first().waitFor();
        await headerBox(home).press('ArrowDown');
        await headerBox(home).press('ArrowDown');
        const box = await listbox(home).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
        await saveScreenshot(home, `search-header-popup${name}`);
        await sized.close();
      }
    });

    it('opens its popup under the box, from its left edge and at least as wide, inside the viewport', async () => {
      // 700 px: the header puts the box at the left of its own line, where a popup grown leftwards left the page.
      for (const width of [390, 700, 1280]) {
        const sized = await session.browser.newContext({ viewport: { width, height: 900 } });
        const page = await open('/', sized);
        await headerBox(page).fill('bhyve');
        await listbox(page).getByRole('option').first().waitFor();
        const input = await headerBox(page).boundingBox();
        const list = await listbox(page).boundingBox();
        if (!input || !list) throw new Error('no box or popup to measure');
        expect(Math.abs(list.x - input.x), `left edges at ${width} px`).toBeLessThanOrEqual(1);
        expect(list.width, `popup width at ${width} px`).toBeGreaterThanOrEqual(input.width - 1);
        expect(list.x + list.width, `popup inside the viewport at ${width} px`).toBeLessThanOrEqual(width);
        await sized.close();
      }
    });
  });
});
