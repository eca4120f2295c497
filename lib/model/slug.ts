/**
 * A URL slug of a title: lowercase ASCII letters and digits, runs of anything else
 * turned into one hyphen. Accents are folded (`Jürgen` → `jurgen`) and apostrophes
 * dropped, so `FreeBSD/arm64` → `freebsd-arm64`, `vt(4)` → `vt-4`, `10.0` → `10-0`.
 */
export function slugify(title: string): string {
  return slugWords(title) || 'untitled';
}

/**
 * `slugify` without its stand-in: empty for a title with no Latin letter or digit ("李明"), where
 * telling such titles apart matters more than having a slug.
 */
export function slugWords(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return capLength(slug);
}

/** What is found by slug, with the slugs that moved: a rename, a merge, another spelling. */
export interface SlugIndex<T> {
  bySlug: ReadonlyMap<string, T>;
  redirects: ReadonlyMap<string, string>;
}

/**
 * A slug's item: its own, or that of the slug it moved to; `moved` says which, for a page to
 * redirect. A redirect to a slug that is no longer there finds nothing.
 */
export function findBySlug<T>(index: SlugIndex<T>, slug: string): { item: T; moved: boolean } | undefined {
  const own = index.bySlug.get(slug);
  if (own !== undefined) return { item: own, moved: false };
  const to = index.redirects.get(slug);
  const item = to === undefined ? undefined : index.bySlug.get(to);
  return item === undefined ? undefined : { item, moved: true };
}

/**
 * The longest slug: an entry's slug names its file, and a file name has at most 255 bytes. No
 * slug of the corpus comes near (its longest has 105 characters), so none changes.
 */
export const MAX_SLUG_LENGTH = 120;

/** A slug cut to the last whole word that fits. */
function capLength(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : cut.slice(0, MAX_SLUG_LENGTH);
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
