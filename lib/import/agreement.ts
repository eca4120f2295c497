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

function titleKey(title: string): string {
  return title.replace(/\s+/g, ' ').trim().toLowerCase();
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

/** Compares two readings of the same report entry by entry, matching entries by title. */
export function compareReadings(first: readonly Entry[], second: readonly Entry[]): ReportAgreement {
  const secondByTitle = new Map(second.map((e) => [titleKey(e.title), e]));
  const firstTitles = new Set(first.map((e) => titleKey(e.title)));
  const result: ReportAgreement = {
    titlesOnlyInFirst: [],
    titlesOnlyInSecond: second.filter((e) => !firstTitles.has(titleKey(e.title))).map((e) => e.title),
    shared: 0,
    contactMismatches: [],
    linkMismatches: [],
  };
  for (const entry of first) {
    const other = secondByTitle.get(titleKey(entry.title));
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
