import { describe, expect, it } from 'vitest';
import { compareReportIds, parseReportId, reportLabel } from '../../lib/model';

describe('parseReportId', () => {
  it.each([
    ['2014-01-2014-03', { start: '2014-01', end: '2014-03' }],
    ['2001-06', { start: '2001-06', end: '2001-06' }],
    ['2001-12-2002-01', { start: '2001-12', end: '2002-01' }],
    ['2013-05-devsummit', { start: '2013-05', end: '2013-05' }],
  ])('reads the period of %s', (id, period) => {
    expect(parseReportId(id)?.period).toEqual(period);
  });

  it.each(['sample', 'template', '2014-13-2014-14', '2014-03-2014-01', '2014', '../2014-01'])('rejects %s', (id) => {
    expect(parseReportId(id)).toBeUndefined();
  });
});

describe('reportLabel', () => {
  it.each([
    ['2014-01-2014-03', '2014 Q1 (January–March)'],
    ['2020-10-2020-12', '2020 Q4 (October–December)'],
    ['2001-06', 'June 2001'],
    ['2013-05-devsummit', 'May 2013 Developer Summit'],
    ['2003-03-2003-09', 'March–September 2003'],
    ['2001-12-2002-01', 'December 2001–January 2002'],
    ['2018-01-2018-09', 'January–September 2018'],
  ])('labels %s as %s', (id, label) => {
    expect(reportLabel(id)).toBe(label);
  });
});

describe('compareReportIds', () => {
  it('orders by period, not by string', () => {
    const ids = ['2014-01-2014-03', '2013-05-devsummit', '2001-12-2002-01', '2001-06', '2013-04-2013-06'];
    expect([...ids].sort(compareReportIds)).toEqual([
      '2001-06',
      '2001-12-2002-01',
      '2013-04-2013-06',
      '2013-05-devsummit',
      '2014-01-2014-03',
    ]);
  });
});
