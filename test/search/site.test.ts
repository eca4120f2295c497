import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../lib/model';
import { getSearchEngine, parseSearchParams } from '../../lib/search';
import { withSiteAnswers } from '../../lib/search/site';
import type { SearchEngine } from '../../lib/search/search';
import { tempDir } from '../temp-dir';

const SAMPLE = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('getSearchEngine', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('builds one engine per process over the content folder, not one per call', () => {
    vi.stubEnv('KB_CONTENT_DIR', SAMPLE);
    vi.stubEnv('KB_SEARCH_CACHE', 'off');
    const engine = getSearchEngine();
    expect(getSearchEngine()).toBe(engine);
    expect(engine.size).toBeGreaterThan(20);
    expect(engine.search({ text: 'sr-iov', limit: 1, offset: 0 }).results[0]?.title).toMatch(/SR-IOV/);
  });

  it("filters by a person's slug published before as by their slug now", () => {
    const dir = tempDir('kb-search-site-');
    cpSync(SAMPLE, dir, { recursive: true });
    // Published when Priya Raman's first entry was filed under another spelling of her name.
    writeFileSync(path.join(dir, 'people-slugs.json'), `${JSON.stringify({ 'priya-ramanathan': ['2014-01-2014-03/bhyve'] })}\n`);
    vi.stubEnv('KB_CONTENT_DIR', dir);
    vi.stubEnv('KB_SEARCH_CACHE', 'off');
    const ids = (person: string): string[] => getSearchEngine().search({ text: '', person, limit: 50, offset: 0 }).results.map((r) => r.id);
    expect(ids('priya-raman').length).toBeGreaterThan(1);
    expect(ids('priya-ramanathan')).toEqual(ids('priya-raman'));
  });

  it('filters by a person named by an address, in any case, as by their slug', () => {
    vi.stubEnv('KB_CONTENT_DIR', SAMPLE);
    vi.stubEnv('KB_SEARCH_CACHE', 'off');
    const ids = (person: string): string[] => getSearchEngine().search({ text: '', person, limit: 50, offset: 0 }).results.map((r) => r.id);
    expect(ids('priya-raman').length).toBeGreaterThan(1);
    const parsed = parseSearchParams({ person: 'PRaman@Example.org' });
    expect(parsed.ok && ids(parsed.query.person!)).toEqual(ids('priya-raman'));
    expect(getSearchEngine().filterError({ text: '', person: 'nobody@example.org', limit: 1, offset: 0 })).toMatch(/^person "nobody@example.org"/);
  });

  it('gives an address a team signs with to the team, though a member signed more entries with it', () => {
    const someone = (slug: string, kind: Person['kind'], entries: number): Person => ({
      slug, name: slug, names: [slug], kind, emails: ['widgets@example.org'], projects: [],
      entryIds: Array.from({ length: entries }, (_, i) => `2020-01-2020-03/e${i}`),
    });
    const people = { people: [someone('ada-example', 'person', 40), someone('widget-team', 'team', 5)], redirects: new Map<string, string>(), byEntryId: new Map<string, Person[]>() };
    // The engine's filter check echoes the person it was given: what the address was read as.
    const engine = { filterError: (query) => query.person } as SearchEngine;
    const site = withSiteAnswers(engine, { byName: new Map(), byEntryId: new Map() }, people);
    expect(site.filterError({ text: '', person: 'widgets@example.org', limit: 1, offset: 0 })).toBe('widget-team');
  });

  it("gives a role's address that several people signed with, and no team, to none of them", () => {
    const holder = (slug: string, entries: number, own: string): Person => ({
      slug, name: slug, names: [slug], kind: 'person', emails: [own, 'gizmo-secretary@example.org'], projects: [],
      entryIds: Array.from({ length: entries }, (_, i) => `2020-01-2020-03/${slug}-${i}`),
    });
    const people = { people: [holder('ada-example', 30, 'ada@example.org'), holder('bo-example', 8, 'bo@example.org')], redirects: new Map<string, string>(), byEntryId: new Map<string, Person[]>() };
    const engine = { filterError: (query) => query.person } as SearchEngine;
    const site = withSiteAnswers(engine, { byName: new Map(), byEntryId: new Map() }, people);
    const read = (person: string) => site.filterError({ text: '', person, limit: 1, offset: 0 });
    expect(read('gizmo-secretary@example.org')).toBe('person "gizmo-secretary@example.org" is a role\'s address that several people signed with (ada-example, bo-example): name one of them');
    expect(read('bo@example.org')).toBe('bo-example');
  });
});
