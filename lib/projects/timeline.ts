import { compareReportIds, parseReportId, reportLabel, type Entry, type Link, type Report, type ReportPeriod } from '../model';
import type { PeopleIndex } from '../people';
import { markdownToPlainText } from '../search/plain-text';
import { entryPath } from '../site/routes';
import type { Project } from './types';

/** A report as a timeline names it. */
export interface ReportRef {
  id: string;
  /** "2014 Q1 (January–March)" */
  label: string;
  /** "2014 Q1", "Jun 2001": for lists where the long label does not fit. */
  shortLabel: string;
  period: ReportPeriod;
}

export interface PersonRef {
  slug: string;
  name: string;
}

/** What an entry changed against the project's previous entry. */
export interface TimelineChanges {
  joined: PersonRef[];
  left: PersonRef[];
  newSponsors: string[];
  /** Links the previous entry did not cite (URLs compared by `linkIdentity`). */
  newLinks: Link[];
  tasks: {
    /** Open tasks of this entry that the previous one listed too. */
    recurring: string[];
    /** Open tasks of this entry that the previous one did not list. */
    added: string[];
    /** Open tasks of the previous entry that this one no longer lists: done, dropped or moved. */
    disappeared: string[];
  };
}

export interface TimelineEntry {
  id: string;
  slug: string;
  url: string;
  /** The entry's title at the time. */
  title: string;
  category: string;
  report: ReportRef;
  people: PersonRef[];
  sponsors: string[];
  links: Link[];
  tasks: string[];
  /** The start of its text as plain text, cut at a word. */
  excerpt: string;
  /**
   * Regular report periods between the previous entry's report and this one's: reports the
   * project skipped. Special editions (developer summits) are not periods and never count. 0 for the first.
   */
  gapBefore: number;
  /** Null for the first entry: there is nothing to compare it with. */
  changes: TimelineChanges | null;
}

/** One person over a project's life. */
export interface PersonSpan extends PersonRef {
  first: ReportRef;
  last: ReportRef;
  /** Entries of the project naming this person. */
  count: number;
}

/** One link cited by a project's entries, however many spellings of it they used. */
export interface CitedLink {
  /** The spelling of its latest citation. */
  url: string;
  /** The latest non-empty text given for it, else "". */
  text: string;
  /** Entries citing it. */
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

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

export interface TimelineContext {
  /** Every report of the knowledge base: which periods exist, so that gaps can be counted. */
  reports: readonly Pick<Report, 'id'>[];
  /** Who each entry names, as slugs and names. */
  people: Pick<PeopleIndex, 'byEntryId'>;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function shortMonth(yyyymm: string): string {
  return SHORT_MONTHS[Number(yyyymm.slice(5, 7)) - 1] ?? yyyymm;
}

/** "2014 Q1", "Jun 2001", "Dec 2001–Jan 2002", "Jan–Sep 2018", "May 2013 summit". */
export function shortReportLabel(id: string): string {
  const parsed = parseReportId(id);
  if (!parsed) return id;
  const { start, end } = parsed.period;
  const [year, endYear] = [start.slice(0, 4), end.slice(0, 4)];
  if (parsed.special) return `${shortMonth(start)} ${year} ${parsed.special === 'devsummit' ? 'summit' : parsed.special}`;
  if (start === end) return `${shortMonth(start)} ${year}`;
  const [m1, m2] = [Number(start.slice(5, 7)), Number(end.slice(5, 7))];
  if (year === endYear && m2 - m1 === 2 && m1 % 3 === 1) return `${year} Q${(m1 + 2) / 3}`;
  if (year === endYear) return `${shortMonth(start)}–${shortMonth(end)} ${year}`;
  return `${shortMonth(start)} ${year}–${shortMonth(end)} ${endYear}`;
}

export function reportRef(id: string): ReportRef {
  const period = parseReportId(id)?.period ?? { start: id, end: id };
  return { id, label: reportLabel(id), shortLabel: shortReportLabel(id), period };
}

function startYear(reportId: string): number {
  return Number(reportRef(reportId).period.start.slice(0, 4));
}

/**
 * A URL reduced to what tells two citations of one page apart: `http` and `https` are one,
 * the host's case and a trailing slash do not count. Query and fragment do.
 */
export function linkIdentity(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed.replace(/\/+$/, '');
  }
  const { protocol } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ftp:') return trimmed.toLowerCase();
  const scheme = protocol === 'ftp:' ? 'ftp:' : '';
  // URL lowercases the host and drops default ports itself.
  return `${scheme}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
}

/** Sponsors and tasks compared as a reader would: case, spacing and closing punctuation aside. */
function textKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.;:!,]+$/, '').trim();
}

/** Entries per year from the first year to the last, zeros included. */
function countPerYear(entries: readonly Entry[]): YearCount[] {
  const years = entries.map((e) => startYear(e.report));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: 0 }));
  for (const year of years) {
    const slot = counts[year - first];
    if (slot) slot.count++;
  }
  return counts;
}

/** Entry count, span, latest activity and entries per year: what a list of projects shows. */
export function summarizeProject(project: Project): ProjectSummary {
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

/**
 * For each report id, how many regular periods come before it: the gap between two reports is
 * the difference, less one when the earlier is itself a regular period.
 */
function regularPeriodsBefore(reports: readonly Pick<Report, 'id'>[]): Map<string, { before: number; regular: boolean }> {
  const sorted = [...reports].sort((a, b) => compareReportIds(a.id, b.id));
  const positions = new Map<string, { before: number; regular: boolean }>();
  let before = 0;
  for (const { id } of sorted) {
    const regular = parseReportId(id)?.special === undefined;
    positions.set(id, { before, regular });
    if (regular) before++;
  }
  return positions;
}

function gapBetween(positions: ReadonlyMap<string, { before: number; regular: boolean }>, from: string, to: string): number {
  const a = positions.get(from);
  const b = positions.get(to);
  if (!a || !b || from === to) return 0;
  return Math.max(0, b.before - a.before - (a.regular ? 1 : 0));
}

const EXCERPT_LENGTH = 280;

/** The first words of a Markdown text, at most `length` characters and cut at a word. */
export function excerptOf(markdown: string, length = EXCERPT_LENGTH): string {
  // The plain-text reader knows no GFM tables: their rows would read as bars and dashes.
  const withoutTables = markdown.replace(/^[ \t]*\|.*\|[ \t]*$/gm, '');
  const text = markdownToPlainText(withoutTables).text.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length);
  return `${atWord.replace(/[\s.,;:–—-]+$/, '')}…`;
}

function diffPeople(previous: readonly PersonRef[], current: readonly PersonRef[]): Pick<TimelineChanges, 'joined' | 'left'> {
  const before = new Set(previous.map((p) => p.slug));
  const now = new Set(current.map((p) => p.slug));
  return { joined: current.filter((p) => !before.has(p.slug)), left: previous.filter((p) => !now.has(p.slug)) };
}

function diffTasks(previous: readonly string[], current: readonly string[]): TimelineChanges['tasks'] {
  const before = new Set(previous.map(textKey));
  const now = new Set(current.map(textKey));
  return {
    recurring: current.filter((t) => before.has(textKey(t))),
    added: current.filter((t) => !before.has(textKey(t))),
    disappeared: previous.filter((t) => !now.has(textKey(t))),
  };
}

function changesSince(previous: Entry, previousPeople: readonly PersonRef[], current: Entry, currentPeople: readonly PersonRef[]): TimelineChanges {
  const sponsorsBefore = new Set(previous.sponsors.map(textKey));
  const linksBefore = new Set(previous.links.map((l) => linkIdentity(l.url)));
  return {
    ...diffPeople(previousPeople, currentPeople),
    newSponsors: current.sponsors.filter((s) => !sponsorsBefore.has(textKey(s))),
    newLinks: current.links.filter((l) => !linksBefore.has(linkIdentity(l.url))),
    tasks: diffTasks(previous.tasks, current.tasks),
  };
}

/** Each person of a project with the first and last report naming them, in the order they first appear. */
export function peopleOverTime(project: Project, people: Pick<PeopleIndex, 'byEntryId'>): PersonSpan[] {
  return spansOfPeople(project.entries.map((e) => ({ report: reportRef(e.report), people: personRefs(people, e) })));
}

function personRefs(people: Pick<PeopleIndex, 'byEntryId'>, entry: Entry): PersonRef[] {
  return (people.byEntryId.get(entry.id) ?? []).map(({ slug, name }) => ({ slug, name }));
}

function spansOfPeople(entries: readonly Pick<TimelineEntry, 'report' | 'people'>[]): PersonSpan[] {
  const spans = new Map<string, PersonSpan>();
  for (const entry of entries) {
    for (const person of entry.people) {
      const span = spans.get(person.slug);
      if (span) {
        span.last = entry.report;
        span.count++;
      } else {
        spans.set(person.slug, { ...person, first: entry.report, last: entry.report, count: 1 });
      }
    }
  }
  return [...spans.values()];
}

/** Every link the entries cite, one per `linkIdentity`, counted once per citing entry. */
export function citedLinks(entries: readonly Pick<Entry, 'links'>[]): CitedLink[] {
  const byIdentity = new Map<string, CitedLink & { order: number }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const link of entry.links) {
      const identity = linkIdentity(link.url);
      const cited = byIdentity.get(identity);
      if (!cited) {
        byIdentity.set(identity, { url: link.url.trim(), text: link.text.trim(), count: 1, order: byIdentity.size });
        seen.add(identity);
        continue;
      }
      // Later citations win: the latest spelling and text are the most likely to still work.
      cited.url = link.url.trim();
      if (link.text.trim()) cited.text = link.text.trim();
      if (!seen.has(identity)) cited.count++;
      seen.add(identity);
    }
  }
  return [...byIdentity.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ url, text, count }) => ({ url, text, count }));
}

/** A project's timeline: its entries in order with what changed between them, and its people and links over time. */
export function buildProjectTimeline(project: Project, context: TimelineContext): ProjectTimeline {
  const positions = regularPeriodsBefore(context.reports);
  const entries: TimelineEntry[] = [];
  let previous: { entry: Entry; people: PersonRef[] } | undefined;
  for (const entry of project.entries) {
    const people = personRefs(context.people, entry);
    entries.push({
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
      gapBefore: previous ? gapBetween(positions, previous.entry.report, entry.report) : 0,
      changes: previous ? changesSince(previous.entry, previous.people, entry, people) : null,
    });
    previous = { entry, people };
  }
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
export interface NeighbourEntry {
  id: string;
  title: string;
  url: string;
  report: ReportRef;
}

/** Where an entry stands in its project: for the entry page's previous / next links. */
export interface ProjectNeighbours {
  slug: string;
  title: string;
  /** 1-based. */
  position: number;
  total: number;
  previous: NeighbourEntry | null;
  next: NeighbourEntry | null;
}

function neighbour(entry: Entry | undefined): NeighbourEntry | null {
  return entry ? { id: entry.id, title: entry.title, url: entryPath(entry), report: reportRef(entry.report) } : null;
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

/** "2013–2025", or one year. */
export function formatSpan(span: { first: number; last: number }): string {
  return span.first === span.last ? String(span.first) : `${span.first}–${span.last}`;
}

/** One row of the list of all projects, with the numbers its sort orders compare. */
export interface ProjectListRow extends ProjectSummary {
  /** Earlier titles, for the text filter to find a project by an old name. */
  otherTitles: string[];
  /** The words of earlier titles that its title lacks, lowercased, each once: what the filter needs of them. */
  otherTitleWords: string;
  spanText: string;
  /** Years from first to last, both counted. */
  spanYears: number;
  /** The latest period's end as YYYYMM: larger is more recent. */
  latestKey: number;
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
    spanText: formatSpan(summary.span),
    spanYears: summary.span.last - summary.span.first + 1,
    latestKey: Number(summary.latest.period.end.replace('-', '')) || 0,
  };
}

/** Every project as a list row, most recently active first, then most entries, then by title. */
export function projectListRows(projects: readonly Project[]): ProjectListRow[] {
  return projects
    .map(listRow)
    .sort((a, b) => b.latestKey - a.latestKey || b.entryCount - a.entryCount || a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1));
}

/** "1 report without an entry", "3 reports without an entry". */
export function gapLabel(skipped: number): string {
  return `${skipped} ${skipped === 1 ? 'report' : 'reports'} without an entry`;
}

/** "2 new, 1 still open, 3 no longer listed": the open tasks of an entry against the previous one. */
export function taskChangeSummary(tasks: TimelineChanges['tasks']): string {
  const parts = [
    tasks.added.length ? `${tasks.added.length} new` : '',
    tasks.recurring.length ? `${tasks.recurring.length} still open` : '',
    tasks.disappeared.length ? `${tasks.disappeared.length} no longer listed` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
