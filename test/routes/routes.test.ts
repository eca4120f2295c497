import { describe, expect, it } from 'vitest';
import { catchAllName, entryAnchorPath, entryPath, referencePath, reportPath, reportsPath, searchQueryPath, wikiPath } from '../../lib/routes';

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

  // Regression (issue 12): decoding a segment that Next.js had already decoded threw on `%`, a 500.
  it('reads a catch-all name alike from the encoded segments a page gets and the decoded ones its metadata gets', () => {
    for (const name of ['100%', '%E0%A4%A', 'Gábor Kövesdán', 'dev/ath(4)', 'FreeBSD/arm/Radxa Rock']) {
      const encoded = wikiPath(name).slice('/wiki/'.length).split('/');
      expect(catchAllName(encoded)).toBe(name);
      expect(catchAllName(encoded.map(decodeURIComponent))).toBe(name);
    }
    const reference = referencePath({ kind: 'port', id: 'x11/100%' }).split('/').slice(3);
    expect(catchAllName(reference)).toBe('x11/100%');
  });

  it('never throws on a segment that does not decode', () => {
    expect(catchAllName(['%', '%ff', '%E0%A4%A'])).toBe('%/%ff/%E0%A4%A');
  });
});
