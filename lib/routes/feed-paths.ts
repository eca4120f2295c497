import { homePath, projectPath, reportPath, subjectPath } from './routes';

// The feeds' paths, built on routes.ts so that a feed always sits beside the page it follows.

const FEED_FILE = 'feed.xml';

/** `/feed.xml`: the latest entries of all reports. */
export const latestFeedPath = `${homePath}${FEED_FILE}`;

/** `/projects/<slug>/feed.xml` */
export function projectFeedPath(slug: string): string {
  return `${projectPath(slug)}/${FEED_FILE}`;
}

/** `/subjects/<slug>/feed.xml` */
export function subjectFeedPath(slug: string): string {
  return `${subjectPath(slug)}/${FEED_FILE}`;
}

/** `/reports/<report id>/feed.xml` */
export function reportFeedPath(reportId: string): string {
  return `${reportPath(reportId)}/${FEED_FILE}`;
}

/** `/sitemap.xml`, where Next serves app/sitemap.ts. */
export const sitemapPath = '/sitemap.xml';
