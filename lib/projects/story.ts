import { compareReportIds, parseReportId, type Entry, type Report, type Project, type ProjectIndex } from '../model';
import { gapLabel, periodGaps } from '../timeline';

/** Where an entry stands in its project's story. */
export type EntryStory =
  /** The project's first entry. */
  | { kind: 'first' }
  /** The project reported in the previous regular report too. */
  | { kind: 'continuing'; previous: string }
  /** The project skipped `skipped` regular reports before this one. */
  | { kind: 'back'; skipped: number; previous: string };

/** An entry's place in its project: first report, continuing, or back after some reports without one. */
export function entryStory(project: Pick<Project, 'entries'>, entryId: string, reports: readonly Pick<Report, 'id'>[]): EntryStory {
  const at = project.entries.findIndex((e) => e.id === entryId);
  const previous = at > 0 ? project.entries[at - 1] : undefined;
  if (!previous) return { kind: 'first' };
  const skipped = periodGaps(reports)(previous.report, project.entries[at]!.report);
  return skipped > 0 ? { kind: 'back', skipped, previous: previous.id } : { kind: 'continuing', previous: previous.id };
}

/** An entry's place in its story as a report says it beside the entry, on the site and in `kb show`. */
export function storyLabel(story: EntryStory): string {
  if (story.kind === 'first') return 'First report';
  return story.kind === 'continuing' ? 'Continues from the previous report' : `Back after ${gapLabel(story.skipped)}`;
}

/** A project missing from a report, and the report where it came back, if it did. */
export interface QuietProject {
  project: Project;
  /** Its entry in the previous report: what it said last, and whom to ask. */
  last: Entry;
  /** The first later report with an entry of the project: gone quiet for a while, not stopped. */
  backIn?: string;
}

/**
 * The projects that reported in the regular report before `reportId` and not in it: what readers
 * wonder about, and whom the report's editors chase. Empty for the first report and for special
 * editions (a summit report is no period of its own).
 */
export function quietSinceLastReport(reportId: string, reports: readonly Pick<Report, 'id'>[], projects: Pick<ProjectIndex, 'projects'>): QuietProject[] {
  if (parseReportId(reportId)?.special) return [];
  const regular = reports.map((r) => r.id).filter((id) => !parseReportId(id)?.special).sort(compareReportIds);
  const previous = regular[regular.indexOf(reportId) - 1];
  if (previous === undefined) return [];
  return projects.projects
    .filter((p) => !p.entries.some((e) => e.report === reportId))
    .flatMap((project) => {
      const last = project.entries.findLast((e) => e.report === previous);
      const backIn = project.entries.find((e) => compareReportIds(e.report, reportId) > 0)?.report;
      return last ? [backIn ? { project, last, backIn } : { project, last }] : [];
    })
    .sort((a, b) => b.project.entries.length - a.project.entries.length || a.project.title.localeCompare(b.project.title, 'en'));
}
