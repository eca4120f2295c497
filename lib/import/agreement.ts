import type { Entry } from '../model';

/** How far two readings of one report (its XML and its rendered HTML) agree. */
export interface ReportAgreement {
  titlesOnlyInFirst: string[];
  titlesOnlyInSecond: string[];
  /** Entries (by title) present in both readings. */
  shared: number;
  /** Titles of shared entries whose contacts differ. */
  contactMismatches: string[];
  /** Titles of shared entries whose link URLs differ. */
  linkMismatches: string[];
}

function contactSet(entry: Entry): string {
  return entry.contacts
    .map((c) => `${c.name.replace(/\s+/g, ' ').trim().toLowerCase()}<${(c.email ?? '').toLowerCase()}>`)
    .sort()
    .join('|');
}

function linkSet(entry: Entry): string {
  return [...new Set(entry.links.map((l) => l.url.trim()))].sort().join('|');
}

/**
 * Compares two readings of the same report entry by entry, matching entries by slug: both readers
 * make it from the title as written, which a page's heading edited later no longer shows.
 */
export function compareReadings(first: readonly Entry[], second: readonly Entry[]): ReportAgreement {
  const secondBySlug = new Map(second.map((e) => [e.slug, e]));
  const firstSlugs = new Set(first.map((e) => e.slug));
  const result: ReportAgreement = {
    titlesOnlyInFirst: [],
    titlesOnlyInSecond: second.filter((e) => !firstSlugs.has(e.slug)).map((e) => e.title),
    shared: 0,
    contactMismatches: [],
    linkMismatches: [],
  };
  for (const entry of first) {
    const other = secondBySlug.get(entry.slug);
    if (!other) {
      result.titlesOnlyInFirst.push(entry.title);
      continue;
    }
    result.shared++;
    if (contactSet(entry) !== contactSet(other)) result.contactMismatches.push(entry.title);
    if (linkSet(entry) !== linkSet(other)) result.linkMismatches.push(entry.title);
  }
  return result;
}
