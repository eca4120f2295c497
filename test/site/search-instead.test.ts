import { describe, expect, it } from 'vitest';
import { filterSearchPath, notFoundSearch } from '../../lib/site/search-instead';

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
