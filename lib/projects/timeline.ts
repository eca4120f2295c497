import { compareReportIds, reportRef, type Entry, type ReportRef, type Project } from '../model';
import { buildTimelineEntries, citedLinks, countPerYear, entryRefOf, listRowNumbers, spansOfPeople, type EntryRef, type ListRowNumbers, type CitedLink, type PersonSpan, type TimelineContext, type TimelineEntry, type YearCount } from '../timeline';

/** What lists of projects show: cheap, from the project alone. */
export interface ProjectSummary {
  slug: string;
  title: string;
  entryCount: number;
  /** Years the project's periods start in, first and last. */
  span: { first: number; last: number };
  /** The report of its latest entry. */
  latest: ReportRef;
  /** Every year from the first to the last, with zeros, for a chart. */
  perYear: YearCount[];
}

export interface ProjectTimeline extends ProjectSummary {
  titles: string[];
  related: string[];
  /** Oldest first. */
  entries: TimelineEntry[];
  /** In the order people first appear. */
  people: PersonSpan[];
  /** Most cited first, then in the order first cited. */
  links: CitedLink[];
  /** The open tasks of the latest entry. */
  openTasks: string[];
}

/** Entry count, span, latest activity and entries per year: what a list of projects shows. */
export function summarizeProject(project: Pick<Project, 'slug' | 'title' | 'entries'>): ProjectSummary {
  const latestEntry = project.entries.reduce<Entry | undefined>(
    (latest, e) => (!latest || compareReportIds(e.report, latest.report) >= 0 ? e : latest),
    undefined,
  );
  const perYear = countPerYear(project.entries);
  const first = perYear[0]?.year ?? 0;
  const last = perYear[perYear.length - 1]?.year ?? 0;
  return {
    slug: project.slug,
    title: project.title,
    entryCount: project.entries.length,
    span: { first, last },
    latest: reportRef(latestEntry?.report ?? ''),
    perYear,
  };
}

/** A project's timeline: its entries in order with what changed between them, and its people and links over time. */
export function buildProjectTimeline(project: Project, context: TimelineContext): ProjectTimeline {
  const entries = buildTimelineEntries(project.entries, context);
  return {
    ...summarizeProject(project),
    titles: project.titles,
    related: project.related,
    entries,
    people: spansOfPeople(entries),
    links: citedLinks(project.entries),
    openTasks: project.entries[project.entries.length - 1]?.tasks ?? [],
  };
}

/** An entry as a neighbour on its project's timeline. */
/** Where an entry stands in its project: for the entry page's previous / next links. */
export interface ProjectNeighbours {
  slug: string;
  title: string;
  /** 1-based. */
  position: number;
  total: number;
  previous: EntryRef | null;
  next: EntryRef | null;
}

function neighbour(entry: Entry | undefined): EntryRef | null {
  return entry ? entryRefOf(entry) : null;
}

/** The entry before and after `entryId` in its project; undefined when the project does not hold it. */
export function projectNeighbours(project: Project, entryId: string): ProjectNeighbours | undefined {
  const index = project.entries.findIndex((e) => e.id === entryId);
  if (index < 0) return undefined;
  return {
    slug: project.slug,
    title: project.title,
    position: index + 1,
    total: project.entries.length,
    previous: neighbour(project.entries[index - 1]),
    next: neighbour(project.entries[index + 1]),
  };
}

/** One row of the list of all projects, with the numbers its sort orders compare. */
export interface ProjectListRow extends ProjectSummary, ListRowNumbers {
  /** Earlier titles, for the text filter to find a project by an old name. */
  otherTitles: string[];
  /** The words of earlier titles that its title lacks, lowercased, each once: what the filter needs of them. */
  otherTitleWords: string;
}

function listRow(project: Project): ProjectListRow {
  const summary = summarizeProject(project);
  const otherTitles = project.titles.filter((t) => t !== project.title);
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  const known = new Set(words(project.title));
  return {
    ...summary,
    otherTitles,
    otherTitleWords: [...new Set(otherTitles.flatMap(words))].filter((w) => !known.has(w)).join(' '),
    ...listRowNumbers(summary),
  };
}

/** Every project as a list row, most recently active first, then most entries, then by title. */
export function projectListRows(projects: readonly Project[]): ProjectListRow[] {
  return projects
    .map(listRow)
    .sort((a, b) => b.latestKey - a.latestKey || b.entryCount - a.entryCount || a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1));
}
