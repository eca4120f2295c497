// Atom feeds (one per project, one per report, the latest entries), the sitemap and robots.txt.
// Everything here takes its data as arguments; site.ts binds it to the site's knowledge base.
export { projectFeed, subjectFeed, reportFeed, latestFeed, latestEntries, answerProjectFeed, answerSubjectFeed, answerReportFeed, feedResponse, LATEST_FEED_SIZE, ATOM_CONTENT_TYPE, type FeedAnswer } from './feeds';
export { feedAuthors, FEED_CONTENT_BUDGET, type FeedKnowledgeBase } from './atom';
export { entryAtomId, latestFeedAtomId, projectFeedAtomId, reportFeedAtomId, subjectFeedAtomId } from './ids';
// Feed addresses and the links pages announce them by are addresses, in lib/routes; here too for the feeds' users.
export { latestFeedPath, projectFeedPath, reportFeedPath, subjectFeedPath, sitemapPath } from '../routes';
export { periodEndDate, reportDate } from './dates';
export { FEED_ORIGIN, absoluteUrl } from './origin';
export { sitemapEntries, robotsRules, SITEMAP_URL_LIMIT, type SitemapInput } from './sitemap';
export { feedAlternates, latestFeedLink, projectFeedLink, reportFeedLink, subjectFeedLink, ATOM_TYPE, type FeedLink } from '../routes';
export { siteLatestFeed, siteProjectFeed, siteReportFeed, siteSubjectFeed, projectFeedSlugs, subjectFeedSlugs, reportFeedIds, siteSitemap, siteRobots } from './site';
