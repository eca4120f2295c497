import { describe, expect, it } from 'vitest';
import { answerSearchRequest, createSearchEngine } from '../../lib/search';
import { periodLabel, queryPeriodNote, readQueryPeriod } from '../../lib/search/query-period';
import { allYearsState, periodSuffix } from '../../lib/site/search-view';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const SPAN = { first: 2001, last: 2026 };

describe('a year or a quarter among the words of a query', () => {
  it.each([
    ['quuxfs 2019', '2019-01', '2019-12', '2019'],
    ['2019 quuxfs', '2019-01', '2019-12', '2019'],
    ['quuxfs 2019Q3', '2019-07', '2019-09', '2019Q3'],
    ['quuxfs 2019q3', '2019-07', '2019-09', '2019q3'],
    ['quuxfs 2019-Q4', '2019-10', '2019-12', '2019-Q4'],
    ['quuxfs 2019 Q3', '2019-07', '2019-09', '2019 Q3'],
    ['Q1 2019 quuxfs', '2019-01', '2019-03', 'Q1 2019'],
    // Two years: the span from one to the other, as "quuxfs 2018 to 2020" would mean.
    ['quuxfs 2020 2018', '2018-01', '2020-12', '2020 … 2018'],
    // Only a year: the year's entries (lists them, as a filter without words does).
    ['2019', '2019-01', '2019-12', '2019'],
    // A range or a month written as one word.
    ['quuxfs 2018-2020', '2018-01', '2020-12', '2018-2020'],
    ['quuxfs 2018–2020', '2018-01', '2020-12', '2018–2020'],
    ['quuxfs 2019-09', '2019-09', '2019-09', '2019-09'],
    // The sentence's punctuation around the year, not part of it.
    ['quuxfs 2019,', '2019-01', '2019-12', '2019'],
    ['quuxfs (2019)', '2019-01', '2019-12', '2019'],
    ['quuxfs 2019.', '2019-01', '2019-12', '2019'],
    ['quuxfs, 2019?', '2019-01', '2019-12', '2019'],
    ['quuxfs 2019; frobvisor', '2019-01', '2019-12', '2019'],
    ['quuxfs 2019: snapshots', '2019-01', '2019-12', '2019'],
    ['quuxfs (2019 Q3)', '2019-07', '2019-09', '2019 Q3'],
    ['quuxfs (2018-2020).', '2018-01', '2020-12', '2018-2020'],
  ])('reads %j as %s to %s', (text, from, to, typed) => {
    expect(readQueryPeriod(text, SPAN)).toMatchObject({ from, to, typed });
  });

  it.each([
    ['a quoted year', '"2019" quuxfs'],
    ['a year in a quoted phrase', '"quuxfs 2019" snapshots'],
    ['a version', 'quuxfs 13.2'],
    ['a longer number', 'quuxfs 20190'],
    ['a date', 'quuxfs 2019-09-01'],
    ['an excluded year', 'quuxfs -2019'],
    ['a year before the first report', 'quuxfs 1999'],
    ['a year after the last report', 'quuxfs 2031'],
    ['a list of years', 'quuxfs 2017 2018 2019'],
    ['a quarter alone', 'quuxfs Q3'],
    ['a range running backwards', 'quuxfs 2020-2018'],
    ['a range leaving the span', 'quuxfs 1998-2003'],
    ['a thirteenth month', 'quuxfs 2019-13'],
    ['a version after a comma', 'quuxfs, 13.2.'],
    ['a version of a year', 'quuxfs 2019.1'],
    ['a date before a full stop', 'quuxfs 2019-09-01.'],
    ['an excluded year before a comma', 'quuxfs -2019,'],
    ['a quoted year before a comma', '"2019", quuxfs'],
    ['a longer number in parentheses', 'quuxfs (20190)'],
    ['a year joined to a word', 'quuxfs(2019)'],
  ])('leaves %s a word: %j', (_what, text) => {
    expect(readQueryPeriod(text, SPAN)).toBeUndefined();
  });

  it('blanks the words out, offsets kept, and quotes them for the literal query', () => {
    const period = readQueryPeriod('bhyve 2015 Q3 migration', SPAN);
    expect(period?.rest).toBe('bhyve         migration');
    expect(period?.literal).toBe('bhyve "2015" "Q3" migration');
    // Quoted, the words are read as words again.
    expect(readQueryPeriod(period?.literal ?? '', SPAN)).toBeUndefined();
  });

  it('blanks and quotes only the year, the punctuation around it kept as typed', () => {
    const period = readQueryPeriod('quuxfs (2019), snapshots', SPAN);
    expect(period?.rest).toBe('quuxfs (    ), snapshots');
    expect(period?.literal).toBe('quuxfs ("2019"), snapshots');
    expect(readQueryPeriod(period?.literal ?? '', SPAN)).toBeUndefined();
  });

  it.each([
    ['Q3 (2019)', 'Q3 2019'],
    ['(Q3 2019)', 'Q3 2019'],
    ['(Q3) 2019', 'Q3 2019'],
    ['Q3, 2019', 'Q3 2019'],
    ['2019 (Q3)', '2019 Q3'],
    ['2019, Q3', '2019 Q3'],
  ])("joins a quarter to its year across a sentence's punctuation: quuxfs %s", (text, typed) => {
    expect(readQueryPeriod(`quuxfs ${text}`, SPAN)).toMatchObject({ typed, from: '2019-07', to: '2019-09' });
  });

  it('gives a quarter in a list to the year written beside it, not to the one before the comma', () => {
    expect(readQueryPeriod('quuxfs 2018, Q3 2019', SPAN)).toMatchObject({ from: '2018-01', to: '2019-09' });
    expect(readQueryPeriod('quuxfs 2018, Q3', SPAN)).toMatchObject({ from: '2018-07', to: '2018-09' });
  });

  it('blanks and quotes a quarter and its year, the punctuation between and around them kept as typed', () => {
    const period = readQueryPeriod('quuxfs Q3 (2019) snapshots', SPAN);
    expect(period?.rest).toBe('quuxfs         ) snapshots');
    expect(period?.literal).toBe('quuxfs "Q3" ("2019") snapshots');
    expect(readQueryPeriod(period?.literal ?? '', SPAN)).toBeUndefined();
  });

  it('keeps a quarter apart from a year across a full stop, and a version or a date a word', () => {
    expect(readQueryPeriod('quuxfs Q3. 2019', SPAN)).toMatchObject({ typed: '2019', from: '2019-01', to: '2019-12' });
    expect(readQueryPeriod('quuxfs Q3 (13.2)', SPAN)).toBeUndefined();
    expect(readQueryPeriod('quuxfs Q3, 2019-09-01', SPAN)).toBeUndefined();
    expect(readQueryPeriod('quuxfs Q3 ("2019")', SPAN)).toBeUndefined();
  });

  it('says a period as readers say it', () => {
    expect(periodLabel('2019-01', '2019-12')).toBe('2019');
    expect(periodLabel('2019-07', '2019-09')).toBe('2019 Q3');
    expect(periodLabel('2018-01', '2020-12')).toBe('2018 to 2020');
    expect(periodLabel('2018-07', '2020-12')).toBe('2018-07 to 2020-12');
    expect(periodLabel('2019-09', '2019-09')).toBe('September 2019');
  });
});

const engine = createSearchEngine(
  fixtureKb([
    fixtureEntry('2017-01-2017-03/quuxfs', { title: 'Quuxfs snapshots', body: 'Quuxfs gains snapshots; compression is planned for 2019.' }),
    fixtureEntry('2019-01-2019-03/quuxfs', { title: 'Quuxfs send', body: 'Quuxfs send and receive between two gizmo boards.' }),
    fixtureEntry('2019-07-2019-09/quuxfs', { title: 'Quuxfs compression', body: 'Quuxfs compresses with a new codec.', category: 'kernel' }),
    fixtureEntry('2019-10-2019-12/frobvisor', { title: 'Frobvisor', body: 'Frobvisor boots guests.' }),
    fixtureEntry('2020-10-2020-12/quuxfs', { title: 'Quuxfs encryption', body: 'Quuxfs encrypts datasets.' }),
  ]),
);

function search(params: string) {
  const answer = answerSearchRequest(new URLSearchParams(params), engine);
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  return answer.body;
}

describe('a search with a year in its words', () => {
  it("limits the results, total and facets to the year's reports, the year no longer a word they must hold", () => {
    const response = search('q=quuxfs 2019');
    expect(response.results.map((r) => r.id).sort()).toEqual(['2019-01-2019-03/quuxfs', '2019-07-2019-09/quuxfs']);
    expect(response.total).toBe(2);
    expect(response.facets.years).toEqual({ 2019: 2 });
    expect(response.facets.categories).toEqual({ kernel: 1, projects: 1 });
    expect(response.query).toBe('quuxfs 2019');
    expect(response.queryPeriod).toEqual({ typed: '2019', label: '2019', from: '2019-01', to: '2019-12', applied: true, literal: 'quuxfs "2019"' });
  });

  it('reads a year with punctuation around it the same, the punctuation no word either', () => {
    for (const q of ['quuxfs 2019,', 'quuxfs (2019)', 'quuxfs 2019.', 'quuxfs, 2019?']) {
      const response = search(`q=${encodeURIComponent(q)}`);
      expect(response.results.map((r) => r.id).sort()).toEqual(['2019-01-2019-03/quuxfs', '2019-07-2019-09/quuxfs']);
      expect(response.queryPeriod).toMatchObject({ typed: '2019', applied: true });
      expect(response.query).toBe(q);
    }
  });

  it('reads a quarter as its three months', () => {
    expect(search('q=quuxfs 2019 Q3').results.map((r) => r.id)).toEqual(['2019-07-2019-09/quuxfs']);
    expect(search('q=Q1 2019 quuxfs').results.map((r) => r.id)).toEqual(['2019-01-2019-03/quuxfs']);
    // As a sentence writes it: the quarter, not all of 2019.
    expect(search(`q=${encodeURIComponent('quuxfs Q3 (2019)')}`).results.map((r) => r.id)).toEqual(['2019-07-2019-09/quuxfs']);
    expect(search(`q=${encodeURIComponent('quuxfs Q1, 2019')}`).results.map((r) => r.id)).toEqual(['2019-01-2019-03/quuxfs']);
  });

  it('finds what from/to find: the same results as the filter', () => {
    const typed = search('q=quuxfs 2019');
    const filtered = search('q=quuxfs&from=2019&to=2019');
    expect(typed.results.map((r) => r.id)).toEqual(filtered.results.map((r) => r.id));
    expect(typed.facets).toEqual(filtered.facets);
  });

  it('keeps the year a word when quoted: the literal query is the search over all years', () => {
    const response = search(`q=${encodeURIComponent('quuxfs "2019"')}`);
    // The 2017 entry holds the number in its text; the word also finds the reports named by it.
    expect(response.results.map((r) => r.id)).toContain('2017-01-2017-03/quuxfs');
    expect(response.queryPeriod).toBeUndefined();
  });

  it('lets given from/to win, the year no word either way', () => {
    const response = search('q=quuxfs 2019&from=2020&to=2020');
    expect(response.results.map((r) => r.id)).toEqual(['2020-10-2020-12/quuxfs']);
    expect(response.queryPeriod).toMatchObject({ typed: '2019', applied: false });
  });

  it("lists a year's entries newest first when the query is only the year", () => {
    const response = search('q=2019');
    expect(response.results.map((r) => r.id)).toEqual(['2019-10-2019-12/frobvisor', '2019-07-2019-09/quuxfs', '2019-01-2019-03/quuxfs']);
    expect(response.queryPeriod).toMatchObject({ applied: true, literal: '"2019"' });
  });

  it('searches all years, the number a word, when nothing in the period matches, and says so', () => {
    // No 2019 entry holds "snapshots"; the 2017 one plans something for 2019.
    const response = search('q=snapshots 2019');
    expect(response.results.map((r) => r.id)).toEqual(['2017-01-2017-03/quuxfs']);
    expect(response.query).toBe('snapshots 2019');
    expect(response.queryPeriod).toMatchObject({ label: '2019', applied: false, widened: true });
    expect(response.queryPeriod && queryPeriodNote(response.queryPeriod)).toBe('Nothing in 2019: all years searched, "2019" as a word');
    expect(periodSuffix(response.queryPeriod)).toBe('');
  });

  it('puts a correction back in the query as typed', () => {
    expect(search('q=quxufs 2019').correctedQuery).toBe('quuxfs 2019');
  });

  it('says what it did in the words the command line prints', () => {
    const note = search('q=quuxfs 2019 Q3').queryPeriod;
    expect(note && queryPeriodNote(note)).toBe('Limited to 2019 Q3, read from "2019 Q3" in the query. All years: quuxfs "2019" "Q3"');
  });
});

describe("the header box's last option", () => {
  it('says the period the count is limited to, and nothing when from/to won or none was read', () => {
    expect(periodSuffix(search('q=quuxfs 2019').queryPeriod)).toBe(' in 2019');
    expect(periodSuffix(search('q=quuxfs 2019&from=2020').queryPeriod)).toBe('');
    expect(periodSuffix(search('q=quuxfs').queryPeriod)).toBe('');
  });
});

describe("the search page's way to all years", () => {
  const state = { q: 'quuxfs 2019', page: 3, collapse: false, newest: false, category: 'kernel' };

  it('quotes the year of the query and keeps the other filters', () => {
    const note = search('q=quuxfs 2019').queryPeriod;
    expect(allYearsState(state, note)).toEqual({ ...state, q: 'quuxfs "2019"', page: 1 });
  });

  it('drops from/to, and without a year in the query keeps the query', () => {
    expect(allYearsState({ ...state, q: 'quuxfs', from: '2019', to: '2019' }, undefined)).toEqual({ ...state, q: 'quuxfs', page: 1 });
  });
});
