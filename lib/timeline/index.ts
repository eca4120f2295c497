// Timelines shared by projects, subjects and people: entries in time order with the gaps and
// changes between them, people over time, cited links, counts per year.
export { buildTimelineEntries, entryRefOf } from './entries';
export { changesSince, taskChangeSummary } from './changes';
export { citedLinks, linkIdentity } from './links';
export { countPerYear, gapLabel, listRowNumbers, periodGaps, type ListRowNumbers, type PeriodGap } from './periods';
export { latestFirst, peopleOverTime, personRefs, spansOfPeople } from './people';
export type { CitedLink, EntryRef, PersonRef, PersonSpan, TimelineChanges, TimelineContext, TimelineEntry, YearCount } from './types';
