import { type Entry, formatSpan, reportRef, type ReportRef, type ProjectIndex, type Person, type PeopleIndex, type ContactKind, type SubjectIndex } from '../model';
import { entryParts, entryPath } from '../routes';
import { isBareAddress, isListAddress, isRoleAddress, splitAddress } from './kind';
import { personKey, personSlug } from './collect';

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
   * The words of its other spellings, of every name without accents ("smorgrav" for
   * "Smørgrav") and spelled the other usual way ("bjoern" for "Björn", "björn" for "Bjoern"),
   * and its personal addresses' logins ("kib"), that the name as shown lacks, lowercased, each once: what
   * the list's filter, which matches words as typed, needs to find the row as readers type it.
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

/** How a letter is written where it cannot be ("Björn" as "Bjoern", "Åse" as "Aase"). */
const SPELLED_OUT: Readonly<Record<string, string>> = { ö: 'oe', ø: 'oe', ä: 'ae', ü: 'ue', å: 'aa', ß: 'ss' };
const SPELLED_OUT_LETTER = /[öøäüåß]/g;

/** A word's letters spelled out ("björn" → "bjoern") and spelled-out letters written as letters ("bjoern" → "björn", "bjørn"). */
function otherSpellings(word: string): string[] {
  const out = word.replace(SPELLED_OUT_LETTER, (c) => SPELLED_OUT[c] ?? c);
  const lettered = (oe: string): string => word.replace(/oe|ae|ue|aa|ss/g, (pair) => ({ oe, ae: 'ä', ue: 'ü', aa: 'å', ss: 'ß' })[pair] ?? pair);
  return [out, lettered('ö'), lettered('ø')].filter((w) => w !== word);
}

function otherNameWords(person: Person): string {
  const shown = new Set(person.name.toLowerCase().split(/\s+/));
  const words = person.names.flatMap((name) => [...name.toLowerCase().split(/\s+/), ...personSlug(name).split('-')]);
  // A role's or a list's address is the team's, not the login of whoever wrote from it ("re@", "doceng@").
  const logins = person.emails.filter((e) => !isRoleAddress(e) && !isListAddress(e)).map((e) => splitAddress(e).local);
  return [...new Set([...words, ...words.flatMap(otherSpellings), ...logins])].filter((w) => w !== '' && !shown.has(w)).join(' ');
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

/** Someone named as a contact beside a person, and on how many of the person's entries. */
export interface Coworker {
  slug: string;
  name: string;
  kind: ContactKind;
  /** Entries naming both. */
  count: number;
}

/**
 * The people and teams named as contacts on the same entries as `person`, most shared entries
 * first (then by name), at most `limit`, and how many more there are: whom they reported with.
 * A mailing list or channel is where to write, not someone one works with, so none is counted.
 */
export function workedWith(person: Pick<Person, 'slug' | 'entryIds'>, index: Pick<PeopleIndex, 'byEntryId'>, limit: number): { shown: Coworker[]; more: number } {
  const counts = new Map<string, Coworker>();
  for (const id of new Set(person.entryIds)) {
    for (const other of new Set(index.byEntryId.get(id) ?? [])) {
      if (other.slug === person.slug || other.kind === 'list') continue;
      const seen = counts.get(other.slug) ?? { slug: other.slug, name: other.name, kind: other.kind, count: 0 };
      seen.count++;
      counts.set(other.slug, seen);
    }
  }
  const all = [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1));
  const shown = all.slice(0, Math.max(0, limit));
  return { shown, more: all.length - shown.length };
}

/**
 * Slugs published before (the ledger) that name no one today and lead to no one: a placeholder's
 * ("several"), or one whose entries name no one any more. Their old links go to the list of people
 * rather than nowhere.
 */
export function slugsLeadingNowhere(index: Pick<PeopleIndex, 'ledger' | 'bySlug' | 'redirects'>): string[] {
  return Object.keys(index.ledger).filter((slug) => !index.bySlug.has(slug) && !index.redirects.has(slug));
}

/** The Unicode block a letter is from, as far as names written in Latin letters go: where a stray one came from. */
function blockOf(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x80) return 'ascii';
  if (code < 0x100) return 'latin-1';
  if (code < 0x180) return 'latin-extended-a';
  if (code < 0x250) return 'latin-extended-b';
  if (code >= 0x370 && code < 0x400) return 'greek';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  return 'other';
}

/**
 * A spelling that is `shown` with some of its letters decoded wrongly ("Smørgrav" read as
 * "SmŲrgrav", "Beaupré" as "Beauprş"): letter for letter the same but where `shown` has a letter
 * outside plain ASCII and this one a letter of another block in its place (or a question mark).
 */
function garbled(name: string, shown: string): boolean {
  const [a, b] = [[...name], [...shown]];
  if (a.length !== b.length) return false;
  let differs = false;
  for (const [i, c] of a.entries()) {
    const d = b[i]!;
    if (c === d) continue;
    if (blockOf(d) === 'ascii' || (c !== '?' && c !== '\ufffd' && (blockOf(c) === 'ascii' || blockOf(c) === blockOf(d)))) return false;
    differs = true;
  }
  return differs;
}

/**
 * The spellings "Also named" shows: not an address, and no name already shown again with other
 * accents, case, a note or a role after it ("Rene Ladan" for "René Ladan", "Ann Lee (mentor)"),
 * nor with a letter garbled in decoding (`garbled`).
 */
function otherNamesShown(person: Person): string[] {
  const shown = [person.name];
  for (const name of person.names.slice(1)) {
    if (isBareAddress(name) || shown.some((s) => personKey(s) === personKey(name) || garbled(name, s))) continue;
    shown.push(name);
  }
  return shown.slice(1);
}

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
    otherNames: otherNamesShown(person),
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
