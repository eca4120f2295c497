/** Pages of a long list (search results, open tasks), as pure functions: browser-safe. */

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page numbers to offer, with `null` for a gap: the first, the last, and two either side of the current one. */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    if (p === 1 || p === count || Math.abs(p - current) <= around) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  // A gap that hides a single page shows the page instead.
  return pages.map((p, i) => (p === null && pages[i - 1] !== null && (pages[i + 1] ?? 0) - (pages[i - 1] ?? 0) === 2 ? (pages[i - 1] ?? 0) + 1 : p));
}

/**
 * A `?page=` parameter as a page number from 1 to `count`: anything else (missing, `abc`, `0`,
 * `2.5`, past the end) gives undefined, for the page to say so and show page 1.
 */
export function parsePage(given: string | string[] | undefined, count: number): number | undefined {
  const value = Array.isArray(given) ? given[0] : given;
  if (value === undefined || !/^[1-9][0-9]{0,5}$/.test(value)) return undefined;
  const page = Number(value);
  return page <= count ? page : undefined;
}

/** The items of one page, numbered from 1. */
export function itemsOnPage<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
