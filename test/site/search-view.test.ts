import { describe, expect, it } from 'vitest';
import type { SearchUrlState } from '../../lib/site/search-url';
import {
  activeFilters,
  categoryTitles,
  formatTook,
  literalQuery,
  onePerProject,
  resultCount,
  filterWords,
  resultsAnnouncement,
  searchPageTitle,
  shorterQuery,
} from '../../lib/site/search-view';

describe('search page text', () => {
  it('counts results and announces them', () => {
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(1234)).toBe('1,234 results');
    expect(resultsAnnouncement(12, ' bhyve ')).toBe('12 results for “bhyve”');
    expect(resultsAnnouncement(0, 'zzz')).toBe('No results for “zzz”');
    // A year read from the query limits the results: said as a filter is.
    const period = { typed: '2019', label: '2019', from: '2019-01', to: '2019-12', applied: true, literal: 'zfs "2019"' };
    expect(resultsAnnouncement(9, 'zfs 2019', { period })).toBe('9 results for “zfs 2019” in 2019');
    expect(resultsAnnouncement(9, 'zfs 2019', { period: { ...period, applied: false, widened: true } })).toBe('9 results for “zfs 2019”');
    // Filters alone, no words: nothing to quote.
    expect(resultsAnnouncement(441, ' ')).toBe('441 results with these filters, newest first');
    expect(resultsAnnouncement(0, '')).toBe('No results with these filters');
  });

  it('says the filters and the page turned, so that turning one is announced again', () => {
    expect(resultsAnnouncement(12, 'bhyve', { filters: 'in 2014, in Kernel', page: 2, pages: 2 })).toBe('12 results for “bhyve” in 2014, in Kernel, page 2 of 2');
    expect(resultsAnnouncement(12, 'bhyve', { page: 1, pages: 2 })).toBe('12 results for “bhyve”');
    expect(resultsAnnouncement(0, 'zzz', { filters: 'in 2001' })).toBe('No results for “zzz” in 2001');
    // A page past the last is not announced as one of them.
    expect(resultsAnnouncement(12, 'bhyve', { page: 9, pages: 2 })).toBe('12 results for “bhyve”');
    // No words: the filters are all there is to say, and another filter of the same count is said too.
    expect(resultsAnnouncement(441, '', { filters: 'in Kernel', page: 3, pages: 45 })).toBe('441 results in Kernel, newest first, page 3 of 45');
    expect(resultsAnnouncement(441, '', { filters: 'in Userland' })).toBe('441 results in Userland, newest first');
  });

  it('puts the filters in words: a period, a category, a person', () => {
    const f = (kind: string, label: string) => ({ kind, label });
    expect(filterWords([f('start', 'from 2014-01'), f('end', 'to 2015-06'), f('category', 'Kernel'), f('person', 'Priya Raman')])).toBe('from 2014-01 to 2015-06, in Kernel, by Priya Raman');
    expect(filterWords([f('year', '2014')])).toBe('in 2014');
    expect(filterWords([])).toBe('');
  });

  it('titles a page of a search with its filters and its page', () => {
    expect(searchPageTitle(' bhyve ')).toBe('bhyve · Search');
    expect(searchPageTitle('bhyve', { filters: 'in 2014, in Kernel', page: 2 })).toBe('bhyve in 2014, in Kernel (page 2) · Search');
    expect(searchPageTitle('', { filters: 'by Priya Raman' })).toBe('by Priya Raman · Search');
    expect(searchPageTitle('')).toBe('Browse · Search');
  });

  it('rounds the time taken', () => {
    expect(formatTook(0.4321)).toBe('0.4 ms');
    expect(formatTook(12.6)).toBe('13 ms');
  });

  it('quotes the corrected words for "search instead for"', () => {
    expect(literalQuery('bhyev', 'bhyve')).toBe('"bhyev"');
    expect(literalQuery('bhyev live migration', 'bhyve live migration')).toBe('"bhyev" live migration');
    expect(literalQuery('bhyve', 'bhyve')).toBeUndefined();
    expect(literalQuery('"bhyev" x', '"bhyve" x')).toBeUndefined();
  });

  it('drops the last word for a shorter query', () => {
    expect(shorterQuery(' zfs  boot loader ')).toBe('zfs boot');
    expect(shorterQuery('zfs')).toBeUndefined();
  });

  it('names each active filter and the search without it', () => {
    const state: SearchUrlState = { q: 'x', from: '2014', to: '2014', category: 'kernel', person: 'ed-maste', page: 2, collapse: true };
    const filters = activeFilters(state, { kernel: 'Kernel' });
    expect(filters.map((f) => [f.kind, f.label])).toEqual([
      ['year', '2014'],
      ['category', 'Kernel'],
      ['person', 'ed-maste'],
    ]);
    expect(filters[0]?.without).toEqual({ q: 'x', category: 'kernel', person: 'ed-maste', page: 1, collapse: true });
    // Named as the page was given the person's name.
    expect(activeFilters(state, {}, { 'ed-maste': 'Ed Maste' }).at(-1)?.label).toBe('Ed Maste');
    const range = activeFilters({ q: 'x', from: '2014-03', to: '2015', page: 1, collapse: false }, {});
    expect(range.map((f) => f.label)).toEqual(['from 2014-03', 'to 2015']);
  });

  it('takes the title most reports give a category', () => {
    const reports = [
      { categories: [{ key: 'network', title: 'Network infrastructure' }, { key: 'kernel', title: 'Kernel' }] },
      { categories: [{ key: 'network', title: 'Network Infrastructure' }] },
      { categories: [{ key: 'network', title: 'Network Infrastructure' }] },
    ];
    expect(categoryTitles(reports)).toEqual({ kernel: 'Kernel', network: 'Network Infrastructure' });
  });

  it('of titles as many reports use, takes the newest report\'s', () => {
    const reports = [{ categories: [{ key: 'kernel', title: 'Kernel Projects' }] }, { categories: [{ key: 'kernel', title: 'Kernel' }] }];
    expect(categoryTitles(reports)).toEqual({ kernel: 'Kernel' });
    expect(categoryTitles([...reports].reverse())).toEqual({ kernel: 'Kernel Projects' });
  });
});

describe('onePerProject', () => {
  it("keeps each project's best result, in rank order, with its rank, up to the limit; an entry of no project is its own", () => {
    const r = (id: string, project: string | null) => ({ id, project });
    const results = [r('a1', 'a'), r('a2', 'a'), r('x', null), r('b1', 'b'), r('y', null), r('a3', 'a'), r('c1', 'c')];
    expect(onePerProject(results, 10).map(({ result, rank }) => [result.id, rank])).toEqual([
      ['a1', 0],
      ['x', 2],
      ['b1', 3],
      ['y', 4],
      ['c1', 6],
    ]);
    expect(onePerProject(results, 2).map(({ result }) => result.id)).toEqual(['a1', 'x']);
  });
});
