import type { Metadata } from 'next';
import { latestFeedPath, projectFeedPath, reportFeedPath, subjectFeedPath } from './feed-paths';
import { SITE_NAME } from './site-config';

/** A feed as a page announces it in `<link rel="alternate" type="application/atom+xml">`. */
export interface FeedLink {
  url: string;
  title: string;
}

export const ATOM_TYPE = 'application/atom+xml';

export function latestFeedLink(): FeedLink {
  return { url: latestFeedPath, title: `${SITE_NAME}: latest entries` };
}

export function projectFeedLink(project: { slug: string; title: string }): FeedLink {
  return { url: projectFeedPath(project.slug), title: `${project.title} (Atom feed)` };
}

export function subjectFeedLink(subject: { slug: string; title: string }): FeedLink {
  return { url: subjectFeedPath(subject.slug), title: `${subject.title}, every effort (Atom feed)` };
}

export function reportFeedLink(report: { id: string; title: string }): FeedLink {
  return { url: reportFeedPath(report.id), title: `${report.title} (Atom feed)` };
}

/**
 * A page's `metadata.alternates` announcing feeds. Paths stay relative (the reader's browser
 * resolves them), so no `metadataBase` is needed. A page that sets `alternates` replaces its
 * layout's, so a page with a feed of its own names the latest-entries feed again.
 */
export function feedAlternates(...feeds: FeedLink[]): NonNullable<Metadata['alternates']> {
  return { types: { [ATOM_TYPE]: feeds } };
}
