import type { Metadata } from 'next';
import { canonicalMetadata } from './canonical';
import { SITE_NAME, SITE_URL } from './site-config';

export interface PageSummary {
  title: string;
  description: string;
  /** The page's path from routes.ts: its canonical and Open Graph URL once the site's origin is known. */
  path: string;
  /** Open Graph type: an entry is an article, a person a profile, the rest are pages of a website. */
  type?: 'website' | 'article' | 'profile';
  /** Other alternates, such as the page's feeds. */
  alternates?: NonNullable<Metadata['alternates']>;
  /** False for pages worth sharing but not indexing (a search's results). */
  indexable?: boolean;
}

/**
 * Everything a page says about itself in its head: title, description, the Open Graph and
 * card data that a link preview (the wiki, chat, mail) shows, and its canonical link. One place,
 * so that no page forgets one of them: Next.js replaces a layout's `openGraph` whole, rather
 * than merging it, when a page sets its own.
 */
export function pageMetadata(page: PageSummary, siteUrl: string | undefined = SITE_URL): Metadata {
  const { title, description } = page;
  return {
    title,
    description,
    openGraph: { title, description, siteName: SITE_NAME, type: page.type ?? 'website', ...(siteUrl ? { url: page.path } : {}) },
    twitter: { card: 'summary', title, description },
    ...canonicalMetadata(page.path, siteUrl, page.alternates),
    ...(page.indexable === false ? { robots: { index: false } } : {}),
  };
}
