import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { projectsOf } from '../../lib/projects';
import { buildCitationIndex, wikiKey } from '../../lib/references';
import { projectPath, searchQueryPath, subjectsPath, wikiPath } from '../../lib/routes';
import { findCorpus } from '../corpus/corpus-dir';
import { chromiumAvailable } from './browser';
import { importedCorpusContent } from './global-setup';
import { buildAndStartSite, redirectTarget, type SiteServer } from './server';

const corpus = findCorpus();

/** Every wiki.freebsd.org page the corpus cites, asked for over HTTP as the wiki would link to it. */
describe.skipIf(!corpus || !chromiumAvailable())('/wiki/<page> over the imported corpus', () => {
  let site: SiteServer;
  let pages: string[];

  beforeAll(async () => {
    const dir = importedCorpusContent('2014-01-2014-03');
    pages = [...buildCitationIndex(loadKnowledgeBase(dir).entries).wikiPages.values()].map((p) => p.page);
    site = await buildAndStartSite(dir);
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('answers every cited page with a redirect to its subject, project or report, or a chooser of projects', async () => {
    const outcomes = { subject: 0, person: 0, redirect: 0, report: 0, chooser: 0 };
    const failures: string[] = [];
    for (const page of pages) {
      const response = await fetch(site.url + wikiPath(page), { redirect: 'manual' });
      const location = response.headers.get('location') ?? '';
      const target = new URL(location, site.url).pathname;
      if (response.status === 307 && /^\/subjects\/[a-z0-9-]+$/.test(target)) outcomes.subject++;
      else if (response.status === 307 && /^\/people\/[a-z0-9-]+$/.test(target)) outcomes.person++;
      else if (response.status === 307 && /^\/projects\/[a-z0-9-]+$/.test(target)) outcomes.redirect++;
      else if (response.status === 307 && /^\/reports\/[a-z0-9-]+$/.test(target)) outcomes.report++;
      else if (response.status === 200 && (await response.text()).includes('Projects citing the wiki page')) outcomes.chooser++;
      else failures.push(`${page}: ${response.status} ${location}`);
    }
    console.info(
      `${pages.length} cited wiki pages: ${outcomes.subject} redirect to a subject, ${outcomes.person} to a person, ${outcomes.redirect} to a project, ${outcomes.report} to a report, ${outcomes.chooser} offer a choice`,
    );
    expect(failures).toEqual([]);
    expect(pages.length).toBeGreaterThan(300);
  });

  it("lands a sub-page on the subject its last part names, and a summit's page on the summit's report", async () => {
    const target = async (page: string) => redirectTarget(await fetch(site.url + wikiPath(page), { redirect: 'manual' }));
    expect(await target('WiFi/Iwlwifi')).toBe('/subjects/iwlwifi');
    expect(await target('201309DevSummit')).toBe('/reports/2013-09-devsummit');
    // Three entries of a quarterly report of 55 citing a summit's page are not that report: a choice.
    expect((await fetch(site.url + wikiPath('201010DevSummit'), { redirect: 'manual' })).status).toBe(200);
  });

  // Entries of 2005–2008 cite pages as wiki.freebsd.org/moin.cgi/<Page>: a wiki editor copies that form too.
  it('answers a page asked for in the old moin.cgi form as it answers the page', async () => {
    const answer = async (path: string) => {
      const response = await fetch(site.url + path, { redirect: 'manual' });
      return `${response.status} ${redirectTarget(response)}`;
    };
    for (const page of pages.filter((_, i) => i % 20 === 0)) {
      expect(await answer(wikiPath(`moin.cgi/${page}`)), page).toBe(await answer(wikiPath(page)));
    }
  });

  it('sends an uncited page to a search for its words, a page that reads without JavaScript', async () => {
    // Rendered on request, once: the answer Next had sent with its Location twice.
    const response = await fetch(site.url + wikiPath('NoSuchPageAnywhere'), { redirect: 'manual' });
    expect(`${response.status} ${redirectTarget(response)}`).toBe(`307 ${searchQueryPath('No Such Page Anywhere')}`);
    const landing = await (await fetch(site.url + searchQueryPath('No Such Page Anywhere'))).text();
    // The HTML itself, not only the payload a script renders: Next's on-request 404 had an empty body.
    expect(landing).not.toContain('__next_error__');
    expect(landing).toMatch(/<h1[^>]*>Search<\/h1>/);
    // A sub-page is looked for with its parents' words, and /wiki itself lands on the subjects.
    const sub = await fetch(site.url + wikiPath('NoSuchPageAnywhere/Process'), { redirect: 'manual' });
    expect(redirectTarget(sub)).toBe(searchQueryPath('No Such Page Anywhere Process'));
    for (const bare of ['/wiki', '/wiki/', '/wiki/FrontPage']) {
      const response = await fetch(site.url + bare, { redirect: 'follow' });
      expect(new URL(response.url).pathname, bare).toBe(subjectsPath);
    }
  });

  it("leads a team's page no entry cites to the team's project, named as its reports are titled", async () => {
    const kb = loadKnowledgeBase(importedCorpusContent('2014-01-2014-03'));
    const teams = projectsOf(kb).projects.filter((p) => /^FreeBSD .* Team$/.test(p.title) && p.entries.length > 10);
    expect(teams.length).toBeGreaterThan(1);
    for (const team of teams) {
      // "FreeBSD Core Team" as the wiki names such pages: "CoreTeam".
      const page = team.title.replace(/^FreeBSD /, '').replace(/[^A-Za-z]+/g, '');
      expect(pages.map(wikiKey), page).not.toContain(wikiKey(page));
      const response = await fetch(site.url + wikiPath(page), { redirect: 'manual' });
      expect(`${response.status} ${redirectTarget(response)}`, page).toBe(`307 ${projectPath(team.slug)}`);
    }
  });

  it("leads a person's own wiki page to their page, written with underscores or without", async () => {
    const people = loadKnowledgeBase(importedCorpusContent('2014-01-2014-03')).entries.flatMap((e) => e.contacts.map((c) => c.name));
    const name = people.find((n) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(n) && /^[A-Za-z ]+$/.test(n))!;
    for (const page of [name.replace(' ', ''), name.replace(' ', '_')]) {
      const response = await fetch(site.url + wikiPath(page), { redirect: 'manual' });
      expect(`${response.status} ${redirectTarget(response)}`, page).toMatch(/^307 \/people\/[a-z0-9-]+$/);
    }
  });
});
