/**
 * A URL slug of a title: lowercase ASCII letters and digits, runs of anything else
 * turned into one hyphen. Accents are folded (`Jürgen` → `jurgen`) and apostrophes
 * dropped, so `FreeBSD/arm64` → `freebsd-arm64`, `vt(4)` → `vt-4`, `10.0` → `10-0`.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'untitled';
}

/**
 * Hands out slugs unique within one report: the second "Foo" becomes `foo-2`.
 * Deterministic for a given order of titles.
 */
export class SlugAllocator {
  private readonly used = new Set<string>();

  /** Reserves `slug` as is if free, otherwise the first free `slug-N`. */
  allocate(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${slug}-${n}`;
    this.used.add(candidate);
    return candidate;
  }

  has(slug: string): boolean {
    return this.used.has(slug);
  }
}
