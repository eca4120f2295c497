import type { Metadata } from 'next';

/**
 * A page's alternate links: its canonical path (from routes.ts) against the site's public
 * origin, and any other alternates (its feeds). Without a known origin (`KB_SITE_URL` unset)
 * there is no canonical link, since Next.js would otherwise resolve the path against
 * `http://localhost` and tell search engines that.
 */
export function canonicalMetadata(
  path: string,
  siteUrl: string | undefined,
  alternates: NonNullable<Metadata['alternates']> = {},
): Pick<Metadata, 'metadataBase' | 'alternates'> {
  if (!siteUrl) return Object.keys(alternates).length ? { alternates } : {};
  return { metadataBase: new URL(siteUrl), alternates: { ...alternates, canonical: path } };
}
