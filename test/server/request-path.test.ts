import { describe, expect, it } from 'vitest';
import { lowerCaseSlugTarget, quarterReportTarget, requestPath, withDecodablePath } from '../../lib/server';

describe('requestPath', () => {
  it('drops the query, and only the query', () => {
    expect(requestPath('/api/search?q=bhyve&limit=5')).toBe('/api/search');
    expect(requestPath('/api/search')).toBe('/api/search');
    expect(requestPath('/api/search/?q=a?b')).toBe('/api/search/');
  });
});

describe('withDecodablePath', () => {
  it('leaves a path that decodes as it is, escapes and all', () => {
    for (const target of ['/', '/reports/2014-01-2014-03', '/people/s%C3%B8ren-weiss', '/wiki/Foo%2FBar?x=%E0']) {
      expect(withDecodablePath(target)).toBe(target);
    }
  });

  it('escapes the % signs of a path cut short or not UTF-8, keeping its query', () => {
    expect(withDecodablePath('/reports/%E0%A4%A')).toBe('/reports/%25E0%25A4%25A');
    expect(withDecodablePath('/projects/100%')).toBe('/projects/100%25');
    expect(withDecodablePath('/wiki/%ZZ?q=1%')).toBe('/wiki/%25ZZ?q=1%');
    expect(decodeURIComponent(requestPath(withDecodablePath('/reports/%FF')))).toBe('/reports/%FF');
  });
});

describe('lowerCaseSlugTarget', () => {
  it('sends a report, project, subject or person typed with capitals to its lower-case address, query and all', () => {
    expect(lowerCaseSlugTarget('/subjects/ZFS')).toBe('/subjects/zfs');
    expect(lowerCaseSlugTarget('/projects/BHyVe?x=A')).toBe('/projects/bhyve?x=A');
    expect(lowerCaseSlugTarget('/reports/2014-01-2014-03/PCI-SR-IOV-Infrastructure')).toBe('/reports/2014-01-2014-03/pci-sr-iov-infrastructure');
    // And without the trailing slash Next would send it from next: one hop.
    expect(lowerCaseSlugTarget('/people/Gerald-Pfeifer/')).toBe('/people/gerald-pfeifer');
    expect(lowerCaseSlugTarget('/subjects/ZFS//?x=1')).toBe('/subjects/zfs?x=1');
  });

  it('does the same for the JSON API of entries, projects and subjects, and leaves search queries alone', () => {
    expect(lowerCaseSlugTarget('/api/subjects/ZFS')).toBe('/api/subjects/zfs');
    expect(lowerCaseSlugTarget('/api/projects/BHYVE')).toBe('/api/projects/bhyve');
    expect(lowerCaseSlugTarget('/api/entries/2014-01-2014-03/BHyVe')).toBe('/api/entries/2014-01-2014-03/bhyve');
    expect(lowerCaseSlugTarget('/api/search?q=ZFS')).toBeUndefined();
  });

  it('leaves lower-case paths, percent-escapes, and the wiki and references, whose names keep their case', () => {
    expect(lowerCaseSlugTarget('/subjects/zfs?q=ZFS')).toBeUndefined();
    expect(lowerCaseSlugTarget('/people/ren%C3%A9')).toBeUndefined();
    expect(lowerCaseSlugTarget('/people/REN%C3%A9')).toBe('/people/ren%C3%A9');
    // An escape cut short is no capital either: the page that does not exist answers 404.
    expect(lowerCaseSlugTarget('/reports/%E0%A4%A')).toBeUndefined();
    expect(lowerCaseSlugTarget('/reports/X%E0%A4%A')).toBe('/reports/x%E0%A4%A');
    expect(lowerCaseSlugTarget('/wiki/BHyVe')).toBeUndefined();
    expect(lowerCaseSlugTarget('/references/review/D12345')).toBeUndefined();
    expect(lowerCaseSlugTarget('/Subjects/zfs')).toBeUndefined();
  });
});

describe('quarterReportTarget', () => {
  // Reports of 2014 Q1, and of 2018 Q1, Q2 and Q3 in one.
  const covering = new Map([['2018-04-2018-06', '2018-01-2018-09'], ['2018-07-2018-09', '2018-01-2018-09']]);
  const reportOf = (id: string): string | undefined => (id === '2014-01-2014-03' || id === '2018-01-2018-09' ? id : covering.get(id));

  it('sends a quarter as readers write it to its report, in one hop, its entries and query too', () => {
    for (const quarter of ['2014-Q1', '2014-q1', '2014Q1', '2014q1', '2014_Q1', '2014%20Q1']) expect(quarterReportTarget(`/reports/${quarter}`, reportOf)).toBe('/reports/2014-01-2014-03');
    expect(quarterReportTarget('/reports/2014-Q1/', reportOf)).toBe('/reports/2014-01-2014-03');
    expect(quarterReportTarget('/reports/2014-Q1/BHyVe?x=A', reportOf)).toBe('/reports/2014-01-2014-03/bhyve?x=A');
  });

  it('sends an entry of the API named by its quarter to its report id, as the page form is', () => {
    expect(quarterReportTarget('/api/entries/2014-Q1/BHyVe?x=1', reportOf)).toBe('/api/entries/2014-01-2014-03/bhyve?x=1');
    expect(quarterReportTarget('/api/entries/2018q2/bhyve/', reportOf)).toBe('/api/entries/2018-01-2018-09/bhyve');
    expect(quarterReportTarget('/api/entries/2015-Q1/bhyve', reportOf)).toBeUndefined();
    expect(quarterReportTarget('/api/projects/2014-Q1', reportOf)).toBeUndefined();
  });

  it('sends a quarter a longer report covers to that report', () => {
    expect(quarterReportTarget('/reports/2018-Q2', reportOf)).toBe('/reports/2018-01-2018-09');
    expect(quarterReportTarget('/reports/2018-Q3', reportOf)).toBe('/reports/2018-01-2018-09');
  });

  it('leaves quarters without a report, other paths and non-quarters alone', () => {
    expect(quarterReportTarget('/reports/2015-Q1', reportOf)).toBeUndefined();
    expect(quarterReportTarget('/reports/2014-Q5', reportOf)).toBeUndefined();
    expect(quarterReportTarget('/reports/2014-Q12', reportOf)).toBeUndefined();
    expect(quarterReportTarget('/projects/2014-Q1', reportOf)).toBeUndefined();
    expect(quarterReportTarget('/reports/2014-01-2014-03', reportOf)).toBeUndefined();
  });
});
