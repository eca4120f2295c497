import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { periodEndDate, robotsRules, sitemapEntries, SITEMAP_URL_LIMIT } from '../../lib/feeds';
import { collectPeopleIndex } from '../../lib/people';
import { projectsOf } from '../../lib/projects';
import { fixtureEntry, fixtureKb } from '../search/fixture-kb';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'content');
const ORIGIN = 'https://kb.example.org';

const kb = loadKnowledgeBase(SAMPLE);
const projects = projectsOf(kb);
const people = collectPeopleIndex(kb.entries, projects);

describe('the sitemap', () => {
  const urls = sitemapEntries({ kb, projects, people, origin: ORIGIN });
  const byUrl = new Map(urls.map((u) => [u.url, u]));

  it('lists every page once: home, reports, entries, projects, people, the open tasks and the references, but not search', () => {
    const lists = ['/tasks', '/references', '/references/review', '/references/pr', '/references/commit', '/references/man', '/references/port'];
    const expected = 1 + 1 + lists.length + kb.reports.length + kb.entries.length + 1 + projects.projects.length + 1 + people.people.length;
    expect(urls).toHaveLength(expected);
    expect(byUrl.size).toBe(urls.length);
    for (const page of [...lists, '/', '/reports', '/reports/2014-01-2014-03', '/reports/2014-01-2014-03/bhyve', '/projects', '/projects/bhyve', '/people', '/people/priya-raman']) {
      expect(byUrl.has(`${ORIGIN}${page}`), page).toBe(true);
    }
    expect(urls.filter((u) => u.url.includes('/search') || u.url.includes('/api/'))).toEqual([]);
    // A renamed project's old slug only redirects.
    expect(byUrl.has(`${ORIGIN}/projects/freebsd-release-engineering-team`)).toBe(false);
  });

  it('dates pages by the newest report they show, never by the build', () => {
    const date = (page: string) => (byUrl.get(`${ORIGIN}${page}`)?.lastModified as Date | undefined)?.toISOString();
    expect(date('/')).toBe('2025-07-01T00:00:00.000Z');
    expect(date('/reports/2014-01-2014-03')).toBe('2014-04-01T00:00:00.000Z');
    expect(date('/reports/2014-01-2014-03/bhyve')).toBe('2014-04-01T00:00:00.000Z');
    expect(date('/projects/bhyve')).toBe('2025-07-01T00:00:00.000Z');
    // Priya Raman's last entry is in the 2018 report.
    expect(date('/people/priya-raman')).toBe('2018-10-01T00:00:00.000Z');
    expect(urls.every((u) => u.lastModified instanceof Date && u.lastModified.getTime() <= Date.UTC(2025, 6, 1))).toBe(true);
  });

  it('leaves people out when given none', () => {
    const without = sitemapEntries({ kb, projects, origin: ORIGIN });
    expect(without.some((u) => u.url.includes('/people'))).toBe(false);
  });

  it('refuses to go past the protocol limit of URLs in one file', () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT }, (_, i) => fixtureEntry(`2020-01-2020-03/e${i}`));
    const big = fixtureKb(entries.slice(0, 1));
    expect(() => sitemapEntries({ kb: { ...big, entries }, projects: { projects: [] }, origin: ORIGIN })).toThrow(/over the protocol's 50000/);
  });
});

describe('robots.txt', () => {
  it('lets crawlers in everywhere but the API and search results, and names the sitemap', () => {
    expect(robotsRules(ORIGIN)).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/search'] }],
      sitemap: `${ORIGIN}/sitemap.xml`,
    });
  });
});

describe('periodEndDate', () => {
  it('is the first instant after the period, across a year end too', () => {
    expect(periodEndDate({ start: '2014-01', end: '2014-03' }).toISOString()).toBe('2014-04-01T00:00:00.000Z');
    expect(periodEndDate({ start: '2001-12', end: '2002-01' }).toISOString()).toBe('2002-02-01T00:00:00.000Z');
    expect(periodEndDate({ start: '2015-10', end: '2015-12' }).toISOString()).toBe('2016-01-01T00:00:00.000Z');
  });
});
