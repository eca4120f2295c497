import type { MetadataRoute } from 'next';
import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { getPeople } from '../people/site';
import { getProjectIndex } from '../projects';
import { getSubjectIndex } from '../subjects';
import { answerProjectFeed, answerReportFeed, answerSubjectFeed, latestFeed, type FeedAnswer } from './feeds';
import type { FeedKnowledgeBase } from './atom';
import { FEED_ORIGIN } from './origin';
import { robotsRules, sitemapEntries } from './sitemap';

// The feeds, sitemap and robots.txt of the site's own knowledge base, for the routes in app/.

const withPeople = new WeakMap<KnowledgeBase, FeedKnowledgeBase>();

/** The knowledge base with its people, one object per load: the feeds' caches are keyed by it. */
function feedKnowledgeBase(): FeedKnowledgeBase {
  const kb = getKnowledgeBase();
  let feedKb = withPeople.get(kb);
  if (!feedKb) {
    feedKb = { ...kb, people: getPeople() };
    withPeople.set(kb, feedKb);
  }
  return feedKb;
}

export function siteLatestFeed(): FeedAnswer {
  return { status: 200, xml: latestFeed(feedKnowledgeBase(), FEED_ORIGIN) };
}

export function siteProjectFeed(slug: string): FeedAnswer {
  return answerProjectFeed(slug, getProjectIndex(), feedKnowledgeBase(), FEED_ORIGIN, getSubjectIndex());
}

export function siteSubjectFeed(slug: string): FeedAnswer {
  return answerSubjectFeed(slug, getSubjectIndex(), feedKnowledgeBase(), FEED_ORIGIN);
}

/** Every subject slug with a feed: current ones, and old ones that redirect to their new feed. */
export function subjectFeedSlugs(): string[] {
  const index = getSubjectIndex();
  return [...index.subjects.map((s) => s.slug), ...[...index.redirects.keys()].filter((slug) => !index.bySlug.has(slug))];
}

export function siteReportFeed(reportId: string): FeedAnswer {
  return answerReportFeed(reportId, feedKnowledgeBase(), FEED_ORIGIN);
}

/** Every project slug with a feed: current ones, old ones that redirect to their new feed, and subjects' that redirect to the subject's (as the pages do). */
export function projectFeedSlugs(): string[] {
  const index = getProjectIndex();
  const old = [...index.redirects.keys()].filter((slug) => !index.bySlug.has(slug));
  const subjects = getSubjectIndex();
  const named = [...subjects.bySlug.keys(), ...subjects.redirects.keys()].filter((slug) => !index.bySlug.has(slug) && !index.redirects.has(slug));
  return [...index.projects.map((p) => p.slug), ...old, ...named];
}

export function reportFeedIds(): string[] {
  return getKnowledgeBase().reports.map((r) => r.id);
}

export function siteSitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({ kb: getKnowledgeBase(), projects: getProjectIndex(), subjects: getSubjectIndex(), people: getPeople(), origin: FEED_ORIGIN });
}

export function siteRobots(): MetadataRoute.Robots {
  return robotsRules(FEED_ORIGIN);
}
