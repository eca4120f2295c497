import { describe, expect, it } from 'vitest';
import { entryAnchorPath, entryPath, reportPath, reportsPath, searchQueryPath } from '../../lib/site/routes';

describe('site routes', () => {
  it('builds report and entry paths', () => {
    expect(reportsPath).toBe('/reports');
    expect(reportPath('2014-01-2014-03')).toBe('/reports/2014-01-2014-03');
    expect(entryPath('2014-01-2014-03/pci-sr-iov-infrastructure')).toBe('/reports/2014-01-2014-03/pci-sr-iov-infrastructure');
    expect(entryPath({ report: '2001-06', slug: 'bhyve' })).toBe('/reports/2001-06/bhyve');
    expect(entryAnchorPath({ report: '2001-06', slug: 'bhyve' })).toBe('/reports/2001-06#bhyve');
  });

  it('rejects a string that is not an entry id', () => {
    expect(() => entryPath('2014-01-2014-03')).toThrow(/not an entry id/);
  });

  it('encodes search queries', () => {
    expect(searchQueryPath('sr-iov & bhyve')).toBe('/search?q=sr-iov+%26+bhyve');
  });
});
