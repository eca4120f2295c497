import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { projectsOf } from '../../lib/projects';
import { openTasks } from '../../lib/projects/tasks';
import { collectPeopleIndex } from '../../lib/people';
import { entryPath, personPath, projectPath, referenceKindPath, referencesPath, searchQueryPath, tasksPath } from '../../lib/routes';
import { buildCitationIndex, mostCitedOfKind } from '../../lib/references';
import { findCorpus } from '../corpus/corpus-dir';
import type { Project, ProjectIndex } from '../../lib/model';
import { axeViolations, describeViolations, repeatedHeadings } from './a11y-pages';
import { chromiumAvailable, launchBrowser, saveScreenshot, SCREENSHOT_DIR } from './browser';
import { importedCorpusContent } from './global-setup';
import { buildAndStartSite, redirectTarget, type SiteServer } from './server';
import { walkNext } from './walk-project';

const BHYVE_ENTRY = '2015-01-2015-03/bhyve';
const corpus = findCorpus();

describe.skipIf(!corpus || !chromiumAvailable())('projects over the imported corpus', () => {
  let site: SiteServer;
  let browser: Browser;
  let page: Page;
  let index: ProjectIndex;
  let bhyve: Project;

  beforeAll(async () => {
    const dir = importedCorpusContent('2015-01-2015-03');
    // The expected timeline comes from the threading the site runs, over the same folder.
    index = projectsOf(loadKnowledgeBase(dir));
    const found = index.byEntryId.get(BHYVE_ENTRY);
    if (!found) throw new Error(`no project holds ${BHYVE_ENTRY}`);
    bhyve = found;
    site = await buildAndStartSite(dir);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('shows every period of the bhyve project in order', async () => {
    expect(bhyve.entries.length).toBeGreaterThan(3);
    expect((await page.goto(site.url + projectPath(bhyve.slug)))?.status()).toBe(200);
    const periods = await page.locator('main li[data-report]').evaluateAll((items) => items.map((li) => li.getAttribute('data-report')));
    expect(periods).toEqual(bhyve.entries.map((e) => e.report));
  });

  it("reads well with a screen reader and a finger on the longest project's page and the most active person's", async () => {
    const longest = [...index.projects].sort((a, b) => b.entries.length - a.entries.length)[0]!;
    const kb = loadKnowledgeBase(importedCorpusContent('2015-01-2015-03'));
    const busiest = collectPeopleIndex(kb.entries, index).people.filter((p) => p.kind === 'person').sort((a, b) => b.entryIds.length - a.entryIds.length)[0]!;
    for (const path of [projectPath(longest.slug), personPath(busiest.slug)]) {
      expect((await page.goto(site.url + path))?.status(), path).toBe(200);
      // Target size included: a period's link right above its entry's was 23.6 px from it.
      expect(describeViolations(await axeViolations(page)), path).toBe('');
      expect(await repeatedHeadings(page), path).toBe('');
    }
  });

  it("leads from an entry's contact to their page, and finds a person on /people typed without accents", async () => {
    expect((await page.goto(site.url + entryPath(BHYVE_ENTRY)))?.status()).toBe(200);
    const contact = page.locator('.entry-meta a[href^="/people/"]').first();
    const name = (await contact.textContent()) ?? '';
    await contact.click();
    await page.waitForURL('**/people/**');
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await expect(page.locator(`main a[href="${entryPath(BHYVE_ENTRY)}"]`).count()).resolves.toBe(1);
    // To someone they reported with: the count beside the name is the entries both pages list.
    const entryLinks = () => page.locator('main section[aria-labelledby="entries"] ul a[href^="/reports/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const theirs = new Set(await entryLinks());
    const coworker = page.locator('section[aria-labelledby="worked-with"] li:has(a)').first();
    const shared = Number(/\((\d+)\)/.exec((await coworker.textContent()) ?? '')?.[1]);
    const here = new URL(page.url()).pathname;
    await coworker.locator('a').click();
    await page.waitForURL((url) => url.pathname !== here);
    expect(shared).toBeGreaterThan(0);
    expect((await entryLinks()).filter((href) => theirs.has(href)).length).toBe(shared);
    await page.goBack();
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    // From the person to a search of their entries, all of them.
    const listed = await page.locator('main section[aria-labelledby="entries"] ul a[href^="/reports/"]').count();
    await page.getByRole('link', { name: /^search (their|its) entries$/ }).click();
    await page.waitForURL('**/search?person=**');
    await expect(page.locator('main').textContent()).resolves.toContain(`${listed} result`);
    expect((await page.goto(`${site.url}/people`))?.status()).toBe(200);
    await page.getByLabel('Filter by name').fill('napierala');
    await expect.poll(() => page.locator('#people-list > li:visible a').allTextContents()).toEqual(['Edward Tomasz Napierała']);
    // The teams and lists under the people are filtered with them: a section with no match goes.
    await expect.poll(() => page.locator('section[aria-labelledby="teams"]').isVisible()).toBe(false);
    await page.getByLabel('Filter by name').fill('release engineering');
    await expect.poll(() => page.locator('#teams-list > li:visible a').allTextContents()).toContain('FreeBSD Release Engineering Team');
    await expect(page.getByRole('search', { name: 'Filter and sort the people' }).getByRole('status').textContent()).resolves.toMatch(/also \d+ teams?/);
    // Readers know many developers by their login, and type a name as their keyboard lets them.
    await page.getByLabel('Filter by name').fill('emaste');
    await expect.poll(() => page.locator('#people-list > li:visible a').allTextContents()).toEqual(['Ed Maste']);
    await page.getByLabel('Filter by name').fill('Bjoern Zeeb');
    await expect.poll(() => page.locator('#people-list > li:visible a').allTextContents()).toEqual(['Bjoern A. Zeeb']);
    // "Most entries" orders the teams too: the busiest team first, not the first by name.
    await page.getByLabel('Filter by name').fill('');
    await page.getByLabel('Sort by').selectOption('entries');
    const teamCounts = () => page.locator('#teams-list > li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-n'))));
    await expect.poll(async () => (await teamCounts()).every((n, i, all) => i === 0 || all[i - 1]! >= n)).toBe(true);
  });

  it('visits every bhyve entry in order by following "next" from the first', async () => {
    const visited = await walkNext(page, site.url, bhyve.entries[0]?.id ?? '');
    expect(visited).toEqual(bhyve.entries.map((e) => e.id));
  });

  it('lists every project on /projects in a page that stays light', async () => {
    const response = await page.goto(`${site.url}/projects`);
    expect(response?.status()).toBe(200);
    const html = (await response?.body())?.length ?? 0;
    console.info(`/projects: ${index.projects.length} projects, ${(html / 1024).toFixed(0)} KiB of HTML`);
    await expect(page.locator('#project-list > li').count()).resolves.toBe(index.projects.length);
    // About 860 bytes a project before the rows were made lean (HTML and RSC payload), 680 after.
    expect(html / index.projects.length).toBeLessThan(750);
    const started = Date.now();
    await page.getByLabel('Sort by').selectOption('span');
    await page.getByLabel('Filter by title').fill('bhyve');
    await expect.poll(() => page.locator('#project-list > li:visible').count()).toBeGreaterThan(0);
    console.info(`/projects: sort and filter took ${Date.now() - started} ms`);
    const visible = await page.locator('#project-list > li:visible').evaluateAll((rows) => rows.map((r) => (r.textContent ?? '') + ((r as HTMLElement).dataset.k ?? '')));
    expect(visible.every((text) => /bhyve/i.test(text))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'corpus-projects-1280.png') });
  });

  it('pages the open tasks, newest first, and goes on to the next page', async () => {
    const kb = loadKnowledgeBase(importedCorpusContent('2015-01-2015-03'));
    const expected = openTasks(index, kb.reports).map((t) => projectPath(t.projectSlug));
    expect(expected.length).toBeGreaterThan(60);
    const shownProjects = (): Promise<(string | null)[]> => page.locator('ol.task-groups > li > h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect((await page.goto(site.url + tasksPath))?.status()).toBe(200);
    const first = await shownProjects();
    expect(first).toEqual(expected.slice(0, first.length));
    expect(first.length).toBeLessThan(expected.length);
    await page.getByRole('navigation', { name: 'Task pages' }).getByRole('link', { name: 'Next' }).click();
    await page.waitForURL('**/tasks?page=2');
    await expect.poll(() => page.title()).toMatch(/^Open tasks \(page 2\)/);
    await expect(shownProjects()).resolves.toEqual(expected.slice(first.length, 2 * first.length));
  });

  it('shows one person under the spellings and addresses of their name, and sends the other spelling to them', async () => {
    // Gerald Pfeifer wrote once as "Gerald Pfeiffer" from gerald@FreeBSD.org, later as himself
    // from both that address and another: one person, shown by the spelling he gave most.
    const response = await fetch(site.url + personPath('gerald-pfeiffer'), { redirect: 'manual' });
    await response.body?.cancel();
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe(personPath('gerald-pfeifer'));
    expect((await page.goto(site.url + personPath('gerald-pfeifer')))?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Gerald Pfeifer');
    await expect(page.getByText('Also named: Gerald Pfeiffer', { exact: true }).count()).resolves.toBe(1);
    const entries = await page.locator('main a[href^="/reports/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(entries).toEqual(expect.arrayContaining(['/reports/2013-10-2013-12/wine-freebsd', '/reports/2014-01-2014-03/gcc-in-the-ports-collection']));
  });

  it('leads from the most cited reviews to every review the reports mention', async () => {
    const reviews = mostCitedOfKind(buildCitationIndex(loadKnowledgeBase(importedCorpusContent('2015-01-2015-03')).entries), 'review');
    expect(reviews.length).toBeGreaterThan(100);
    expect((await page.goto(site.url + referencesPath))?.status()).toBe(200);
    await page.getByRole('link', { name: `All ${reviews.length} phabricator reviews` }).click();
    await page.waitForURL(`**${referenceKindPath('review')}`);
    const shown = await page.locator('main ul.reference-list > li a').evaluateAll((links) => links.map((a) => a.textContent));
    expect(shown).toEqual(reviews.map((w) => w.reference.label));
  });

  it("leads from one of a problem report's addresses to every entry mentioning it, and finds a review typed in lower case", async () => {
    // PR 281091 is cited as show_bug.cgi?id=281091; the short address is the same problem report.
    expect((await page.goto(`${site.url}/cites?url=${encodeURIComponent('https://bugs.freebsd.org/281091')}`))?.status()).toBe(200);
    await page.getByRole('link', { name: /^\d+ entr(y mentions|ies mention) it$/ }).click();
    await page.waitForURL('**/references/pr/281091');
    await expect(page.locator('main ul a[href^="/reports/"]').count()).resolves.toBeGreaterThan(1);
    const review = mostCitedOfKind(buildCitationIndex(loadKnowledgeBase(importedCorpusContent('2015-01-2015-03')).entries), 'review')[0]!.reference;
    const lower = await fetch(`${site.url}/references/review/${review.id.toLowerCase()}`, { redirect: 'manual' });
    await lower.body?.cancel();
    expect([lower.status, new URL(redirectTarget(lower), site.url).pathname]).toEqual([308, `/references/review/${review.id}`]);
    // A reference no entry mentions: a search for it as written, a page that reads without JavaScript.
    const unknown = await fetch(`${site.url}/references/man/no-such-page.4`, { redirect: 'manual' });
    await unknown.body?.cancel();
    expect(`${unknown.status} ${redirectTarget(unknown)}`).toBe(`307 ${searchQueryPath('no-such-page(4)')}`);
  });

  it.each([1280, 390])('saves screenshots of the bhyve timeline and a person at %i px', async (width) => {
    const shot = await browser.newPage({ viewport: { width, height: 900 } });
    expect((await shot.goto(site.url + projectPath(bhyve.slug)))?.status()).toBe(200);
    await saveScreenshot(shot, 'corpus-project-bhyve');
    const person = bhyve.entries[0]?.contacts[0]?.name ?? '';
    await shot.locator('main table a', { hasText: person }).first().click();
    await shot.waitForURL('**/people/**');
    expect(new URL(shot.url()).pathname).toMatch(new RegExp(`^${personPath('')}`));
    await expect(shot.locator('h1').textContent()).resolves.toBe(person);
    await saveScreenshot(shot, 'corpus-person');
    await shot.close();
  });
});
