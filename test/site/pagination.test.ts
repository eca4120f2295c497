import { describe, expect, it } from 'vitest';
import { itemsOnPage, pageCount, pageWindow, parsePage } from '../../lib/site/pagination';

describe('pagination', () => {
  it('offers the first, the last and the pages around the current one', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(24, 10)).toBe(3);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows that page.
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });

  it('reads ?page= as a page that exists, or not at all', () => {
    expect(parsePage('3', 5)).toBe(3);
    expect(parsePage(['2', '4'], 5)).toBe(2);
    for (const bad of [undefined, '', '0', '-1', '2.5', 'abc', '6', '1e3', ' 2', '9'.repeat(50)]) {
      expect(parsePage(bad, 5), String(bad)).toBeUndefined();
    }
  });

  it('cuts a list into pages', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(itemsOnPage(items, 1, 3)).toEqual([0, 1, 2]);
    expect(itemsOnPage(items, 3, 3)).toEqual([6]);
  });
});
