import { excerptOf } from '../content';
import { reportRef, type Entry } from '../model';
import { entryPath } from '../routes';
import { changesSince } from './changes';
import { personRefs } from './people';
import { periodGaps } from './periods';
import type { EntryRef, PersonRef, TimelineContext, TimelineEntry } from './types';

/**
 * Entries given oldest first as a timeline: each with its people, the start of its text, and the
 * gap and changes since the previous entry of its thread. `threadOf` says which entries follow
 * one another (a subject's timeline interleaves several projects); by default they all do.
 */
export function buildTimelineEntries(
  entries: readonly Entry[],
  context: TimelineContext,
  threadOf: (entry: Entry) => string = () => '',
): TimelineEntry[] {
  const gap = periodGaps(context.reports);
  const previousOfThread = new Map<string, { entry: Entry; people: PersonRef[] }>();
  return entries.map((entry) => {
    const people = personRefs(context.people, entry);
    const thread = threadOf(entry);
    const previous = previousOfThread.get(thread);
    previousOfThread.set(thread, { entry, people });
    return {
      id: entry.id,
      slug: entry.slug,
      url: entryPath(entry),
      title: entry.title,
      category: entry.category,
      report: reportRef(entry.report),
      people,
      sponsors: entry.sponsors,
      links: entry.links,
      tasks: entry.tasks,
      excerpt: excerptOf(entry.body),
      gapBefore: previous ? gap(previous.entry.report, entry.report) : 0,
      changes: previous ? changesSince(previous.entry, previous.people, entry, people) : null,
    };
  });
}

/** An entry as a link to it, with its report. */
export function entryRefOf(entry: Entry): EntryRef {
  return { id: entry.id, title: entry.title, url: entryPath(entry), report: reportRef(entry.report) };
}
