import { describe, expect, it } from 'vitest';
import { filterSearchPath, notFoundSearch, notFoundSuggestions } from '../../lib/site/search-instead';
import type { SearchResult } from '../../lib/search/types';

describe('filterSearchPath', () => {
  it('searches the full text for the words a filter was given, single-spaced', () => {
    expect(filterSearchPath('  frobnicator   driver ')).toBe('/search?q=frobnicator+driver');
    expect(filterSearchPath('wibble&x=1')).toBe('/search?q=wibble%26x%3D1');
  });

  it('offers nothing for a blank filter', () => {
    expect(filterSearchPath('')).toBeUndefined();
    expect(filterSearchPath('   ')).toBeUndefined();
  });
});

describe('notFoundSearch', () => {
  it.each([
    ['/projects/frobnicator-driver', 'frobnicator driver', '/projects'],
    ['/subjects/wibble_fs/', 'wibble fs', '/subjects'],
    ['/people/ann-example', 'ann example', '/people'],
    ['/projects/caf%C3%A9-board', 'café board', '/projects'],
  ])('%s → a search for "%s" and %s', (pathname, words, listPath) => {
    const found = notFoundSearch(pathname);
    expect(found?.words).toBe(words);
    expect(found?.searchPath).toBe(`/search?${new URLSearchParams({ q: words }).toString()}`);
    expect(found?.listPath).toBe(listPath);
  });

  it.each(['/reports/2001-06', '/projects', '/projects/', '/projects/a/b', '/projects/%E0%A4%A', '/projects/---', '/projectsx/zfs'])(
    'offers no search for %s',
    (pathname) => {
      expect(notFoundSearch(pathname)).toBeUndefined();
    },
  );
});

describe('notFoundSuggestions', () => {
  const result = (project: string | null, title: string, projectTitle: string | null = title): SearchResult => ({
    id: `2031-01-2031-03/${title.toLowerCase().replace(/\W+/g, '-')}`, report: '2031-01-2031-03', slug: '', title, category: 'kernel', project, projectTitle, url: '', snippet: '', score: 1,
  });

  it('asks the search, one result per project, for a missing project or subject, never for a person', () => {
    expect(notFoundSearch('/projects/gizmo-team')?.suggestPath).toBe('/api/search?q=gizmo+team&collapse=1&limit=5');
    expect(notFoundSearch('/subjects/quuxfs')?.suggestPath).toBe('/api/search?q=quuxfs&collapse=1&limit=5');
    expect(notFoundSearch('/people/ann-example')?.suggestPath).toBeUndefined();
  });

  it('suggests the subject the words name, then the projects of the first results whose titles hold most of the telling words, each title once', () => {
    const subject = { slug: 'quuxfs', title: 'QuuxFS', url: '/subjects/quuxfs', span: { first: 2020, last: 2031 }, entries: 4, projects: 2, via: 'query' as const };
    expect(
      notFoundSuggestions('gizmo team', {
        subject,
        results: [
          result('freebsd-gizmo-team', 'Gizmo Team, 2031 Q1', 'FreeBSD Gizmo Team'),
          result(null, 'Lone Note'),
          // One of the two telling words: found for the other in its text.
          result('widget-team', 'Widget Team'),
          result('freebsd-gizmo-team', 'Gizmo Team again', 'FreeBSD Gizmo Team'),
          // Another project of the same title: a second link no reader could tell from the first.
          result('gizmo-team-2', 'Gizmo Team', 'FreeBSD Gizmo Team'),
        ],
      }),
    ).toEqual([
      { title: 'QuuxFS (subject)', url: '/subjects/quuxfs' },
      { title: 'FreeBSD Gizmo Team', url: '/projects/freebsd-gizmo-team' },
    ]);
    // Plurals, and words that tell nothing: "support" and "on" match any title.
    expect(notFoundSuggestions('gizmo-ports', { results: [result('gizmo-port', 'Gizmo Port')] }).map((s) => s.url)).toEqual(['/projects/gizmo-port']);
    expect(notFoundSuggestions('plugh-support', { results: [result('hot-plug-support', 'Hot-plug Support')] })).toEqual([]);
    expect(notFoundSuggestions('quuxfs-on-arm', { results: [result('go-on-riscv', 'go on riscv')] })).toEqual([]);
    // A subject most results follow, though the words do not name it, is a guess about results, not about the address.
    expect(notFoundSuggestions('quuxfs', { subject: { ...subject, via: 'results' }, results: [] })).toEqual([]);
  });
});
