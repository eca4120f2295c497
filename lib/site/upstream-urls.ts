/**
 * The addresses upstream published status reports at, so that links from the FreeBSD wiki and
 * years of mail keep working here: every form maps to `/reports/<id>` or to an entry's page.
 *
 * - `/news/status/report-<id>.html` (the legacy site, 2001–2020) and `/status/report-<id>.html`
 *   (today's copies of those pages);
 * - `/status/report-<id>/` (the AsciiDoc reports, 2021 on), with or without the slash or
 *   `index.html`, and each entry's own page `/status/report-<id>/<file name>/`, named after its
 *   AsciiDoc file as written (`pf_dummynet`, `FreshPorts`, `pkgbase.live`);
 * - `/status/`, `/news/status/` and the old index `status.html`: the list of reports.
 */
import { parseReportId } from '../model/report-id';
import { slugify } from '../model/slug';
import { adocFileName } from '../model/source';
import { categoryElementId, decodeHash, legacyAnchorTable, resolveLegacyAnchor, type AnchoredCategory, type LegacyAnchorTable } from './upstream-anchors';
import { groupEntriesByCategory } from './report-view';
import { decodeOrKeep, entryPath, reportPath, reportsPath } from '../routes';

/** What the redirects need to know about the knowledge base. */
export interface UpstreamCatalog {
  hasReport(reportId: string): boolean;
  /** The entry upstream published as `<name>.adoc` in the report, if any. */
  entrySlug(reportId: string, name: string): string | undefined;
  /** The id of the element of our report page an anchor of upstream's page meant, if any. */
  anchorTarget(reportId: string, anchor: string): string | undefined;
}

/** The fields of reports and entries the catalog is built from. */
export interface CatalogSource {
  reports: ReadonlyArray<{ id: string; categories: ReadonlyArray<AnchoredCategory & { order: number }> }>;
  entries: ReadonlyArray<{ report: string; slug: string; title: string; category: string; source: { format: string; file: string } }>;
}

/** The two folders upstream served reports from, as path segments. */
const UPSTREAM_FOLDERS: ReadonlyArray<readonly string[]> = [['status'], ['news', 'status']];
/** Index pages of those folders (the legacy site's was `status.html`). */
const INDEX_PAGES = new Set(['index.html', 'status.html']);
/** Upstream's per-entry pages are named after AsciiDoc files; nothing real comes near this. */
const MAX_NAME_LENGTH = 200;
const REPORT_PAGE_RX = /^report-(.+?)(\.html)?$/;

/**
 * The site path an upstream URL path leads to, or null when it names nothing we have.
 * `segments` are the path's decoded segments (`['status', 'report-2024-04-2024-06', 'gcc']`);
 * empty ones (a trailing slash) are ignored.
 */
export function upstreamRedirectTarget(segments: readonly string[], catalog: UpstreamCatalog): string | null {
  const parts = segments.filter((s) => s !== '');
  const folder = UPSTREAM_FOLDERS.find((f) => f.every((segment, i) => parts[i] === segment));
  if (!folder) return null;
  const rest = parts.slice(folder.length);
  if (rest.some((s) => s.length > MAX_NAME_LENGTH)) return null;
  const [page, name, index, ...more] = rest;
  if (page === undefined) return reportsPath;
  if (INDEX_PAGES.has(page)) return rest.length === 1 ? reportsPath : null;

  const match = REPORT_PAGE_RX.exec(page);
  const reportId = match?.[1];
  if (!reportId || !parseReportId(reportId) || !catalog.hasReport(reportId)) return null;
  const isHtmlFile = match?.[2] !== undefined;
  if (name === undefined) return reportPath(reportId);
  if (isHtmlFile || more.length > 0 || (index !== undefined && index !== 'index.html')) return null;
  if (name === 'index.html' && index === undefined) return reportPath(reportId);
  // The introduction had a page of its own too, and is the top of our report page.
  if (name === 'intro') return reportPath(reportId);
  const slug = catalog.entrySlug(reportId, name);
  return slug === undefined ? null : entryPath({ report: reportId, slug });
}

const UPSTREAM_HOSTS = new Set(['freebsd.org', 'www.freebsd.org']);

/**
 * The site path (with its `#anchor`) a link to upstream's pages leads to here, or null: an
 * entry's `<<_other_entry,…>>` cross-reference became a link to upstream's report page; its
 * anchor becomes the id of the entry or category it meant on our page, where one matches.
 */
export function upstreamLinkTarget(href: string, catalog: UpstreamCatalog): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !UPSTREAM_HOSTS.has(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').map(decodeOrKeep);
  const target = upstreamRedirectTarget(segments, catalog);
  if (target === null) return null;
  const anchor = decodeHash(url.hash);
  if (anchor === '') return target;
  // Resolved here rather than by the report page's script, so that the link works without JavaScript.
  const reportId = target.startsWith(`${reportsPath}/`) ? target.slice(reportsPath.length + 1) : undefined;
  const element = reportId !== undefined && !reportId.includes('/') ? catalog.anchorTarget(reportId, anchor) : undefined;
  return `${target}#${element === undefined ? url.hash.slice(1) : encodeURIComponent(element)}`;
}

/** The slug of an entry id of the report, undefined for an id of another report or none. */
function sameReportSlug(reportId: string, id: string | undefined): string | undefined {
  return id?.startsWith(`${reportId}/`) ? id.slice(reportId.length + 1) : undefined;
}

/** The slugs a report's entries had before a re-import renamed them, each with the slug now. */
export function formerSlugsOf(reportId: string, formerIds: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [from, to] of formerIds) {
    const [former, now] = [sameReportSlug(reportId, from), sameReportSlug(reportId, to)];
    if (former !== undefined && now !== undefined) out.set(former, now);
  }
  return out;
}

/**
 * The catalog of a knowledge base: its reports, and the AsciiDoc file name (from
 * `source.file`) of each AsciiDoc entry. A name is matched as written, else regardless of case
 * where that is unambiguous (mail clients and people retype URLs). `formerIds`, the other ids
 * entries answer to each with the entry's id (those a re-import gave up, `entry-ids.json`, and
 * file names), lead the page of a file upstream renamed and the anchors of an entry renamed to
 * the entry.
 */
export function upstreamCatalog(source: CatalogSource, formerIds: ReadonlyMap<string, string> = new Map()): UpstreamCatalog {
  const reports = new Set(source.reports.map((r) => r.id));
  const byName = new Map<string, string>();
  const byLowerName = new Map<string, string | null>();
  for (const entry of source.entries) {
    const name = adocFileName(entry);
    if (name === undefined) continue;
    byName.set(`${entry.report}/${name}`, entry.slug);
    const lower = `${entry.report}/${name.toLowerCase()}`;
    // Two names differing only in case: a lowercase request matches neither.
    byLowerName.set(lower, byLowerName.has(lower) && byLowerName.get(lower) !== entry.slug ? null : entry.slug);
  }
  const anchorTables = new Map<string, { table: LegacyAnchorTable; ids: Set<string> }>();
  const anchorsOf = (reportId: string): { table: LegacyAnchorTable; ids: Set<string> } | undefined => {
    const report = source.reports.find((r) => r.id === reportId);
    if (!report) return undefined;
    let anchors = anchorTables.get(reportId);
    if (!anchors) {
      // In the report page's order, which is upstream's: the table depends on which of twin anchors comes first.
      const entries = groupEntriesByCategory(report, source.entries.filter((e) => e.report === reportId)).flatMap((g) => g.entries);
      const ids = new Set([...entries.map((e) => e.slug), ...report.categories.map((c) => categoryElementId(c.key))]);
      anchors = { table: legacyAnchorTable(report.categories, entries, formerSlugsOf(reportId, formerIds)), ids };
      anchorTables.set(reportId, anchors);
    }
    return anchors;
  };
  return {
    hasReport: (reportId) => reports.has(reportId),
    entrySlug: (reportId, name) =>
      byName.get(`${reportId}/${name}`) ??
      byLowerName.get(`${reportId}/${name.toLowerCase()}`) ??
      // A file upstream renamed since: its old name is an id of its entry (`entry-aliases.json`),
      // or its entry had the slug of its old name.
      sameReportSlug(reportId, formerIds.get(`${reportId}/${name.toLowerCase()}`)) ??
      sameReportSlug(reportId, formerIds.get(`${reportId}/${slugify(name)}`)),
    anchorTarget: (reportId, anchor) => {
      const anchors = anchorsOf(reportId);
      if (!anchors) return undefined;
      return anchors.ids.has(anchor) ? anchor : resolveLegacyAnchor(anchor, anchors.table, (id) => anchors.ids.has(id));
    },
  };
}

const catalogs = new WeakMap<CatalogSource, UpstreamCatalog>();

/** {@link upstreamCatalog}, built once per knowledge base object (with the former ids given the first time). */
export function cachedUpstreamCatalog(source: CatalogSource, formerIds?: ReadonlyMap<string, string>): UpstreamCatalog {
  let catalog = catalogs.get(source);
  if (!catalog) {
    catalog = upstreamCatalog(source, formerIds);
    catalogs.set(source, catalog);
  }
  return catalog;
}

/** Every upstream URL path of a report that leads to its page, for tests and link checkers. */
export function upstreamReportPaths(reportId: string): string[] {
  return [
    `/status/report-${reportId}.html`,
    `/news/status/report-${reportId}.html`,
    `/status/report-${reportId}/`,
    `/status/report-${reportId}`,
    `/status/report-${reportId}/index.html`,
    `/news/status/report-${reportId}/`,
  ];
}

/** The path of upstream's own page for an AsciiDoc entry (`/status/report-<id>/<name>/`). */
export function upstreamEntryPath(reportId: string, name: string): string {
  return `/status/report-${reportId}/${name}/`;
}
