import { compareReportIds, reportRef, type Entry, type ReportRef, type Project, type Subject } from '../model';
import { distinctTitles } from '../projects';
import { buildTimelineEntries, countPerYear, entryRefOf, latestFirst, listRowNumbers, spansOfPeople, type EntryRef, type ListRowNumbers, type PersonSpan, type TimelineContext, type TimelineEntry, type YearCount } from '../timeline';

/** What lists of subjects show: cheap, from the subject alone. */
export interface SubjectSummary {
  slug: string;
  title: string;
  aliases: string[];
  entryCount: number;
  mentionCount: number;
  projectCount: number;
  /** Years its first and last main-timeline entries' periods start in. */
  span: { first: number; last: number };
  latest: ReportRef;
  perYear: YearCount[];
}

/** An entry as a dot on a project's lane. */
/** One project's entries on the subject's time axis. */
export interface SubjectLane {
  project: { slug: string; title: string };
  dots: EntryRef[];
}

/** A main-timeline entry with the project it came from. */
export interface SubjectTimelineEntry extends TimelineEntry {
  project: { slug: string; title: string };
}

export interface SubjectTimeline extends SubjectSummary {
  /** One per project, in the order they first reported on it. */
  lanes: SubjectLane[];
  /** Oldest first; what changed is measured against the same project's previous entry. */
  entries: SubjectTimelineEntry[];
  people: PersonSpan[];
  /**
   * Entries that only mention it, by project: the project that mentioned it last first, each
   * project's entries newest first. A team that names it every quarter (a foundation's report)
   * is one line, and the odd effort naming it once stands out beside it.
   */
  mentionsByProject: { project: { slug: string; title: string }; entries: EntryRef[] }[];
  related: { slug: string; title: string }[];
}

export function summarizeSubject(subject: Subject): SubjectSummary {
  const perYear = countPerYear(subject.entries);
  const latest = subject.entries[subject.entries.length - 1];
  return {
    slug: subject.slug,
    title: subject.title,
    aliases: subject.aliases,
    entryCount: subject.entries.length,
    mentionCount: subject.mentions.length,
    projectCount: subject.projects.length,
    span: { first: perYear[0]?.year ?? 0, last: perYear[perYear.length - 1]?.year ?? 0 },
    latest: reportRef(latest?.report ?? ''),
    perYear,
  };
}

export interface SubjectContext extends TimelineContext {
  projects: { byEntryId: ReadonlyMap<string, Pick<Project, 'slug' | 'title' | 'entries'>> };
  subjects: { bySlug: ReadonlyMap<string, Pick<Subject, 'slug' | 'title'>> };
}

/** A subject's page: its lanes, its merged timeline, its people, the entries that mention it. */
export function buildSubjectTimeline(subject: Subject, context: SubjectContext): SubjectTimeline {
  const named = [...subject.entries, ...subject.mentions].flatMap((e) => context.projects.byEntryId.get(e.id) ?? []);
  const titles = distinctTitles(named);
  const projectOf = (e: Entry): { slug: string; title: string } => {
    const p = context.projects.byEntryId.get(e.id);
    return p ? { slug: p.slug, title: titles.get(p.slug) ?? p.title } : { slug: e.id, title: e.title };
  };
  const lanes = new Map<string, SubjectLane>();
  for (const e of subject.entries) {
    const project = projectOf(e);
    const lane = lanes.get(project.slug) ?? { project, dots: [] };
    lanes.set(project.slug, lane);
    lane.dots.push(entryRefOf(e));
  }
  const entries = buildTimelineEntries(subject.entries, context, (e) => projectOf(e).slug).map((t, i) => ({ ...t, project: projectOf(subject.entries[i]!) }));
  return {
    ...summarizeSubject(subject),
    lanes: [...lanes.values()],
    entries,
    people: latestFirst(spansOfPeople(entries)),
    mentionsByProject: mentionsByProject(subject.mentions, projectOf),
    related: subject.related.flatMap((slug) => {
      const other = context.subjects.bySlug.get(slug);
      return other ? [{ slug: other.slug, title: other.title }] : [];
    }),
  };
}

function mentionsByProject(mentions: readonly Entry[], projectOf: (e: Entry) => { slug: string; title: string }): SubjectTimeline['mentionsByProject'] {
  const groups = new Map<string, SubjectTimeline['mentionsByProject'][number]>();
  for (const e of [...mentions].sort((a, b) => compareReportIds(b.report, a.report) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const project = projectOf(e);
    const group = groups.get(project.slug) ?? { project, entries: [] };
    groups.set(project.slug, group);
    group.entries.push(entryRefOf(e));
  }
  return [...groups.values()];
}

/** One row of the list of all subjects, with the numbers its sort orders compare. */
export interface SubjectListRow extends SubjectSummary, ListRowNumbers {}

/** Every subject as a list row, the most entries first. */
export function subjectListRows(subjects: readonly Subject[]): SubjectListRow[] {
  return subjects
    .map((s) => {
      const summary = summarizeSubject(s);
      return { ...summary, ...listRowNumbers(summary) };
    })
    .sort((a, b) => b.entryCount - a.entryCount || a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1));
}
