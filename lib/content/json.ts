import type { Entry } from '../model';
import { entryPath } from '../routes';

/** The fields every entry carries in any JSON (DESIGN.md): CLI output, API, search results. */
export interface EntrySummaryJson {
  id: string;
  report: string;
  slug: string;
  title: string;
  category: string;
  project: string | null;
  url: string;
}

/** An entry as every JSON consumer (CLI, API) sees it: the contract fields first, then the rest. */
export interface EntryJson extends EntrySummaryJson {
  contacts: Entry['contacts'];
  links: Entry['links'];
  sponsors: string[];
  tasks: string[];
  tasksIntro?: string;
  tasksHeading?: string;
  /** Its place in the upstream report, where known. */
  order?: number;
  source: Entry['source'];
  body: string;
}

export function entryToJson(entry: Entry, project: string | undefined): EntryJson {
  return {
    id: entry.id,
    report: entry.report,
    slug: entry.slug,
    title: entry.title,
    category: entry.category,
    project: project ?? entry.project ?? null,
    url: entryPath(entry),
    contacts: entry.contacts,
    links: entry.links,
    sponsors: entry.sponsors,
    tasks: entry.tasks,
    ...(entry.tasksIntro ? { tasksIntro: entry.tasksIntro } : {}),
    ...(entry.tasksHeading ? { tasksHeading: entry.tasksHeading } : {}),
    ...(entry.order === undefined ? {} : { order: entry.order }),
    source: entry.source,
    body: entry.body,
  };
}
