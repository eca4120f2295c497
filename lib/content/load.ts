import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareReportIds, SlugSchema, type Entry, type Report } from '../model';
import { REPORT_FILE } from './paths';
import { parseEntryFile, parseReportFile, type ContentProblem } from './serialize';
import { completeInterruptedSwap } from './swap';

/** A loaded content folder: every report and entry, validated, in reading order. */
export interface KnowledgeBase {
  dir: string;
  /** Oldest first. */
  reports: Report[];
  /** In report order, then in each report's own order. */
  entries: Entry[];
  /** Every file that could not be loaded, and why; the rest loaded regardless. */
  problems: ContentProblem[];
  getReport(id: string): Report | undefined;
  getEntry(id: string): Entry | undefined;
  entriesOfReport(id: string): Entry[];
}

/**
 * Loads and validates a content folder. Never throws on bad files: each one becomes a
 * problem naming the file, and every good file is still loaded. A folder that an import killed
 * in the middle of its swap left missing is first put back in place (see `swap.ts`), with a
 * warning on stderr.
 */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const mended = completeInterruptedSwap(dir);
  if (mended) console.warn(mended);
  const problems: ContentProblem[] = [];
  const reports: Report[] = [];
  const byReport = new Map<string, Entry[]>();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ file: dir, message: 'content folder does not exist' });
  } else {
    for (const name of readdirSync(dir).sort()) {
      const reportDir = path.join(dir, name);
      if (name.startsWith('.') || !statSync(reportDir).isDirectory()) continue;
      const loaded = loadReportFolder(reportDir, name, problems);
      if (loaded) {
        reports.push(loaded.report);
        byReport.set(loaded.report.id, loaded.entries);
      }
    }
  }
  reports.sort((a, b) => compareReportIds(a.id, b.id));
  const entries = reports.flatMap((r) => byReport.get(r.id) ?? []);
  const reportIndex = new Map(reports.map((r) => [r.id, r]));
  const entryIndex = new Map(entries.map((e) => [e.id, e]));
  return {
    dir,
    reports,
    entries,
    problems,
    getReport: (id) => reportIndex.get(id),
    getEntry: (id) => entryIndex.get(id),
    entriesOfReport: (id) => byReport.get(id) ?? [],
  };
}

function loadReportFolder(
  reportDir: string,
  folderName: string,
  problems: ContentProblem[],
): { report: Report; entries: Entry[] } | undefined {
  const reportFile = path.join(reportDir, REPORT_FILE);
  if (!existsSync(reportFile)) {
    problems.push({ file: reportFile, message: `missing ${REPORT_FILE}: the folder's entries cannot be loaded without their report` });
    return undefined;
  }
  const parsedReport = parseReportFile(readFileSync(reportFile, 'utf8'), reportFile);
  if (!parsedReport.ok) {
    problems.push(...parsedReport.problems);
    return undefined;
  }
  const report = parsedReport.value;
  if (report.id !== folderName) {
    problems.push({ file: reportFile, message: `id "${report.id}" does not match its folder "${folderName}"` });
  }
  const categoryKeys = new Set(report.categories.map((c) => c.key));
  const entries: Entry[] = [];
  for (const name of readdirSync(reportDir).sort()) {
    if (!name.endsWith('.md') || name === REPORT_FILE) continue;
    const file = path.join(reportDir, name);
    const slug = name.slice(0, -'.md'.length);
    if (!SlugSchema.safeParse(slug).success) {
      problems.push({ file, message: `file name "${name}" is not a valid entry slug (lowercase letters, digits and hyphens)` });
      continue;
    }
    const parsed = parseEntryFile(readFileSync(file, 'utf8'), file, slug);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const entry = parsed.value;
    if (entry.report !== report.id) {
      problems.push({ file, message: `report "${entry.report}" does not match its folder "${report.id}"` });
      continue;
    }
    if (!categoryKeys.has(entry.category)) {
      problems.push({ file, message: `category "${entry.category}" is not one of the report's categories (${[...categoryKeys].join(', ')})` });
    }
    entries.push(entry);
  }
  entries.sort(compareEntriesInReport(report));
  return { report, entries };
}

/** Upstream order where known, else by category then title. */
function compareEntriesInReport(report: Report): (a: Entry, b: Entry) => number {
  const categoryOrder = new Map(report.categories.map((c) => [c.key, c.order]));
  return (a, b) =>
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) ||
    a.title.localeCompare(b.title, 'en') ||
    a.slug.localeCompare(b.slug, 'en');
}
