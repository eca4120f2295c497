import type { Entry, Report, ProjectIndex } from '../model';

/** The open tasks of one project's latest entry: where help is wanted today. */
export interface OpenTasks {
  projectSlug: string;
  projectTitle: string;
  /** The latest entry, whose tasks these are. */
  entry: Entry;
  tasks: string[];
}

/**
 * Every project whose latest entry lists open tasks, newest report first (projects of one
 * report in the report's own order). Older entries' tasks are left out: the latest entry says
 * what is still open.
 */
export function openTasks(projects: ProjectIndex, reports: readonly Report[], category?: string): OpenTasks[] {
  const reportOrder = new Map(reports.map((r, i) => [r.id, i]));
  return projects.projects
    .flatMap((project) => {
      const entry = project.entries[project.entries.length - 1];
      if (!entry || entry.tasks.length === 0 || (category !== undefined && entry.category !== category)) return [];
      return [{ projectSlug: project.slug, projectTitle: project.title, entry, tasks: entry.tasks }];
    })
    .sort(
      (a, b) =>
        (reportOrder.get(b.entry.report) ?? 0) - (reportOrder.get(a.entry.report) ?? 0) ||
        (a.entry.order ?? 0) - (b.entry.order ?? 0) ||
        (a.entry.id < b.entry.id ? -1 : 1),
    );
}
