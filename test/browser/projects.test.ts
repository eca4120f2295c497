import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { reportLabel, type Project } from '../../lib/model';
import { collectPeopleIndex } from '../../lib/people';
import { projectsOf } from '../../lib/projects';
import { entryPath, personPath, projectPath } from '../../lib/routes';
import { chromiumAvailable, saveScreenshot } from './browser';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';
import { walkNext } from './walk-project';

// Expectations come from the same threading the site runs, over the same folder.
const kb = loadKnowledgeBase(SAMPLE_CONTENT);
const index = projectsOf(kb);
const people = collectPeopleIndex(kb.entries, index);
function projectOf(entryId: string): Project {
  const project = index.byEntryId.get(entryId);
  if (!project) throw new Error(`no project holds ${entryId}`);
  return project;
}
const bhyve = projectOf('2018-01-2018-09/bhyve');
const ports = projectOf('2018-01-2018-09/ports-collection');
const SAMPLE_REPORTS = kb.reports.map((r) => r.id);

describe.skipIf(!chromiumAvailable())('projects and people over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);
  const { open } = session;

  it('lists every project on /projects, with its entry count and span', async () => {
    const page = await open('/projects');
    await expect(page.title()).resolves.toMatch(/^All projects/);
    const rows = page.locator('#project-list > li');
    await expect(rows.count()).resolves.toBe(index.projects.length);
    const row = rows.filter({ has: page.locator(`a[href="${projectPath(bhyve.slug)}"]`) });
    await expect(row.textContent()).resolves.toContain(`${bhyve.entries.length} entries`);
    // One bar per year with entries: a stroke each, "M<x> 16v-<h>" then "m<dx> <dy>v-<h>".
    const bars = ((await row.locator('svg path').getAttribute('d')) ?? '').match(/[Mm]/g)?.length;
    expect(bars).toBe(new Set(bhyve.entries.map((e) => e.report.slice(0, 4))).size);
    await page.close();
  });

  it('filters and sorts /projects in the page', async () => {
    const page = await open('/projects');
    await page.getByLabel('Sort by').selectOption('entries');
    const counts = await page.locator('#project-list > li').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByLabel('Filter by title').fill('arm64');
    await expect.poll(() => page.locator('#project-list > li:visible').count()).toBe(1);
    await expect(page.locator('#project-list > li:visible a').textContent()).resolves.toContain('arm64');
    // Both live in the URL: shared or reloaded, the list comes back sorted and filtered.
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=entries&filter=arm64');
    // The controls settle: an effect that set new state on every render looped until React gave up ("Maximum update depth exceeded").
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();
    await expect.poll(() => page.getByLabel('Sort by').inputValue()).toBe('entries');
    await expect.poll(() => page.locator('#project-list > li:visible').count()).toBe(1);
    await expect(page.getByLabel('Filter by title').inputValue()).resolves.toBe('arm64');
    await page.waitForTimeout(1_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/projects', 'Filter by title'],
    ['/subjects', 'Filter by name'],
    ['/people', 'Filter by name'],
  ])('says so when the filter of %s leaves nothing, and offers a full-text search for the words', async (path, label) => {
    const page = await open(path);
    await page.getByLabel(label).fill('zzqx  wibble');
    const offer = page.getByRole('link', { name: 'Search the reports’ full text for it' });
    await offer.waitFor();
    await expect(offer.getAttribute('href')).resolves.toBe('/search?q=zzqx+wibble');
    await expect(page.locator('main form[role="search"]').textContent()).resolves.toContain('match “zzqx  wibble”');
    // A filter that leaves something offers no search.
    await page.getByLabel(label).fill('');
    await expect.poll(() => offer.count()).toBe(0);
    await page.close();
  });

  it.each([
    ['/projects/zzqx-wibble-driver', '/projects'],
    ['/subjects/zzqx-wibble', '/subjects'],
    ['/people/zzqx-wibble', '/people'],
  ])('answers %s with a 404 that offers a search for its words and the list', async (path, list) => {
    const page = await session.context.newPage();
    expect((await page.goto(`${session.site.url}${path}`))?.status()).toBe(404);
    const words = path.split('/')[2]!.split('-').join(' ');
    const search = page.getByRole('link', { name: `Search the reports for “${words}”` });
    await search.waitFor();
    await expect(search.getAttribute('href')).resolves.toBe(`/search?${new URLSearchParams({ q: words }).toString()}`);
    await expect(page.locator(`main a[href="${list}"]`).count()).resolves.toBe(1);
    await page.close();
  });

  it('suggests under a 404 the project a guessed address meant, and the subject its words name', async () => {
    const page = await session.context.newPage();
    expect((await page.goto(`${session.site.url}/projects/ports`))?.status()).toBe(404);
    const perhaps = page.getByRole('region', { name: 'Perhaps you meant' });
    await perhaps.waitFor();
    await expect(perhaps.getByRole('link', { name: 'Ports Collection' }).getAttribute('href')).resolves.toBe('/projects/ports-collection');
    await page.goto(`${session.site.url}/subjects/bhyve-hypervisor`);
    await expect(page.getByRole('region', { name: 'Perhaps you meant' }).getByRole('link').first().getAttribute('href')).resolves.toBe('/subjects/bhyve');
    // Words that tell nothing of a page ("driver" is in many titles) suggest nothing: no empty heading, once the search has answered.
    const answered = page.waitForResponse((response) => response.url().includes('/api/search?'));
    await page.goto(`${session.site.url}/projects/zzqx-wibble-driver`);
    await (await answered).finished();
    await page.getByRole('link', { name: 'Search the reports for “zzqx wibble driver”' }).waitFor();
    // Two frames after the answer: React has rendered what it made of it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
    await expect(page.getByRole('region', { name: 'Perhaps you meant' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('shows no filter or sort controls where no script can run them, and the whole list', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${session.site.url}/projects`);
    await expect(page.getByLabel('Filter by title').isVisible()).resolves.toBe(false);
    await expect(page.locator('#project-list > li:visible').count()).resolves.toBe(await page.locator('#project-list > li').count());
    await noScript.close();
  });

  it("shows every period of bhyve's entries in order on its timeline", async () => {
    const page = await open(projectPath(bhyve.slug));
    const periods = await page.locator('main li[data-report]').evaluateAll((items) => items.map((li) => li.getAttribute('data-report')));
    expect(periods).toEqual(bhyve.entries.map((e) => e.report));
    const labels = await page.locator('main li[data-report] > p:not([class*="gap"]) a').allTextContents();
    expect(labels).toEqual(bhyve.entries.map((e) => reportLabel(e.report)));
    await page.close();
  });

  it('threads bhyve through every sample report, and the ixgbe rename into one project (real threading)', async () => {
    // These hold with real threading; the naive grouping by title splits both.
    expect(bhyve.entries.map((e) => e.report)).toEqual(SAMPLE_REPORTS);
    const ixgbe = projectOf('2015-10-2015-12/ixgbe-4-and-ixv-4-updates');
    expect(ixgbe.entries.map((e) => e.id)).toContain('2013-10-2013-12/intel-10g-driver');
    const page = await open(projectPath(ixgbe.slug));
    await expect(page.locator('h1').textContent()).resolves.toBe('ixgbe(4) and ixv(4)');
    await expect(page.locator('main').textContent()).resolves.toMatch(/Titles over time:\s*Intel 10G Driver.*ixgbe\(4\) and ixv\(4\) Updates/);
    const titles = await page.locator('main li[data-report] h3 a').allTextContents();
    expect(titles[0]).toBe('Intel 10G Driver');
    expect(titles.at(-1)).toBe('ixgbe(4) and ixv(4) Updates');
    await page.close();
  });

  it('renders the Markdown of the open tasks: links and code, not their markup', async () => {
    const page = await open(projectPath(bhyve.slug));
    const tasks = page.locator('section[aria-labelledby="open-tasks"] li');
    await expect(tasks.count()).resolves.toBe(bhyve.entries.at(-1)?.tasks.length);
    await expect(tasks.locator('a[href="https://wiki.freebsd.org/bhyve/Config"]').textContent()).resolves.toBe('configuration notes');
    await expect(tasks.locator('code').textContent()).resolves.toBe('vm.conf(5)');
    await expect(page.locator('main').textContent()).resolves.not.toContain('](');
    await page.close();
  });

  it('marks the reports a project skipped', async () => {
    const page = await open(projectPath(ports.slug));
    // Ports: 2013 Q4, then nothing in 2014 Q1 and 2015 Q4, then 2018.
    const item = page.locator('main li[data-report="2018-01-2018-09"]');
    await expect(item.textContent()).resolves.toContain('2 reports without an entry');
    await expect(page.locator('main li[data-report]', { hasText: 'without an entry' }).count()).resolves.toBe(1);
    await page.close();
  });

  it("walks bhyve's entries with the next link, visiting its periods in order", async () => {
    const page = await session.context.newPage();
    const visited = await walkNext(page, session.site.url, bhyve.entries[0]?.id ?? '');
    expect(visited).toEqual(bhyve.entries.map((e) => e.id));
    await expect(page.locator('main a[rel="prev"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('links an entry page back to its project and names its neighbours', async () => {
    const second = bhyve.entries[1];
    const page = await open(entryPath(second?.id ?? ''));
    await expect(page.locator(`main a[href="${projectPath(bhyve.slug)}"]`).count()).resolves.toBeGreaterThan(0);
    const prev = page.locator('main a[rel="prev"]');
    await expect(prev.getAttribute('href')).resolves.toBe(entryPath(bhyve.entries[0]?.id ?? ''));
    await expect(prev.textContent()).resolves.toContain(reportLabel(bhyve.entries[0]?.report ?? ''));
    await expect(prev.textContent()).resolves.toContain('Previous');
    await page.locator(`main a[href="${projectPath(bhyve.slug)}"]`).first().click();
    await page.waitForURL(`**${projectPath(bhyve.slug)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(bhyve.title);
    await page.close();
  });

  it("answers a link to an entry upstream withdrew with what it was, and leads to its report", async () => {
    const page = await open('/reports/2014-01-2014-03/build-farm-notes');
    await expect(page.locator('h1').textContent()).resolves.toBe('Build Farm Notes');
    await expect(page.locator('main').textContent()).resolves.toContain('is no longer in it under this title');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    await page.locator('main p:not(.breadcrumb) a').click();
    await page.waitForURL('**/reports/2014-01-2014-03');
    await expect(page.locator('h1').textContent()).resolves.toContain(reportLabel('2014-01-2014-03'));
    await page.close();
  });

  it('offers the page link as plain, MoinMoin and Markdown', async () => {
    const page = await open(projectPath(bhyve.slug));
    await page.locator('main summary', { hasText: 'Copy link' }).click();
    const url = `${session.site.url}${projectPath(bhyve.slug)}`;
    await expect(page.locator('input[data-format="url"]').inputValue()).resolves.toBe(url);
    await expect(page.locator('input[data-format="moin"]').inputValue()).resolves.toBe(`[[${url}|${bhyve.title}]]`);
    await expect(page.locator('input[data-format="markdown"]').inputValue()).resolves.toBe(`[${bhyve.title}](${url})`);
    // Each button says which form it copies; Escape closes the panel and leaves focus on its toggle.
    await expect(page.getByRole('button', { name: 'Copy Wiki (MoinMoin)' }).count()).resolves.toBe(1);
    // Copied twice, the status changes twice: a screen reader announces the second copy too.
    const status = page.locator('main details [role="status"]');
    await page.getByRole('button', { name: 'Copy Link' }).click();
    await expect.poll(() => status.textContent()).toMatch(/copied|copy/);
    const first = await status.textContent();
    await page.getByRole('button', { name: 'Copy Link' }).click();
    await expect.poll(() => status.textContent()).not.toBe(first);
    await expect(status.textContent()).resolves.toMatch(/^(Link copied|Could not copy: select the text and copy it)\u00a0?$/);
    await page.getByRole('button', { name: 'Copy Markdown' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('main details:has(summary:text("Copy link"))').getAttribute('open')).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await page.close();
  });

  it('prints an entry without the screen controls, with the addresses its links lead to', async () => {
    const page = await open('/reports/2014-01-2014-03/pci-sr-iov-infrastructure');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('main summary', { hasText: 'Copy link' }).isVisible()).resolves.toBe(false);
    const link = page.locator('.entry-meta a[href^="http"]').first();
    const href = await link.getAttribute('href');
    await expect(link.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" <${href}>"`);
    // Paper is white, whatever the screen's scheme.
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('offers a link to a report, and names an entry by its short period', async () => {
    const page = await open('/reports/2014-01-2014-03');
    await page.locator('main summary', { hasText: 'Copy link' }).click();
    await expect(page.locator('input[data-format="url"]').inputValue()).resolves.toBe(`${session.site.url}/reports/2014-01-2014-03`);
    await page.goto(`${session.site.url}/reports/2014-01-2014-03/pci-sr-iov-infrastructure`);
    await expect(page.title()).resolves.toMatch(/^PCI SR-IOV Infrastructure \(2014 Q1\)/);
    await page.close();
  });

  it("lists people, then teams apart, and shows a person's entries by year and projects", async () => {
    const list = await open('/people');
    const persons = people.people.filter((p) => p.kind === 'person');
    const teams = people.people.filter((p) => p.kind === 'team');
    expect(teams.length).toBeGreaterThan(0);
    await expect(list.locator('#people-list > li').count()).resolves.toBe(persons.length);
    const teamLinks = await list.locator('section[aria-labelledby="teams"] li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(teamLinks.sort()).toEqual(teams.map((t) => personPath(t.slug)).sort());
    await list.close();
    const priya = people.bySlug.get('priya-raman');
    expect(priya).toBeDefined();
    const page = await open(personPath('priya-raman'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Priya Raman');
    await expect(page.locator(`main a[href="${projectPath(bhyve.slug)}"]`).count()).resolves.toBeGreaterThan(0);
    const entryLinks = await page.locator('main ul a[href^="/reports/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(entryLinks).toEqual(priya?.entryIds.map((id) => entryPath(id)));
    await page.close();
  });

  it('answers the project and entry APIs with JSON any origin may read', async () => {
    const project = await fetch(`${session.site.url}/api/projects/${bhyve.slug}`);
    expect(project.status).toBe(200);
    expect(project.headers.get('access-control-allow-origin')).toBe('*');
    expect(project.headers.get('cache-control')).toBe('public, max-age=300');
    const json = (await project.json()) as { slug: string; entries: Array<{ id: string; project: string }> };
    expect(json.entries.map((e) => e.id)).toEqual(bhyve.entries.map((e) => e.id));
    const missing = await fetch(`${session.site.url}/api/projects/no-such-project`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'no project "no-such-project"' });
    const entry = await fetch(`${session.site.url}/api/entries/2014-01-2014-03/pci-sr-iov-infrastructure`);
    expect(entry.status).toBe(200);
    expect(((await entry.json()) as { project: string }).project).toBe(projectOf('2014-01-2014-03/pci-sr-iov-infrastructure').slug);
    expect((await fetch(`${session.site.url}/api/entries/2014-01-2014-03/nothing`)).status).toBe(404);
    // The sample's entry-ids.json: an id a re-import gave up (its title edited) leads to the entry now.
    const given = await fetch(`${session.site.url}/api/entries/2014-01-2014-03/intel-10-gigabit-driver`, { redirect: 'manual' });
    expect([given.status, given.headers.get('location')]).toEqual([308, '/api/entries/2014-01-2014-03/intel-10g-driver']);
    const page = await fetch(`${session.site.url}/reports/2014-01-2014-03/intel-10-gigabit-driver`, { redirect: 'manual' });
    expect([page.status, page.headers.get('location')]).toEqual([308, '/reports/2014-01-2014-03/intel-10g-driver']);
    // The sample's entries-withdrawn.json: an entry upstream removed answers with what it was, and where.
    const gone = await fetch(`${session.site.url}/api/entries/2014-01-2014-03/build-farm-notes`);
    expect([gone.status, await gone.json()]).toEqual([404, { error: 'entry "2014-01-2014-03/build-farm-notes" ("Build Farm Notes") was withdrawn from report 2014-01-2014-03 upstream: it is no longer in the report under this title, nor rewritten under another in a way the import recognised' }]);
    // A slug typed with capitals is found, as on the pages.
    const typed = await fetch(`${session.site.url}/api/projects/${bhyve.slug.toUpperCase()}`, { redirect: 'manual' });
    expect([typed.status, typed.headers.get('location')]).toEqual([308, `/api/projects/${bhyve.slug}`]);
  });

  it.each(['/api', '/api/projects', '/api/entries/2014-01-2014-03', '/api/people/priya', '/api/projects/bhyve/entries'])(
    'answers %s, which names no endpoint, with a 404 in JSON that lists the endpoints',
    async (path) => {
      const response = await fetch(`${session.site.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await response.json()) as { error: string }).error).toMatch(new RegExp(`^no endpoint at ${path}; the API has /api/search`));
    },
  );

  it.each([1280, 390])('saves screenshots at %i px', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of [
      ['projects', '/projects'],
      ['project-bhyve', projectPath(bhyve.slug)],
      ['project-ports', projectPath(ports.slug)],
      ['person', personPath('priya-raman')],
      ['people', '/people'],
      ['entry-in-project', entryPath(bhyve.entries[1]?.id ?? '')],
    ] as const) {
      expect((await page.goto(session.site.url + path))?.status()).toBe(200);
      await saveScreenshot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('saves a dark screenshot of a timeline', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 900 }, colorScheme: 'dark' });
    expect((await page.goto(session.site.url + projectPath(bhyve.slug)))?.status()).toBe(200);
    await page.locator('main summary', { hasText: 'Copy link' }).click();
    await saveScreenshot(page, 'project-bhyve-dark');
    await page.close();
  });
});
