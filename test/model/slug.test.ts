import { describe, expect, it } from 'vitest';
import { findBySlug, SlugAllocator, slugify } from '../../lib/model';

describe('slugify', () => {
  it.each([
    ['PCI SR-IOV Infrastructure', 'pci-sr-iov-infrastructure'],
    ['FreeBSD/arm64', 'freebsd-arm64'],
    ['Updated vt(4) System Console', 'updated-vt-4-system-console'],
    ['Using CentOS 6.5 as Linux Base', 'using-centos-6-5-as-linux-base'],
    ['Jürgen’s Ports Collection', 'jurgens-ports-collection'],
    ['  ---  ', 'untitled'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a title too long for a file name at the last whole word within 120 characters', () => {
    const slug = slugify('Very long title '.repeat(20));
    expect(slug).toBe(`${'very-long-title-'.repeat(7)}very`);
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slugify('x'.repeat(300))).toBe('x'.repeat(120));
  });
});

describe('SlugAllocator', () => {
  it('keeps the first slug and numbers the later ones', () => {
    const slugs = new SlugAllocator();
    expect(['bhyve', 'bhyve', 'bhyve-2', 'bhyve'].map((s) => slugs.allocate(s))).toEqual(['bhyve', 'bhyve-2', 'bhyve-2-2', 'bhyve-3']);
  });
});

describe('findBySlug', () => {
  const bhyve = { slug: 'bhyve' };
  const index = { bySlug: new Map([['bhyve', bhyve]]), redirects: new Map([['bsd-hypervisor', 'bhyve'], ['gone', 'no-longer-here']]) };

  it('finds an item by its slug, or by a slug that moved to it, and says which', () => {
    expect(findBySlug(index, 'bhyve')).toEqual({ item: bhyve, moved: false });
    expect(findBySlug(index, 'bsd-hypervisor')).toEqual({ item: bhyve, moved: true });
  });

  it('finds nothing for an unknown slug, or one redirected to a slug no longer there', () => {
    expect(findBySlug(index, 'nothing')).toBeUndefined();
    expect(findBySlug(index, 'gone')).toBeUndefined();
  });
});
