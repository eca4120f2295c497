import { describe, expect, it } from 'vitest';
import {
  cachedUpstreamCatalog,
  upstreamCatalog,
  upstreamEntryPath,
  upstreamLinkTarget,
  upstreamRedirectTarget,
  upstreamReportPaths,
  type CatalogSource,
} from '../../lib/site/upstream-urls';

// A made-up knowledge base: one HTML-era report, one AsciiDoc report with file names upstream
// wrote in every style, one special edition.
const SOURCE: CatalogSource = {
  reports: [
    { id: '2003-10-2003-12', categories: [{ key: 'kernel', title: 'Kernel', order: 0 }] },
    { id: '2031-04-2031-06', categories: [{ key: 'projects', title: 'Projects', order: 0 }] },
    { id: '2013-05-devsummit', categories: [] },
  ],
  entries: [
    { report: '2003-10-2003-12', slug: 'acpi', title: 'ACPI', category: 'kernel', source: { format: 'xml', file: 'xml/report-2003-10-2003-12.xml' } },
    { report: '2031-04-2031-06', slug: 'gizmo-jails', title: 'Gizmo Jails', category: 'projects', source: { format: 'adoc', file: 'adoc/report-2031-04-2031-06/gizmo-jails.adoc' } },
    { report: '2031-04-2031-06', slug: 'pf-gizmonet', title: 'pf and gizmonet', category: 'projects', source: { format: 'adoc', file: 'adoc/report-2031-04-2031-06/pf_gizmonet.adoc' } },
    { report: '2031-04-2031-06', slug: 'widgetports', title: 'WidgetPorts', category: 'projects', source: { format: 'adoc', file: 'website/content/en/status/report-2031-04-2031-06/WidgetPorts.adoc' } },
    { report: '2031-04-2031-06', slug: 'pkgbase-demo', title: 'pkgbase.demo', category: 'projects', source: { format: 'adoc', file: 'adoc/report-2031-04-2031-06/pkgbase.demo.adoc' } },
  ],
};
const catalog = upstreamCatalog(SOURCE);

function target(path: string): string | null {
  return upstreamRedirectTarget(path.split('/'), catalog);
}

describe('upstream report URLs', () => {
  it('sends every upstream form of a report to its page', () => {
    for (const id of ['2003-10-2003-12', '2031-04-2031-06', '2013-05-devsummit']) {
      for (const path of upstreamReportPaths(id)) expect(target(path), path).toBe(`/reports/${id}`);
    }
    expect(upstreamReportPaths('2001-06')).toContain('/news/status/report-2001-06.html');
  });

  it('sends the index pages to the list of reports', () => {
    for (const path of ['/status', '/status/', '/news/status/', '/status/index.html', '/news/status/status.html']) {
      expect(target(path), path).toBe('/reports');
    }
  });

  it('sends upstream entry pages to the entry, by the AsciiDoc file name as written', () => {
    expect(target(upstreamEntryPath('2031-04-2031-06', 'gizmo-jails'))).toBe('/reports/2031-04-2031-06/gizmo-jails');
    expect(target('/status/report-2031-04-2031-06/pf_gizmonet/')).toBe('/reports/2031-04-2031-06/pf-gizmonet');
    expect(target('/status/report-2031-04-2031-06/WidgetPorts')).toBe('/reports/2031-04-2031-06/widgetports');
    expect(target('/status/report-2031-04-2031-06/pkgbase.demo/index.html')).toBe('/reports/2031-04-2031-06/pkgbase-demo');
    expect(target('/status/report-2031-04-2031-06/intro/')).toBe('/reports/2031-04-2031-06');
  });

  it('matches a retyped file name regardless of case', () => {
    expect(target('/status/report-2031-04-2031-06/widgetports/')).toBe('/reports/2031-04-2031-06/widgetports');
    expect(target('/status/report-2031-04-2031-06/PF_GIZMONET/')).toBe('/reports/2031-04-2031-06/pf-gizmonet');
  });

  it('refuses a name that differs from two files only in case', () => {
    const twins = upstreamCatalog({
      reports: [{ id: '2031-04-2031-06', categories: [] }],
      entries: [
        { report: '2031-04-2031-06', slug: 'kde', title: 'KDE', category: 'x', source: { format: 'adoc', file: 'a/KDE.adoc' } },
        { report: '2031-04-2031-06', slug: 'kde-2', title: 'KDE', category: 'x', source: { format: 'adoc', file: 'a/kde.adoc' } },
      ],
    });
    expect(upstreamRedirectTarget(['status', 'report-2031-04-2031-06', 'Kde'], twins)).toBeNull();
    expect(upstreamRedirectTarget(['status', 'report-2031-04-2031-06', 'kde'], twins)).toBe('/reports/2031-04-2031-06/kde-2');
  });

  it('gives null for anything else', () => {
    const misses = [
      '/status/report-2099-01-2099-03.html', // well-formed, unknown
      '/status/report-2003-13.html', // not a month
      '/status/report-2003-10-2003-12.xml',
      '/status/report-2003-10-2003-12.html/acpi', // the HTML era had no entry pages
      '/status/report-2003-10-2003-12/acpi/', // nor AsciiDoc files
      '/status/report-2031-04-2031-06/no-such-entry/',
      '/status/report-2031-04-2031-06/gizmo-jails/extra/',
      '/status/report-2031-04-2031-06/gizmo-jails/other.html',
      '/status/report-..%2F..%2Fetc.html',
      '/status/report-../../etc.html',
      '/status/report-2003-10-2003-12.html.html',
      '/status/Report-2003-10-2003-12.html',
      '/status/report-.html',
      '/status/index.html/more',
      `/status/report-2031-04-2031-06/${'a'.repeat(5000)}/`,
      '/news/report-2003-10-2003-12.html',
      '/reports/2003-10-2003-12',
      '/',
    ];
    for (const path of misses) expect(target(path), path).toBeNull();
    expect(upstreamRedirectTarget(['status', 'report-2003-10-2003-12/../x.html'], catalog)).toBeNull();
  });

  it('leads the pages and anchors of entries a re-import renamed to the entries as named now (entry-ids.json)', () => {
    // Upstream renamed gizmo.adoc to gizmo-jails.adoc, and the XML-era "APIC" entry's title to "ACPI".
    const renamed = upstreamCatalog(SOURCE, new Map([
      ['2031-04-2031-06/gizmo', '2031-04-2031-06/gizmo-jails'],
      ['2003-10-2003-12/apic', '2003-10-2003-12/acpi'],
    ]));
    expect(upstreamRedirectTarget('/status/report-2031-04-2031-06/gizmo/'.split('/'), renamed)).toBe('/reports/2031-04-2031-06/gizmo-jails');
    expect(target('/status/report-2031-04-2031-06/gizmo/')).toBeNull();
    expect(upstreamLinkTarget('http://www.FreeBSD.org/news/status/report-2003-10-2003-12.html#APIC', renamed)).toBe('/reports/2003-10-2003-12#acpi');
    expect(renamed.anchorTarget('2003-10-2003-12', 'apic')).toBe('acpi');
    expect(catalog.anchorTarget('2003-10-2003-12', 'apic')).toBeUndefined();
  });

  it('leads the page of a file upstream renamed to its slug form to its entry, by the old name kept as an id (entry-aliases.json)', () => {
    // Upstream renamed gizmo_jails.adoc, published as gizmo-jails, to gizmo-jails.adoc.
    const tidied = upstreamCatalog(SOURCE, new Map([['2031-04-2031-06/gizmo_jails', '2031-04-2031-06/gizmo-jails']]));
    expect(upstreamRedirectTarget('/status/report-2031-04-2031-06/gizmo_jails/'.split('/'), tidied)).toBe('/reports/2031-04-2031-06/gizmo-jails');
    expect(target('/status/report-2031-04-2031-06/gizmo_jails/')).toBeNull();
  });

  it('builds a catalog once per knowledge base object', () => {
    expect(cachedUpstreamCatalog(SOURCE)).toBe(cachedUpstreamCatalog(SOURCE));
    expect(cachedUpstreamCatalog(SOURCE).entrySlug('2031-04-2031-06', 'pf_gizmonet')).toBe('pf-gizmonet');
    expect(cachedUpstreamCatalog(SOURCE).entrySlug('2003-10-2003-12', 'report-2003-10-2003-12')).toBeUndefined();
  });

  it("leads an entry's link to an upstream report page here, keeping its anchor", () => {
    // Upstream's anchors become our element ids, so the link works without the page's script.
    expect(upstreamLinkTarget('https://www.freebsd.org/status/report-2031-04-2031-06/#_gizmo_jails', catalog)).toBe('/reports/2031-04-2031-06#gizmo-jails');
    expect(upstreamLinkTarget('https://www.freebsd.org/status/report-2031-04-2031-06/#_pf_and_gizmonet', catalog)).toBe('/reports/2031-04-2031-06#pf-gizmonet');
    expect(upstreamLinkTarget('http://www.FreeBSD.org/news/status/report-2003-10-2003-12.html#ACPI', catalog)).toBe('/reports/2003-10-2003-12#acpi');
    expect(upstreamLinkTarget('http://www.FreeBSD.org/news/status/report-2003-10-2003-12.html#Kernel', catalog)).toBe('/reports/2003-10-2003-12#category_kernel');
    // An anchor that meant nothing upstream either is kept for the page's notice.
    expect(upstreamLinkTarget('https://www.freebsd.org/status/report-2031-04-2031-06/#_no_such_entry', catalog)).toBe('/reports/2031-04-2031-06#_no_such_entry');
    expect(upstreamLinkTarget('https://freebsd.org/status/report-2031-04-2031-06/pf_gizmonet/', catalog)).toBe('/reports/2031-04-2031-06/pf-gizmonet');
    // Not a report we hold, not upstream's site, not a report page at all: left as written.
    expect(upstreamLinkTarget('https://www.freebsd.org/status/report-1999-01-1999-03/', catalog)).toBeNull();
    expect(upstreamLinkTarget('https://example.org/status/report-2031-04-2031-06/', catalog)).toBeNull();
    expect(upstreamLinkTarget('https://www.freebsd.org/releases/14.0R/', catalog)).toBeNull();
    expect(upstreamLinkTarget('not a url', catalog)).toBeNull();
  });
});
