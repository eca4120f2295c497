import { describe, expect, it } from 'vitest';
import { formatSpan, shortReportLabel } from '../../lib/model';

describe('shortReportLabel', () => {
  it.each([
    ['2014-01-2014-03', '2014 Q1'],
    ['2001-06', 'Jun 2001'],
    ['2001-12-2002-01', 'Dec 2001–Jan 2002'],
    ['2018-01-2018-09', 'Jan–Sep 2018'],
    ['2013-05-devsummit', 'May 2013 summit'],
  ])('%s → %s', (id, label) => expect(shortReportLabel(id)).toBe(label));
});

describe('formatSpan', () => {
  it('writes one year once and a span with an en dash', () => {
    expect(formatSpan({ first: 2014, last: 2014 })).toBe('2014');
    expect(formatSpan({ first: 2012, last: 2026 })).toBe('2012–2026');
  });
});
