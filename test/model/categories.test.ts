import { describe, expect, it } from 'vitest';
import { categoryFamilies } from '../../lib/model';

// Each key in reports of its own, as a renamed category is.
const entries = (counts: Record<string, number>) => Object.entries(counts).flatMap(([category, n]) => Array.from({ length: n }, (_, i) => ({ category, report: `${category}-${i}` })));

describe('categoryFamilies', () => {
  it('puts the names a category went by over the years in one family, under its most used key', () => {
    const counts = { 'gadget-programs': 9, gadgets: 4, 'gad-get-programs': 2, 'gadget-tools': 1, 'the-widget-collection': 1, widgets: 6, 'freebsd-in-zorb-club': 1, 'zorb-club': 3 };
    const familyOf = categoryFamilies(entries(counts));
    expect(Object.fromEntries(Object.keys(counts).map((key) => [key, familyOf(key)]))).toEqual({
      'gadget-programs': 'gadget-programs',
      // "gadgets" begins both "gadget-programs" and "gadget-tools", which begin neither each other.
      gadgets: 'gadget-programs',
      'gad-get-programs': 'gadget-programs',
      'gadget-tools': 'gadget-programs',
      widgets: 'widgets',
      'the-widget-collection': 'widgets',
      'zorb-club': 'zorb-club',
      'freebsd-in-zorb-club': 'zorb-club',
    });
  });

  it('keeps apart two keys one report files entries under: two categories, not one renamed', () => {
    const familyOf = categoryFamilies([...entries({ gadgets: 3, 'gadget-news': 1 }), { category: 'gadget-news', report: 'gadgets-0' }]);
    expect(familyOf('gadget-news')).toBe('gadget-news');
    expect(categoryFamilies(entries({ gadgets: 3, 'gadget-news': 1 }))('gadget-news')).toBe('gadgets');
  });

  it('keeps apart a key that ends another, or begins it inside a word', () => {
    const keys = ['projects', 'third-party-projects', 'net', 'network-infrastructure'];
    const familyOf = categoryFamilies(entries({ projects: 5, 'third-party-projects': 3, net: 2, 'network-infrastructure': 2 }));
    expect(keys.map(familyOf)).toEqual(keys);
  });
});
