import { SITE_URL } from '../routes';

/**
 * The origin absolute links in feeds and the sitemap start with: `KB_SITE_URL` (read when the
 * site is built, since these files are generated then), else the origin `next start` serves on
 * by default. Pages need no fallback (they use the reader's origin); feeds and sitemaps are read
 * away from the site, so their links must be absolute.
 */
export const FEED_ORIGIN: string = SITE_URL ?? 'http://localhost:3000';

/** `origin` + a site path from routes.ts (or a fragment-free path from paths.ts). */
export function absoluteUrl(origin: string, sitePath: string): string {
  return `${origin.replace(/\/+$/, '')}${sitePath}`;
}
