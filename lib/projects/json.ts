import { entryToJson, type EntryJson, type EntrySummaryJson } from '../content';
import { personPath, projectPath } from '../routes';
import { citedLinks, peopleOverTime, type CitedLink } from '../timeline';
import type { PeopleIndex, Project } from '../model';
import { summarizeProject } from './timeline';

/** A project in `kb projects --json` (DESIGN.md: `{slug, title, entries}`, entries in time order). */
export interface ProjectSummaryJson {
  /** What the document is: a slug may name a project and a subject alike, and `/api/projects/<subject>` leads to the subject. */
  kind: 'project';
  slug: string;
  title: string;
  /** The project's page on the site. */
  url: string;
  /** Every title its entries had, oldest first. */
  titles: string[];
  /** Slugs of related projects. */
  related: string[];
  /** Years its first and last periods start in. */
  span: { first: number; last: number };
  /** The report of its latest entry. */
  latest: string;
  entries: EntrySummaryJson[];
}

export interface ProjectPersonJson {
  slug: string;
  name: string;
  url: string;
  /** Report ids of the first and last entries naming them. */
  first: string;
  last: string;
  /** Entries of the project naming them. */
  count: number;
}

/** A project in `/api/projects/<slug>` and `kb show <slug> --json`: everything, entries in full. */
export interface ProjectJson extends Omit<ProjectSummaryJson, 'entries'> {
  people: ProjectPersonJson[];
  links: CitedLink[];
  /** The open tasks of its latest entry. */
  openTasks: string[];
  entries: EntryJson[];
}

/** The contract fields of an entry's JSON, and nothing else. */
export function entrySummary(json: EntrySummaryJson): EntrySummaryJson {
  const { id, report, slug, title, category, project, url } = json;
  return { id, report, slug, title, category, project, url };
}

function projectHead(project: Project): Omit<ProjectSummaryJson, 'entries'> {
  const { span, latest } = summarizeProject(project);
  return {
    kind: 'project',
    slug: project.slug,
    title: project.title,
    url: projectPath(project.slug),
    titles: project.titles,
    related: project.related,
    span,
    latest: latest.id,
  };
}

export function projectSummaryToJson(project: Project): ProjectSummaryJson {
  return { ...projectHead(project), entries: project.entries.map((e) => entrySummary(entryToJson(e, project.slug))) };
}

export function projectToJson(project: Project, people: Pick<PeopleIndex, 'byEntryId'>): ProjectJson {
  return {
    ...projectHead(project),
    people: peopleOverTime(project.entries, people).map((p) => ({
      slug: p.slug,
      name: p.name,
      url: personPath(p.slug),
      first: p.first.id,
      last: p.last.id,
      count: p.count,
    })),
    links: citedLinks(project.entries),
    openTasks: project.entries[project.entries.length - 1]?.tasks ?? [],
    entries: project.entries.map((e) => entryToJson(e, project.slug)),
  };
}
