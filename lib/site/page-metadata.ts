import type { Metadata } from 'next';
import { excerptOf } from '../content';
import { reportLabel, type Entry } from '../model';
import { feedAlternates, latestFeedLink } from '../routes';
import { canonicalMetadata } from './canonical';
import { siteImagePath, SITE_NAME, SITE_URL } from '../routes';

export interface PageSummary {
  title: string;
  description: string;
  /** The page's path from routes.ts: its canonical and Open Graph URL once the site's origin is known. */
  path: string;
  /** Open Graph type: an entry is an article, a person a profile, the rest are pages of a website. */
  type?: 'website' | 'article' | 'profile';
  /** Other alternates, such as the page's feeds; by default the site's feed of latest entries. */
  alternates?: NonNullable<Metadata['alternates']>;
  /** False for pages worth sharing but not indexing (a search's results). */
  indexable?: boolean;
  /**
   * True where the page's folder draws its own picture (an `opengraph-image.tsx` beside it); else
   * the preview shows the site's. Next.js drops a parent folder's picture once a page sets any
   * Open Graph data, and a page's own would lose to one named here.
   */
  ownImage?: boolean;
}

/** The site's picture (app/opengraph-image.tsx), for pages without one of their own. */
const SITE_IMAGE = { url: siteImagePath, width: 1200, height: 630, type: 'image/png', alt: SITE_NAME };

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
    openGraph: {
      title,
      description,
      siteName: SITE_NAME,
      type: page.type ?? 'website',
      ...(siteUrl ? { url: page.path } : {}),
      ...(page.ownImage ? {} : { images: [SITE_IMAGE] }),
    },
    // Every page has a picture of 1200 × 630, its own or the site's: the large card.
    twitter: { card: 'summary_large_image', title, description, ...(page.ownImage ? {} : { images: [SITE_IMAGE] }) },
    // Once a page sets a canonical link, Next.js drops the layout's alternates: the site feed is named again.
    ...canonicalMetadata(page.path, siteUrl, page.alternates ?? feedAlternates(latestFeedLink())),
    ...(page.indexable === false ? { robots: { index: false } } : {}),
  };
}

/**
 * An entry page's description: its period, then the start of its text. Led by the period because
 * a team's entries open with the same sentence quarter after quarter, and search results and link
 * previews would show them all alike.
 */
export function entryDescription(entry: Pick<Entry, 'title' | 'report' | 'body'>): string {
  const excerpt = excerptOf(entry.body, 140);
  return excerpt ? `${reportLabel(entry.report)}: ${excerpt}` : `${entry.title}, from the FreeBSD status report for ${reportLabel(entry.report)}.`;
}
