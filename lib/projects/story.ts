import { compareReportIds, countOf, parseReportId, reportLabel, type Entry, type Report, type Project, type ProjectIndex } from '../model';
import { entryParts } from '../routes';
import { gapLabel, periodGaps } from '../timeline';

/** Where an entry stands in its project's story. */
export type EntryStory =
  /** The project's first entry. */
  | { kind: 'first' }
  /** No regular period missed since the project's entry before (a summit stands in the period it was held in). */
  | { kind: 'continuing'; previous: string }
  /** The project skipped `skipped` regular periods since its entry before. */
  | { kind: 'back'; skipped: number; previous: string };

/** An entry's place in its project: first report, continuing, or back after some reports without one. */
export function entryStory(project: Pick<Project, 'entries'>, entryId: string, reports: readonly Pick<Report, 'id'>[]): EntryStory {
  const at = project.entries.findIndex((e) => e.id === entryId);
  const previous = at > 0 ? project.entries[at - 1] : undefined;
  if (!previous) return { kind: 'first' };
  const skipped = periodGaps(reports)(previous.report, project.entries[at]!.report);
  return skipped > 0 ? { kind: 'back', skipped, previous: previous.id } : { kind: 'continuing', previous: previous.id };
}

/** An entry's (`entryId`) place in its story as a report says it beside the entry, on the site and in `kb show`. */
export function storyLabel(story: EntryStory, entryId: string): string {
  if (story.kind === 'first') return 'First report';
  if (story.kind === 'back') return `Back after ${gapLabel(story.skipped)}`;
  const before = entryParts(story.previous).report;
  // Beside a summit edition's entry, or one after it, "the previous report" would name a quarterly report the project was not in.
  if (!parseReportId(before)?.special && !parseReportId(entryParts(entryId).report)?.special) return 'Continues from the previous report';
  return `Continues from ${parseReportId(before)?.special ? 'the ' : ''}${reportLabel(before)}`;
}

/** A project missing from a report, and the report where it came back, if it did. */
export interface QuietProject {
  project: Project;
  /** Its entry in the previous report: what it said last, and whom to ask. */
  last: Entry;
  /** The first later report with an entry of the project: gone quiet for a while, not stopped. */
  backIn?: string;
}

/** The projects missing from a report that reported in the regular report before it. */
export interface QuietSince {
  /** The regular report before this one (a summit edition between the two is no period). */
  previous: string;
  /** Those that had reported before `previous` as well: the projects with a habit of reporting. */
  quiet: QuietProject[];
  /**
   * How many first reported in `previous` and not here, left out of `quiet`: most were one-off
   * news (a conference, an announcement, a finished piece of work), and listed they buried the
   * few an editor chases.
   */
  firstTimers: number;
}

/**
 * The projects that reported in the regular report before `reportId`, and at least once before
 * that, and not in it: what readers wonder about, and whom the report's editors chase. Undefined
 * for the first report and for special editions (a summit report is no period of its own).
 */
export function quietSinceLastReport(reportId: string, reports: readonly Pick<Report, 'id'>[], projects: Pick<ProjectIndex, 'projects'>): QuietSince | undefined {
  if (parseReportId(reportId)?.special) return undefined;
  const regular = reports.map((r) => r.id).filter((id) => !parseReportId(id)?.special).sort(compareReportIds);
  const at = regular.indexOf(reportId);
  const previous = at > 0 ? regular[at - 1] : undefined;
  if (previous === undefined) return undefined;
  let firstTimers = 0;
  const quiet = projects.projects
    .filter((p) => !p.entries.some((e) => e.report === reportId))
    .flatMap((project) => {
      const last = project.entries.findLast((e) => e.report === previous);
      if (!last) return [];
      // Only what the editors knew then: a report before `previous`, never one after this report.
      if (!project.entries.some((e) => compareReportIds(e.report, previous) < 0)) {
        firstTimers++;
        return [];
      }
      const backIn = project.entries.find((e) => compareReportIds(e.report, reportId) > 0)?.report;
      return [backIn ? { project, last, backIn } : { project, last }];
    })
    .sort((a, b) => b.project.entries.length - a.project.entries.length || a.project.title.localeCompare(b.project.title, 'en'));
  return { previous, quiet, firstTimers };
}

/**
 * What the list of quiet projects holds, as the report's page and `kb show` say it: the report it
 * was made against, and the rule that leaves first-time reporters out, with how many it left out.
 */
export function quietSummary({ previous, quiet, firstTimers }: QuietSince): string {
  const label = reportLabel(previous);
  const missing = `${countOf(quiet.length + firstTimers, 'project', 'projects')} that reported in ${label} did not report here`;
  if (firstTimers === 0) return `${missing}.`;
  if (quiet.length === 0) return `${missing}; not listed, as ${firstTimers === 1 ? 'it' : 'each'} first reported there.`;
  const the = (n: number): string => (n === 1 ? 'the one' : `the ${n}`);
  return `${missing}. Listed: ${the(quiet.length)} that had reported before it too; not listed: ${the(firstTimers)} whose first report was in ${label}.`;
}
