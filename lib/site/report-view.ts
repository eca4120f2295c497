import { compareReportIds, monthName, parseReportId, type Category, type Entry, type Report } from '../model';

export interface CategoryGroup<E = Entry> {
  category: Category;
  entries: E[];
}

export interface YearGroup {
  year: string;
  /** Newest first. */
  reports: Report[];
}

/**
 * A report's entries by category, categories in the report's own order and entries in the
 * order given (the loader's: upstream order). Categories without entries are left out unless
 * `keepEmpty` (the report page keeps them, as upstream's pages printed their heading and
 * description with no entry under it); an entry whose category the report does not define gets
 * a group of its own at the end.
 */
export function groupEntriesByCategory<E extends Pick<Entry, 'category'>>(
  report: { categories: readonly Category[] },
  entries: readonly E[],
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): CategoryGroup<E>[] {
  const groups = new Map<string, CategoryGroup<E>>();
  const categories = [...report.categories].sort((a, b) => a.order - b.order);
  for (const category of categories) groups.set(category.key, { category, entries: [] });
  for (const entry of entries) {
    let group = groups.get(entry.category);
    if (!group) {
      group = { category: { key: entry.category, title: entry.category, order: Number.MAX_SAFE_INTEGER }, entries: [] };
      groups.set(entry.category, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].filter((g) => keepEmpty || g.entries.length > 0);
}

/** Reports by the year their period starts in, newest year and newest report first. */
export function groupReportsByYear(reports: readonly Report[]): YearGroup[] {
  const byYear = new Map<string, Report[]>();
  for (const report of reports) {
    const year = report.period.start.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(report);
    byYear.set(year, list);
  }
  return [...byYear]
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([year, list]) => ({ year, reports: list.sort((a, b) => compareReportIds(b.id, a.id)) }));
}

/** The title of one of a report's categories, or its key when the report does not define it. */
export function categoryTitle(report: Report, key: string): string {
  return report.categories.find((c) => c.key === key)?.title ?? key;
}

/** `2013-10` → "October 2013". */
export function formatMonth(yyyymm: string): string {
  const name = monthName(yyyymm);
  return name === yyyymm ? yyyymm : `${name} ${yyyymm.slice(0, 4)}`;
}

/**
 * A report period for people, written as report labels write it: "June 2001",
 * "October–December 2013", "December 2001–January 2002".
 */
export function formatPeriod(period: { start: string; end: string }): string {
  if (period.start === period.end) return formatMonth(period.start);
  const sameYear = period.start.slice(0, 4) === period.end.slice(0, 4);
  const start = sameYear ? formatMonth(period.start).replace(/ \d{4}$/, '') : formatMonth(period.start);
  return `${start}–${formatMonth(period.end)}`;
}

/**
 * The quarters no report is named after, each with the one report that covers it: readers
 * guess `/reports/2009-07-2009-09` for "2009 Q3", which upstream reported as April–September.
 * A quarter two reports share is left out rather than guessed.
 */
export function quartersCoveredElsewhere(reports: readonly Pick<Report, 'id'>[]): Map<string, string> {
  const periods = reports.flatMap((r) => {
    const parsed = parseReportId(r.id);
    return parsed && !parsed.special ? [{ id: r.id, ...parsed.period }] : [];
  });
  const ids = new Set(reports.map((r) => r.id));
  const years = periods.flatMap((p) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))]);
  const covered = new Map<string, string>();
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    for (const first of [1, 4, 7, 10]) {
      const [start, end] = [first, first + 2].map((m) => `${year}-${String(m).padStart(2, '0')}`) as [string, string];
      const id = `${start}-${end}`;
      if (ids.has(id)) continue;
      const covering = periods.filter((p) => p.start <= start && p.end >= end);
      if (covering.length === 1) covered.set(id, covering[0]!.id);
    }
  }
  return covered;
}

/** The reports before and after one, in time order. */
export function neighbourReports(reports: readonly Report[], id: string): { previous?: Report; next?: Report } {
  const i = reports.findIndex((r) => r.id === id);
  return i < 0 ? {} : { previous: reports[i - 1], next: reports[i + 1] };
}
