// Timelines shared by projects, subjects and people: entries in time order with the gaps and
// changes between them, people over time, cited links, counts per year.
export { buildTimelineEntries } from './entries';
export { changesSince, taskChangeSummary } from './changes';
export { citedLinks, linkIdentity } from './links';
export { countPerYear, gapLabel, periodGaps, type PeriodGap } from './periods';
export { peopleOverTime, personRefs, spansOfPeople } from './people';
export type { CitedLink, PersonRef, PersonSpan, TimelineChanges, TimelineContext, TimelineEntry, YearCount } from './types';
