// Atom ids. An id must never change for the same entry, or every feed reader shows the entry
// again as new; a URL would change whenever the site moves to another host. So ids are `tag:`
// URIs (RFC 4151) under a fixed authority that is not the site's host: the same wherever the
// site is served, on every import and build. The authority is a name of this project rather
// than a registered domain (RFC 4151 allows any DNS-shaped name; a single label like this one
// cannot be a public host, so no one else mints ids under it). Never change these two constants.
const TAG_AUTHORITY = 'freebsd-status-kb';
const TAG_DATE = '2026';
const TAG_PREFIX = `tag:${TAG_AUTHORITY},${TAG_DATE}:`;

/**
 * An entry's Atom id from its stable entry id (`<report id>/<slug>`, DESIGN.md), e.g.
 * `tag:freebsd-status-kb,2026:2014-01-2014-03/bhyve`. Report ids start with a digit, so entry
 * ids never collide with the feeds' ids below.
 */
export function entryAtomId(entryId: string): string {
  return `${TAG_PREFIX}${entryId}`;
}

/** The latest-entries feed's id. */
export const latestFeedAtomId = `${TAG_PREFIX}feeds/latest`;

/** A project feed's id, from its (stable, published) slug. */
export function projectFeedAtomId(slug: string): string {
  return `${TAG_PREFIX}projects/${slug}`;
}

/** A subject feed's id, from its (stable, published) slug. */
export function subjectFeedAtomId(slug: string): string {
  return `${TAG_PREFIX}subjects/${slug}`;
}

/** A report feed's id. */
export function reportFeedAtomId(reportId: string): string {
  return `${TAG_PREFIX}reports/${reportId}`;
}
