import { entryToJson, type EntrySummaryJson, excerptOf } from '../content';
import type { Entry, PeopleIndex, Project, Subject } from '../model';
import { entrySummary } from '../projects/json';
import { personPath, subjectPath } from '../routes';
import { peopleOverTime } from '../timeline';
import { summarizeSubject } from './timeline';

type ProjectOf = (entryId: string) => Pick<Project, 'slug'> | undefined;

/** A subject in `kb subjects --json` (DESIGN.md: `{slug, title, aliases, entries, mentions, projects}`). */
export interface SubjectSummaryJson {
  /** What the document is: a slug may name a project and a subject alike (`kb show <slug>`). */
  kind: 'subject';
  slug: string;
  title: string;
  aliases: string[];
  url: string;
  span: { first: number; last: number };
  latest: string;
  related: string[];
  /** The main timeline, oldest first. */
  entries: EntrySummaryJson[];
  /** Entries that only mention it, oldest first. */
  mentions: EntrySummaryJson[];
  projects: string[];
}

/** A main-timeline entry in `/api/subjects/<slug>`: its contract fields and the start of its text. */
export interface SubjectEntryJson extends EntrySummaryJson {
  excerpt: string;
}

/** A subject in `/api/subjects/<slug>` and `kb show <slug> --json`. */
export interface SubjectJson extends Omit<SubjectSummaryJson, 'entries'> {
  entries: SubjectEntryJson[];
  people: { slug: string; name: string; url: string; first: string; last: string; count: number }[];
}

function summaryOf(entry: Entry, projectOf: ProjectOf): EntrySummaryJson {
  return entrySummary(entryToJson(entry, projectOf(entry.id)?.slug));
}

export function subjectSummaryToJson(subject: Subject, projectOf: ProjectOf): SubjectSummaryJson {
  const { span, latest } = summarizeSubject(subject);
  return {
    kind: 'subject',
    slug: subject.slug,
    title: subject.title,
    aliases: subject.aliases,
    url: subjectPath(subject.slug),
    span,
    latest: latest.id,
    related: subject.related,
    entries: subject.entries.map((e) => summaryOf(e, projectOf)),
    mentions: subject.mentions.map((e) => summaryOf(e, projectOf)),
    projects: subject.projects,
  };
}

export function subjectToJson(subject: Subject, projectOf: ProjectOf, people: Pick<PeopleIndex, 'byEntryId'>): SubjectJson {
  const summary = subjectSummaryToJson(subject, projectOf);
  return {
    ...summary,
    entries: subject.entries.map((e, i) => ({ ...summary.entries[i]!, excerpt: excerptOf(e.body) })),
    people: peopleOverTime(subject.entries, people).map((p) => ({ slug: p.slug, name: p.name, url: personPath(p.slug), first: p.first.id, last: p.last.id, count: p.count })),
  };
}
