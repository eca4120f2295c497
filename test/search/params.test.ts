import { describe, expect, it } from 'vitest';
import { parseSearchParams, type ParamLabels } from '../../lib/search/params';

describe('parseSearchParams', () => {
  it('fills in the defaults', () => {
    expect(parseSearchParams(new URLSearchParams('q=bhyve'))).toEqual({ ok: true, query: { text: 'bhyve', limit: 10, offset: 0, collapse: false } });
  });

  it('reads every parameter, from a URL or a record', () => {
    const url = new URLSearchParams('q=zfs&from=2014&to=2015-06&category=kernel&person=ed-maste&limit=100&offset=20&collapse=project');
    const expected = { text: 'zfs', from: '2014-01', to: '2015-06', category: 'kernel', person: 'ed-maste', limit: 100, offset: 20, collapse: true };
    expect(parseSearchParams(url)).toEqual({ ok: true, query: expected });
    expect(parseSearchParams(Object.fromEntries(url))).toEqual({ ok: true, query: expected });
  });

  it.each([
    ['1', true], ['true', true], ['project', true], ['0', false], ['false', false], ['none', false],
  ])('reads collapse=%s (DESIGN.md writes 1; project is the older form)', (value, collapse) => {
    expect(parseSearchParams({ q: 'zfs', collapse: value })).toMatchObject({ ok: true, query: { collapse } });
  });

  it("reads a category and a person in any case, and a person by an address, as the site's addresses are", () => {
    const parsed = parseSearchParams({ category: 'Kernel', person: 'Ed-Maste' });
    expect(parsed.ok && parsed.query).toMatchObject({ category: 'kernel', person: 'ed-maste' });
    const byAddress = parseSearchParams({ person: 'EMaste@FreeBSD.org' });
    expect(byAddress.ok && byAddress.query.person).toBe('emaste@freebsd.org');
  });

  it('leaves parameters of other names alone when a search is asked (a cache-buster, a tracker)', () => {
    const parsed = parseSearchParams(new URLSearchParams('q=zfs&_=123&utm_source=wiki'));
    expect(parsed.ok && parsed.query.text).toBe('zfs');
  });

  it('reads sort=newest, and relevance as no sort asked', () => {
    expect(parseSearchParams({ q: 'zfs', sort: 'newest' })).toMatchObject({ ok: true, query: { sort: 'newest' } });
    expect(parseSearchParams({ q: 'zfs', sort: 'relevance' })).toEqual({ ok: true, query: { text: 'zfs', limit: 10, offset: 0, collapse: false } });
    expect(parseSearchParams({ q: 'zfs', sort: 'oldest' })).toEqual({ ok: false, error: 'sort must be newest or relevance (got "oldest")' });
  });

  it('reads page as the search page’s URL means it, limit results a page, for consumers who copy that URL', () => {
    expect(parseSearchParams({ q: 'zfs', page: '3' })).toMatchObject({ ok: true, query: { limit: 10, offset: 20 } });
    expect(parseSearchParams({ q: 'zfs', page: '2', limit: '25' })).toMatchObject({ ok: true, query: { limit: 25, offset: 25 } });
    expect(parseSearchParams({ q: 'zfs', page: '1' })).toMatchObject({ ok: true, query: { offset: 0 } });
  });

  it('reads a year as January when it is the lower bound and December as the upper one', () => {
    expect(parseSearchParams({ from: '2014', to: '2014' })).toMatchObject({ ok: true, query: { from: '2014-01', to: '2014-12' } });
  });

  it.each([
    ['punctuation only', { q: '?!.,;:' }],
    ['regular-expression metacharacters', { q: '.*+?^${}()|[]\\' }],
    ['HTML', { q: '<script>alert(1)</script>' }],
    ['an unknown but well-formed category', { q: 'x', category: 'no-such-category' }],
    ['a huge offset', { q: 'x', offset: '999999999999999' }],
    ['the largest offset the error message offers', { q: 'x', offset: '9007199254740991' }],
  ])('accepts %s (the search answers it with an empty result)', (_, input) => {
    expect(parseSearchParams(input).ok).toBe(true);
  });

  it.each([
    ['a 2,000-character query', { q: 'a'.repeat(2000) }, 'q'],
    ['a malformed from', { from: '2014-1' }, 'from'],
    ['a month 13', { to: '2014-13' }, 'to'],
    ['from after to', { from: '2015', to: '2014-12' }, 'from'],
    ['a non-numeric limit', { limit: 'ten' }, 'limit'],
    ['a negative limit', { limit: '-1' }, 'limit'],
    ['a zero limit', { limit: '0' }, 'limit'],
    ['a limit above 100', { limit: '101' }, 'limit'],
    ['a fractional limit', { limit: '2.5' }, 'limit'],
    ['a negative offset', { offset: '-5' }, 'offset'],
    ['an offset beyond safe integers', { offset: '99999999999999999999' }, 'offset'],
    ['an offset one beyond safe integers', { offset: '9007199254740992' }, 'offset'],
    ['a category that is not a slug', { category: 'Kernel <b>' }, 'category'],
    ['a person that is not a slug', { person: '../etc' }, 'person'],
    ['an unknown collapse', { collapse: 'year' }, 'collapse'],
    ['a limit with a leading zero', { q: 'x', limit: '010' }, 'limit'],
    ['an offset with a leading zero', { q: 'x', offset: '020' }, 'offset'],
    ['a page with a leading zero', { q: 'x', page: '02' }, 'page'],
    ['a repeated parameter', { q: ['a', 'b'] }, 'q'],
    ['page 0', { q: 'x', page: '0' }, 'page'],
    ['a page that is no number', { q: 'x', page: 'next' }, 'page'],
    ['both page and offset', { q: 'x', page: '2', offset: '10' }, 'offset'],
    ['an empty query', { q: '' }, 'q'],
    ['a query of blanks', { q: '   ' }, 'q'],
    ['no query at all', {}, 'q'],
    ['only parameters of other names', new URLSearchParams('_=123&utm_source=wiki'), 'q'],
  ])('refuses %s, naming the parameter', (_, input, name) => {
    const parsed = parseSearchParams(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(`^${name}\\b`));
  });

  it('names in its message every form a parameter takes', () => {
    // Each form the message names is read, and the message names each form that is read.
    const message = parseSearchParams({ q: 'x', collapse: 'year' });
    expect(message).toEqual({ ok: false, error: 'collapse must be 1, true or project (one result per project), or 0, false or none (got "year")' });
    for (const form of ['1', 'true', 'project', '0', 'false', 'none']) expect(parseSearchParams({ q: 'x', collapse: form }).ok).toBe(true);
    expect(parseSearchParams({ q: 'x', limit: '010' })).toEqual({ ok: false, error: 'limit must be a whole number from 1 to 100, in digits without leading zeros (got "010")' });
    expect(parseSearchParams({ q: 'x', offset: '0' })).toMatchObject({ ok: true, query: { offset: 0 } });
    expect(parseSearchParams({ q: 'x', limit: '10', offset: '100' })).toMatchObject({ ok: true, query: { limit: 10, offset: 100 } });
  });

  it('refuses a leading zero on the command line too, in its words', () => {
    const cli: ParamLabels = (name) => (name === 'q' ? 'the query' : `--${name}`);
    expect(parseSearchParams({ q: 'x', limit: '05' }, cli)).toMatchObject({ ok: false, error: expect.stringMatching(/^--limit must be a whole number from 1 to 100, in digits without leading zeros/) });
  });

  it.each([
    ['q=zfs&categroy=kernel', 'categroy', 'category'],
    ['q=zfs&Category=kernel', 'Category', 'category'],
    ['q=zfs&from_=2014', 'from_', 'from'],
    ['q=zfs&year=2014', 'year', 'from'],
    ['query=zfs', 'query', 'q'],
    ['Q=zfs', 'Q', 'q'],
    ['q=zfs&per_page=50', 'per_page', 'limit'],
  ])('refuses %s, a parameter misspelt or guessed, which would be ignored and the answer look unfiltered', (params, given, meant) => {
    const parsed = parseSearchParams(new URLSearchParams(params));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining(`"${given}" is no parameter of a search: did you mean ${meant}?`) });
  });

  it('leaves a name two slips from ours alone, rather than guess at it', () => {
    expect(parseSearchParams(new URLSearchParams('q=zfs&period=2014'))).toMatchObject({ ok: true });
  });

  it('names the parameters as the command line calls them', () => {
    const parsed = parseSearchParams({ q: 'zfs', categroy: 'kernel' }, (name) => (name === 'q' ? 'the query' : `--${name}`));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/did you mean --category\? \(the parameters are the query, --from, /) });
    const nothing = parseSearchParams({ q: '' }, (name) => (name === 'q' ? 'the query' : `--${name}`));
    expect(nothing).toMatchObject({ ok: false, error: expect.stringContaining('a filter (--from, --to, --category, --person)') });
  });

  it('refuses a query whose bytes are no UTF-8, as a URL in another encoding sends it, and reads one in UTF-8', () => {
    expect(parseSearchParams(new URLSearchParams('q=%E9t%E9'))).toMatchObject({ ok: false, error: expect.stringMatching(/^q holds U\+FFFD/) });
    expect(parseSearchParams(new URLSearchParams('q=%C3%A9t%C3%A9'))).toMatchObject({ ok: true, query: { text: 'été' } });
  });

  it('refuses a repeated parameter in a URL', () => {
    expect(parseSearchParams(new URLSearchParams('q=a&limit=5&limit=6'))).toMatchObject({ ok: false, error: expect.stringMatching(/^limit/) });
  });
});
