import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../lib/search/params';
import {
  hasFilters,
  hasQuery,
  onPage,
  passageUrl,
  readSearchUrlState,
  refineSearch,
  sameSearch,
  searchApiParams,
  searchApiPath,
  searchStatePath,
  selectedYear,
  withoutFilters,
  withYear,
  type SearchUrlState,
} from '../../lib/site/search-url';

const BASE: SearchUrlState = { q: 'bhyve', page: 1, collapse: false };

describe('search page URL state', () => {
  it('reads every parameter, from a URL or from Next’s searchParams record', () => {
    const url = new URLSearchParams('q=zfs+boot&from=2014&to=2015-06&category=kernel&person=ed-maste&collapse=1&page=3');
    const expected = { q: 'zfs boot', from: '2014', to: '2015-06', category: 'kernel', person: 'ed-maste', collapse: true, page: 3 };
    expect(readSearchUrlState(url)).toEqual(expected);
    expect(readSearchUrlState({ ...Object.fromEntries(url), q: ['zfs boot', 'ignored'] })).toEqual(expected);
  });

  it('falls back to the first page and no filters for anything odd', () => {
    expect(readSearchUrlState({})).toEqual({ q: '', page: 1, collapse: false });
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(readSearchUrlState({ q: 'x', page }).page).toBe(1);
    expect(readSearchUrlState({ q: 'x', category: '  ', collapse: 'yes' })).toEqual({ q: 'x', page: 1, collapse: false });
  });

  it('writes a state back as the same URL, defaults left out, in a fixed order', () => {
    const path = '/search?q=zfs+boot&from=2014&to=2015-06&category=kernel&person=ed-maste&collapse=1&page=3';
    expect(searchStatePath(readSearchUrlState(new URL(`http://x${path}`).searchParams))).toBe(path);
    expect(searchStatePath({ q: 'sr-iov & bhyve', page: 1, collapse: false })).toBe('/search?q=sr-iov+%26+bhyve');
    expect(searchStatePath({ q: '   ', page: 1, collapse: false })).toBe('/search');
    expect(searchStatePath({ q: ' bhyve ', page: 1, collapse: false })).toBe('/search?q=bhyve');
  });

  it('keeps "newest first" in the page URL and asks the API for it', () => {
    const state = readSearchUrlState(new URLSearchParams('q=bhyve&sort=newest'));
    expect(state).toEqual({ q: 'bhyve', page: 1, collapse: false, newest: true });
    expect(searchStatePath(state)).toBe('/search?q=bhyve&sort=newest');
    expect(searchApiPath(state)).toBe('/api/search?q=bhyve&sort=newest&limit=10');
  });

  it('asks the API for the page as offset and limit, in terms parseSearchParams accepts', () => {
    const state: SearchUrlState = { q: ' zfs ', from: '2014', category: 'kernel', page: 3, collapse: true };
    expect(searchApiPath(state)).toBe('/api/search?q=zfs&from=2014&category=kernel&collapse=1&limit=10&offset=20');
    expect(searchApiParams({ ...state, page: 1 }, 8).toString()).toBe('q=zfs&from=2014&category=kernel&collapse=1&limit=8');
    expect(parseSearchParams(searchApiParams(state))).toEqual({
      ok: true,
      query: { text: 'zfs', from: '2014-01', category: 'kernel', limit: 10, offset: 20, collapse: true },
    });
  });

  it('starts a narrower or wider search on its first page', () => {
    const onThree = onPage(BASE, 3);
    expect(onThree.page).toBe(3);
    expect(refineSearch(onThree, { category: 'kernel' })).toEqual({ ...BASE, category: 'kernel' });
    expect(withYear(onThree, '2014')).toEqual({ ...BASE, from: '2014', to: '2014' });
    expect(withoutFilters({ ...onThree, from: '2014', to: '2014', person: 'ed-maste', collapse: true })).toEqual({ ...BASE, collapse: true });
    // A filter removed is gone, not undefined, so that states compare by their URLs.
    expect(Object.keys(refineSearch({ ...BASE, category: 'kernel' }, { category: undefined }))).not.toContain('category');
  });

  it('knows a one-year filter, filters at all, and an empty query', () => {
    expect(selectedYear(withYear(BASE, '2014'))).toBe('2014');
    expect(selectedYear({ ...BASE, from: '2014', to: '2015' })).toBeUndefined();
    expect(selectedYear({ ...BASE, from: '2014-01', to: '2014-01' })).toBeUndefined();
    expect(hasFilters(BASE)).toBe(false);
    expect(hasFilters({ ...BASE, person: 'ed-maste' })).toBe(true);
    expect(hasQuery({ ...BASE, q: '  ' })).toBe(false);
    expect(hasQuery({ ...BASE, q: '', category: 'kernel' })).toBe(true);
  });

  it('compares states by the results they show', () => {
    expect(sameSearch({ ...BASE, category: 'kernel' }, { category: 'kernel', collapse: false, page: 1, q: 'bhyve' })).toBe(true);
    expect(sameSearch(BASE, onPage(BASE, 2))).toBe(false);
    expect(sameSearch(BASE, { ...BASE, collapse: true })).toBe(false);
  });
});

describe('passageUrl', () => {
  const url = '/reports/2095-01-2095-03/kettle-driver';

  it('opens the entry at its first match and the words after it, to the end of its sentence at most', () => {
    expect(passageUrl(url, '…the driver now <mark>boils</mark> water. It stops in time…')).toBe(`${url}#:~:text=boils%20water.`);
    expect(passageUrl(url, '…it <mark>boils</mark>, then stops in time…')).toBe(`${url}#:~:text=boils%2C%20then%20stops%20in`);
    expect(passageUrl(url, '…it <mark>boils</mark> tea and coffee in the morning…')).toBe(`${url}#:~:text=boils%20tea%20and%20coffee`);
    // One word the page may hold earlier: the word before it says which.
    expect(passageUrl(url, '…what the <mark>kettle</mark>…')).toBe(`${url}#:~:text=the-,kettle`);
    expect(passageUrl(url, '…it ends. <mark>Kettle.</mark> More…')).toBe(`${url}#:~:text=Kettle.`);
  });

  it("escapes the characters a fragment's syntax uses and reads the snippet's HTML escapes", () => {
    expect(passageUrl(url, '…a <mark>well-known</mark> R&amp;D kettle…')).toBe(`${url}#:~:text=well%2Dknown%20R%26D%20kettle`);
  });

  it('leaves the URL alone where the snippet opens the entry or matches nothing', () => {
    expect(passageUrl(url, 'The <mark>kettle</mark> boils…')).toBe(url);
    expect(passageUrl(url, '…no match here…')).toBe(url);
  });
});
