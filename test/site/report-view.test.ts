import { describe, expect, it } from 'vitest';
import type { Entry, Report } from '../../lib/model';
import { categoryTitle, groupEntriesByCategory, groupReportsByYear, neighbourReports, quartersCoveredElsewhere } from '../../lib/site/report-view';

function report(id: string, start: string, end = start): Report {
  return {
    id,
    title: id,
    period: { start, end },
    categories: [
      { key: 'projects', title: 'Projects', order: 2 },
      { key: 'kernel', title: 'Kernel', order: 1 },
      { key: 'ports', title: 'Ports', order: 3 },
    ],
    intro: '',
  };
}

function entry(slug: string, category: string): Entry {
  return {
    id: `r/${slug}`, slug, title: slug, report: 'r', category, contacts: [], links: [], sponsors: [], tasks: [],
    source: { format: 'markdown', file: `r/${slug}.md` }, body: '',
  };
}

describe('groupEntriesByCategory', () => {
  it('follows the category order, keeps entry order and drops empty categories', () => {
    const groups = groupEntriesByCategory(report('r', '2014-01'), [entry('b', 'projects'), entry('a', 'kernel'), entry('c', 'projects')]);
    expect(groups.map((g) => [g.category.key, g.entries.map((e) => e.slug)])).toEqual([
      ['kernel', ['a']],
      ['projects', ['b', 'c']],
    ]);
  });

  it('keeps the categories without entries where asked, in their place', () => {
    const groups = groupEntriesByCategory(report('r', '2014-01'), [entry('b', 'projects')], { keepEmpty: true });
    expect(groups.map((g) => [g.category.key, g.entries.length])).toEqual([
      ['kernel', 0],
      ['projects', 1],
      ['ports', 0],
    ]);
  });

  it('puts an entry of an undefined category in a group of its own, last', () => {
    const groups = groupEntriesByCategory(report('r', '2014-01'), [entry('x', 'misc'), entry('a', 'kernel')]);
    expect(groups.map((g) => g.category.title)).toEqual(['Kernel', 'misc']);
  });
});

describe('groupReportsByYear', () => {
  it('puts the newest year and the newest report first', () => {
    const groups = groupReportsByYear([
      report('2013-10-2013-12', '2013-10', '2013-12'),
      report('2014-01-2014-03', '2014-01', '2014-03'),
      report('2014-04-2014-06', '2014-04', '2014-06'),
    ]);
    expect(groups.map((g) => [g.year, g.reports.map((r) => r.id)])).toEqual([
      ['2014', ['2014-04-2014-06', '2014-01-2014-03']],
      ['2013', ['2013-10-2013-12']],
    ]);
  });
});

describe('categoryTitle', () => {
  it('names a defined category and falls back to the key', () => {
    expect(categoryTitle(report('r', '2014-01'), 'kernel')).toBe('Kernel');
    expect(categoryTitle(report('r', '2014-01'), 'misc')).toBe('misc');
  });
});

describe('formatPeriod', () => {
  it('names one month or a range of months', async () => {
    const { formatPeriod } = await import('../../lib/site/report-view');
    expect(formatPeriod({ start: '2001-06', end: '2001-06' })).toBe('June 2001');
    expect(formatPeriod({ start: '2013-10', end: '2013-12' })).toBe('October–December 2013');
    expect(formatPeriod({ start: '2001-12', end: '2002-01' })).toBe('December 2001–January 2002');
  });
});


describe('neighbourReports', () => {
  const reports = ['2001-06', '2001-07', '2001-08'].map((id) => report(id, id));
  it('gives the reports on either side, and none past the ends', () => {
    expect(neighbourReports(reports, '2001-07')).toEqual({ previous: reports[0], next: reports[2] });
    expect(neighbourReports(reports, '2001-06').previous).toBeUndefined();
    expect(neighbourReports(reports, '1999-01')).toEqual({});
  });
});

describe('quartersCoveredElsewhere', () => {
  it('leads each quarter no report is named after to the one report covering it, and leaves shared or uncovered ones out', () => {
    const reports = ['2009-01-2009-03', '2009-04-2009-09', '2009-10-2009-12', '2010-01-2010-02', '2010-02-2010-04', '2010-05-devsummit', '2010-07-2010-09'].map((id) => ({ id }));
    expect([...quartersCoveredElsewhere(reports)]).toEqual([
      ['2009-04-2009-06', '2009-04-2009-09'],
      ['2009-07-2009-09', '2009-04-2009-09'],
    ]);
  });
});
