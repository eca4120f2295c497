import { existsSync } from 'node:fs';
import path from 'node:path';
import { categoryFamilies, yearsOfPeriod, type Entry, type Report } from '../model';
import { refineSearch, searchStatePath, withYear } from './search-url';
import { categoryTitles } from './search-view';

/** One row of the picture of 25 years of reporting: a category's entries per year. */
export interface CategoryYears {
  key: string;
  title: string;
  /** Entries per year, one per year of `ReportingPicture.years`. */
  counts: number[];
}

export interface ReportingPicture {
  years: string[];
  rows: CategoryYears[];
  /** The largest count in any cell, for shading. */
  max: number;
}

/** Rows of their own for this many categories; the rest are counted together. */
const CATEGORY_ROWS = 10;
export const OTHER_CATEGORY = 'other';

/**
 * Entries per category per year, the busiest categories as rows, every other category in one
 * last row, and every year between the first report and the last as a column (a quiet year shows).
 * An entry counts in each year its report covers (December 2001 to January 2002 in both), as the
 * search a cell opens finds it there: the number is what the link shows.
 */
export function reportingPicture(reports: readonly Report[], entries: readonly Entry[]): ReportingPicture {
  const first = Number(reports[0]?.id.slice(0, 4));
  const last = Number(reports[reports.length - 1]?.id.slice(0, 4));
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [];
  // A row per family, as the search a cell opens filters by it: "Userland" goes on "Userland programs".
  const familyOfKey = categoryFamilies(entries);
  const familyOf = (e: Entry): string => familyOfKey(e.category);
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(familyOf(e), (totals.get(familyOf(e)) ?? 0) + 1);
  const shown = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CATEGORY_ROWS).map(([key]) => key);
  const titles = categoryTitles(reports);
  const rowOf = new Map(shown.map((key, i) => [key, i]));
  const rows: CategoryYears[] = shown.map((key) => ({ key, title: titles[key] ?? key, counts: years.map(() => 0) }));
  const other: CategoryYears = { key: OTHER_CATEGORY, title: 'Other', counts: years.map(() => 0) };
  const column = new Map(years.map((y, i) => [y, i]));
  const columnsOf = new Map(reports.map((r) => [r.id, yearsOfPeriod(r.period).flatMap((y) => column.get(y) ?? [])]));
  for (const e of entries) {
    const row = rows[rowOf.get(familyOf(e)) ?? -1] ?? other;
    for (const col of columnsOf.get(e.report) ?? [column.get(e.report.slice(0, 4)) ?? -1]) if (col >= 0) row.counts[col] = (row.counts[col] ?? 0) + 1;
  }
  if (other.counts.some((c) => c > 0)) rows.push(other);
  return { years, rows, max: Math.max(0, ...rows.flatMap((r) => r.counts)) };
}

/** What the home page ranks by recent activity: a project or a subject, with its entries. */
interface Followed {
  slug: string;
  entries: readonly Entry[];
}

/**
 * Projects or subjects with an entry in the reports of the last twelve months before the latest
 * report's end, most entries in that time first, then most in all.
 */
export function recentlyActive<T extends Followed>(items: readonly T[], reports: readonly Report[], limit = 12): { item: T; recent: number }[] {
  const latestEnd = reports[reports.length - 1]?.period.end;
  if (!latestEnd) return [];
  const [y, m] = latestEnd.split('-').map(Number) as [number, number];
  const since = `${y - 1}-${String(m).padStart(2, '0')}`;
  const recentReports = new Set(reports.filter((r) => r.period.end > since).map((r) => r.id));
  return items
    .map((item) => ({ item, recent: item.entries.filter((e) => recentReports.has(e.report)).length }))
    .filter((p) => p.recent > 0)
    .sort((a, b) => b.recent - a.recent || b.item.entries.length - a.item.entries.length || (a.item.slug < b.item.slug ? -1 : 1))
    .slice(0, limit);
}

/**
 * In the repository's own `content/` only: the sample written for this project. A marker file
 * rather than the folder's path, so a copy of the sample is still the sample and an import into
 * any folder never is.
 */
export const SAMPLE_MARKER = 'SAMPLE.md';

export function isSampleKnowledgeBase(contentDir: string): boolean {
  return existsSync(path.join(contentDir, SAMPLE_MARKER));
}

/** The one command that builds the real knowledge base, every report since 2001, into ~/kb. */
export const IMPORT_COMMAND = 'npm run kb -- import https://git.FreeBSD.org/doc.git --out ~/kb';
/** Then the site over it. */
export const SERVE_IMPORT_COMMAND = 'KB_CONTENT_DIR=~/kb npm run build && KB_CONTENT_DIR=~/kb npm start';

/**
 * A cell of the reporting picture: that year's entries of one category, as the search the year
 * facet would make of it (`from=2014&to=2014`), so the facet shows the year chosen. None for the
 * row of other categories: a search narrows to one category, and the year's every entry is not
 * what its number counts.
 */
export function reportingCellPath(category: string, year: string): string | undefined {
  if (category === OTHER_CATEGORY) return undefined;
  return searchStatePath(refineSearch(withYear({ q: '', page: 1, collapse: false }, year), { category }));
}
