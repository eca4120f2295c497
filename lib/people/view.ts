import { type Entry, formatSpan, reportRef, type ReportRef, type ProjectIndex, type Person, type ContactKind, type SubjectIndex } from '../model';
import { entryParts, entryPath } from '../routes';
import { isBareAddress } from './kind';
import { personSlug } from './collect';

/** One row of the list of all people. */
export interface PersonListRow {
  slug: string;
  name: string;
  kind: ContactKind;
  entryCount: number;
  projectCount: number;
  /** "2004–2019" */
  spanText: string;
  /**
   * The words of its other spellings and of every name without accents ("smorgrav" for
   * "Smørgrav") that the name as shown lacks, lowercased, each once: what the list's filter
   * needs to find the row as readers type it.
   */
  otherNameWords: string;
}

export interface PersonEntry {
  id: string;
  title: string;
  url: string;
  report: ReportRef;
  project: { slug: string; title: string } | null;
}

export interface PersonProject {
  slug: string;
  title: string;
  /** Entries of the project naming this person. */
  count: number;
  first: ReportRef;
  last: ReportRef;
}

/** What a person's page shows. */
export interface PersonView {
  slug: string;
  name: string;
  /** Other names the entries give them ("Pawel Dawidek" for "Pawel Jakub Dawidek"), addresses left out. */
  otherNames: string[];
  kind: ContactKind;
  entryCount: number;
  spanText: string;
  /** Most entries first. */
  projects: PersonProject[];
  /** Oldest year first, entries oldest first within it. */
  years: Array<{ year: number; entries: PersonEntry[] }>;
}

function yearOf(report: ReportRef): number {
  return Number(report.period.start.slice(0, 4));
}

function spanOf(entryIds: readonly string[]): string {
  const [first, last] = [entryIds[0], entryIds[entryIds.length - 1]];
  if (first === undefined || last === undefined) return '';
  return formatSpan({ first: yearOf(reportRef(entryParts(first).report)), last: yearOf(reportRef(entryParts(last).report)) });
}

/** Every person as a list row, by name (then slug, so namesakes keep a fixed order). */
export function peopleListRows(people: readonly Person[]): PersonListRow[] {
  return people
    .map((p) => ({
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      entryCount: p.entryIds.length,
      projectCount: p.projects.length,
      spanText: spanOf(p.entryIds),
      otherNameWords: otherNameWords(p),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1));
}

function otherNameWords(person: Person): string {
  const shown = new Set(person.name.toLowerCase().split(/\s+/));
  const words = person.names.flatMap((name) => [...name.toLowerCase().split(/\s+/), ...personSlug(name).split('-')]);
  return [...new Set(words)].filter((w) => w !== '' && !shown.has(w)).join(' ');
}

/** A subject a person reported on, and in how many of their entries. */
export interface PersonSubject {
  slug: string;
  title: string;
  count: number;
}

/**
 * The subjects a person's entries report on, most entries first (then by title), at most
 * `limit`: what to ask them about, which their projects' names do not always say.
 */
export function personSubjects(person: Person, subjects: Pick<SubjectIndex, 'byEntryId'>, limit: number): PersonSubject[] {
  const counts = new Map<string, PersonSubject>();
  for (const id of person.entryIds) {
    for (const subject of subjects.byEntryId.get(id) ?? []) {
      const seen = counts.get(subject.slug) ?? { slug: subject.slug, title: subject.title, count: 0 };
      seen.count++;
      counts.set(subject.slug, seen);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en')).slice(0, limit);
}

/** A name that is the shown one with a note after it ("Ann Lee (mentor)"): what the person was to one entry, no other name. */
const noteAfter = (name: string, shown: string): boolean => name !== shown && name.replace(/\s*\([^()]*\)\s*$/, '') === shown;

/** A person's entries by year and the projects they reported on. Entries the lookup does not find are left out. */
export function personView(person: Person, getEntry: (id: string) => Entry | undefined, projects: Pick<ProjectIndex, 'byEntryId'>): PersonView {
  const entries: PersonEntry[] = [];
  const byProject = new Map<string, PersonProject>();
  for (const id of person.entryIds) {
    const entry = getEntry(id);
    if (!entry) continue;
    const report = reportRef(entry.report);
    const project = projects.byEntryId.get(id);
    entries.push({ id, title: entry.title, url: entryPath(entry), report, project: project ? { slug: project.slug, title: project.title } : null });
    if (!project) continue;
    const seen = byProject.get(project.slug);
    if (seen) {
      seen.count++;
      seen.last = report;
    } else byProject.set(project.slug, { slug: project.slug, title: project.title, count: 1, first: report, last: report });
  }
  const years = new Map<number, PersonEntry[]>();
  for (const entry of entries) {
    const year = yearOf(entry.report);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return {
    slug: person.slug,
    name: person.name,
    otherNames: person.names.slice(1).filter((n) => !isBareAddress(n) && !noteAfter(n, person.name)),
    kind: person.kind,
    entryCount: entries.length,
    spanText: spanOf(entries.map((e) => e.id)),
    projects: [...byProject.values()].sort((a, b) => b.count - a.count),
    years: [...years].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, entries: list })),
  };
}


/** How the site names each kind of contact: a section of /people (heading, anchor), a word on a contact's page. */
export const CONTACT_KIND_LABELS: Readonly<Record<ContactKind, { heading: string; one: string; many: string; anchor: string }>> = {
  person: { heading: 'People', one: 'person', many: 'people', anchor: 'people' },
  team: { heading: 'Teams and groups', one: 'team', many: 'teams', anchor: 'teams' },
  list: { heading: 'Mailing lists and channels', one: 'mailing list or channel', many: 'mailing lists and channels', anchor: 'lists' },
};

/** The sections of /people: people first, then teams, then lists, each in the rows' order; none empty. */
export function peopleSections(rows: readonly PersonListRow[]): Array<{ kind: ContactKind; rows: PersonListRow[] }> {
  return (['person', 'team', 'list'] as const).map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) })).filter((s) => s.rows.length > 0);
}
