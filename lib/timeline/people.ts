import { compareReportIds, reportRef, type Entry, type ReportRef, type PeopleIndex } from '../model';
import { entryPath } from '../routes';
import type { PersonRef, PersonSpan } from './types';

export function personRefs(people: Pick<PeopleIndex, 'byEntryId'>, entry: Pick<Entry, 'id'>): PersonRef[] {
  return (people.byEntryId.get(entry.id) ?? []).map(({ slug, name, kind }) => ({ slug, name, kind }));
}

/** Each person with the first and last report naming them, in the order they first appear. */
export function spansOfPeople(entries: readonly { report: ReportRef; url: string; people: readonly PersonRef[] }[]): PersonSpan[] {
  const spans = new Map<string, PersonSpan>();
  for (const entry of entries) {
    for (const person of entry.people) {
      const span = spans.get(person.slug);
      if (span) {
        span.last = entry.report;
        span.lastUrl = entry.url;
        span.count++;
      } else {
        spans.set(person.slug, { ...person, first: entry.report, last: entry.report, lastUrl: entry.url, count: 1 });
      }
    }
  }
  return [...spans.values()];
}

/** The people of entries given oldest first, each with their first and last report. */
export function peopleOverTime(entries: readonly Entry[], people: Pick<PeopleIndex, 'byEntryId'>): PersonSpan[] {
  return spansOfPeople(entries.map((e) => ({ report: reportRef(e.report), url: entryPath(e), people: personRefs(people, e) })));
}

/**
 * People who last reported most recently first, those of more entries first among them: whom to
 * ask about a subject today, where first appearance would put a maintainer of twenty years below
 * someone named once in 2001.
 */
export function latestFirst(spans: readonly PersonSpan[]): PersonSpan[] {
  return [...spans].sort((a, b) => compareReportIds(b.last.id, a.last.id) || b.count - a.count);
}
