import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareReportIds, countOf, parseReportId, reportLabel, SlugSchema, type Entry, type Report, type ContentProblem } from '../model';
import { osaDistance } from '../words/edit-distance';
import { PROJECTS_FILE, REPORT_FILE, SUBJECTS_FILE } from './paths';
import { frontMatterLocator, parseEntryFile, parseReportFile } from './serialize';
import { readText, reason } from './read-text';
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
  const foldersOf = new Map<string, { name: string; report: Report; entries: Entry[] }[]>();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ file: dir, message: 'content folder does not exist' });
  } else {
    for (const name of readdirSync(dir).sort()) {
      const reportDir = path.join(dir, name);
      if (name.startsWith('.')) continue;
      if (!isFolder(reportDir, problems)) {
        const meant = editorFileMeant(name);
        if (meant) problems.push({ file: reportDir, message: `is not read: the editors' file is named "${meant}"` });
        continue;
      }
      const loaded = loadReportFolder(reportDir, name, problems);
      if (loaded) foldersOf.set(loaded.report.id, [...(foldersOf.get(loaded.report.id) ?? []), { name, ...loaded }]);
    }
  }
  for (const [id, folders] of foldersOf) {
    // Two folders under one id: the one named so keeps it, and the others' entries are named as not loaded, not lost unsaid.
    const kept = folders.find((f) => f.name === id) ?? folders[0]!;
    for (const dropped of folders.filter((f) => f !== kept)) {
      problems.push({
        file: path.join(dir, dropped.name, REPORT_FILE),
        message: `report id "${id}" is also the id of folder "${kept.name}": ${countOf(dropped.entries.length, 'entry', 'entries')} of folder "${dropped.name}" not loaded`,
      });
    }
    reports.push(kept.report);
    byReport.set(id, kept.entries);
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
  let report: Report | undefined;
  if (!existsSync(reportFile)) {
    problems.push({ file: reportFile, message: `missing ${REPORT_FILE}` });
  } else {
    const text = readText(reportFile, problems);
    const parsedReport = text === undefined ? undefined : parseReportFile(text, reportFile);
    if (parsedReport?.ok) report = parsedReport.value;
    if (parsedReport) problems.push(...parsedReport.problems);
  }
  // One slip in a report's own file must not take its entries down: they are read under a report
  // made of the folder's name, and the slip stays a problem for `kb check` to name.
  const standIn = report === undefined;
  report ??= standInReport(folderName);
  if (!report) {
    problems.push({ file: reportDir, message: `"${folderName}" is no report id, and its ${REPORT_FILE} cannot be read: its entries are not loaded` });
    return undefined;
  }
  if (report.id !== folderName) {
    problems.push({ file: reportFile, message: `id "${report.id}" does not match its folder "${folderName}"` });
  }
  const categoryKeys = new Set(report.categories.map((c) => c.key));
  const entries: Entry[] = [];
  for (const name of namesIn(reportDir, problems)) {
    if (/\.(md|markdown|mdown|mkd)$/i.test(name) && !name.endsWith('.md')) {
      problems.push({ file: path.join(reportDir, name), message: 'is not read: the name of an entry file ends in ".md"' });
      continue;
    }
    if (!name.endsWith('.md') || name === REPORT_FILE) continue;
    const file = path.join(reportDir, name);
    const slug = name.slice(0, -'.md'.length);
    if (!SlugSchema.safeParse(slug).success) {
      problems.push({ file, message: `file name "${name}" is not a valid entry slug (lowercase letters, digits and hyphens)` });
      continue;
    }
    const text = readText(file, problems);
    if (text === undefined) continue;
    const parsed = parseEntryFile(text, file, slug);
    problems.push(...parsed.problems);
    if (!parsed.ok) continue;
    const entry = parsed.value;
    if (entry.report !== report.id) {
      problems.push({ file, line: frontMatterLocator(text)(['report']), message: `report "${entry.report}" does not match its folder "${report.id}"` });
      continue;
    }
    if (standIn && !categoryKeys.has(entry.category)) {
      categoryKeys.add(entry.category);
      report.categories.push({ key: entry.category, title: entry.category, order: report.categories.length });
    } else if (!categoryKeys.has(entry.category)) {
      problems.push({ file, line: frontMatterLocator(text)(['category']), message: `category "${entry.category}" is not one of the report's categories (${[...categoryKeys].join(', ')})` });
    }
    entries.push(entry);
  }
  entries.sort(compareEntriesInReport(report));
  return { report, entries };
}

/** Whether a path is a folder; one that cannot be looked at (a link to nothing) is a problem, and no folder. */
function isFolder(file: string, problems: ContentProblem[]): boolean {
  try {
    return statSync(file).isDirectory();
  } catch (error) {
    problems.push({ file, message: `cannot be read: ${reason(error)}` });
    return false;
  }
}

/**
 * An editors' file under a name that is not read ("subjects.yaml", "Project.yml", "subjets.yml"):
 * the name it was meant to have. One slip of a letter at most, and letters only: "objects.yml"
 * and "projects2.yml" are files of their own.
 */
function editorFileMeant(name: string): string | undefined {
  const stem = /^([a-z]+)\.ya?ml$/i.exec(name)?.[1]?.toLowerCase();
  if (stem === undefined) return undefined;
  const meant = [PROJECTS_FILE, SUBJECTS_FILE].find((file) => osaDistance(stem, file.replace(/\.yml$/, ''), 1) <= 1);
  return meant === name ? undefined : meant;
}

/** A folder's names, sorted; none, and a problem, if it cannot be listed. */
function namesIn(dir: string, problems: ContentProblem[]): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    problems.push({ file: dir, message: `cannot be read: ${reason(error)}; its entries are not loaded` });
    return [];
  }
}

/** A report known only by its folder's name: its period and label from the id, its categories from its entries. */
function standInReport(folderName: string): Report | undefined {
  const parsed = parseReportId(folderName);
  return parsed && { id: folderName, title: `FreeBSD Status Report, ${reportLabel(folderName)}`, period: parsed.period, categories: [], intro: '' };
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
