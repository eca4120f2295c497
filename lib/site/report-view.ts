import { compareReportIds, parseReportId, type Category, type Entry, type Report } from '../model';
import { LINK_SCHEMES } from '../content/link-schemes';

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
 * order given (the loader's: upstream order). Categories without entries are left out; an
 * entry whose category the report does not define gets a group of its own at the end.
 */
export function groupEntriesByCategory<E extends Pick<Entry, 'category'>>(report: { categories: readonly Category[] }, entries: readonly E[]): CategoryGroup<E>[] {
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
  return [...groups.values()].filter((g) => g.entries.length > 0);
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

const SAFE_SCHEMES = new Set(LINK_SCHEMES.map((scheme) => `${scheme}:`));

/** A link as pages and feeds show it: its address if it is safe (`safeHref`), its text, else its address. */
export function linkShown(link: { url: string; text: string }): { href: string | undefined; text: string } {
  return { href: safeHref(link.url), text: link.text.trim() || link.url };
}

/**
 * A link target from front matter that is safe to put in an `href`: absolute URLs of the schemes
 * in LINK_SCHEMES and site-relative paths. Anything else (`javascript:`, `data:`) gives undefined,
 * and the page shows the link's text without a link.
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  if (trimmed.startsWith('#')) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  // A host with an empty label (`example..org`) parses, but names no host and is not a valid URL.
  if (parsed.hostname.split('.').slice(0, -1).includes('')) return undefined;
  return SAFE_SCHEMES.has(parsed.protocol) ? trimmed : undefined;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/;

/** A `mailto:` link for a contact's address, or undefined for one that is none (`x at example.org`, `x@example.org>`). */
export function mailtoHref(email: string): string | undefined {
  return ADDRESS.test(email.trim()) ? `mailto:${email.trim()}` : undefined;
}

/** Where a sponsor is linked: an address written as the sponsor (a Patreon page), or the entry's link of the sponsor's name. */
export function sponsorHref(sponsor: string, links: Entry['links']): string | undefined {
  if (/^https?:\/\/\S+$/.test(sponsor)) return safeHref(sponsor);
  const named = links.find((link) => link.text.trim() === sponsor);
  return named ? safeHref(named.url) : undefined;
}

/** Contacts one line a person: upstream gave someone with two addresses as two contacts of one name. */
export function contactLines(contacts: Entry['contacts']): { name: string; emails: string[] }[] {
  const lines: { name: string; emails: string[] }[] = [];
  for (const { name, email } of contacts) {
    let line = lines.find((l) => l.name === name);
    if (!line) {
      line = { name, emails: [] };
      lines.push(line);
    }
    if (email && !line.emails.includes(email)) line.emails.push(email);
  }
  return lines;
}

/** `2013-10` → "October 2013". */
export function formatMonth(yyyymm: string): string {
  const [year, month] = yyyymm.split('-').map(Number);
  if (!year || !month) return yyyymm;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
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
