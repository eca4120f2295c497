import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkpoint } from '../content/checkpoint';
import { ContentFileError } from '../content/json-file';
import { REPORT_FILE } from '../content/paths';
import { swapFolders, type FolderSwap } from '../content/swap';
import { writeContentFolder, type CarriedOver, type HandEdit, type ReportFolder, type WriteOptions } from '../content/write';
import type { ContentProblem } from '../model';
import type { Plan } from './plan';
import { isReportFolder } from './out-folder';
import type { ImportProblem } from './types';

/** How many report folders and entry files a content folder holds. */
export interface FolderCounts {
  reports: number;
  entries: number;
}

/** What writing an import did: its warnings, and what the folder holds now, kept files included. */
export interface WrittenImport {
  problems: ImportProblem[];
  holds: FolderCounts;
}

/**
 * Writes what an import read as a new content folder beside `outDir`, runs `publish` on it (the
 * slug ledgers, derived from the whole folder), then swaps it in: an import killed at any
 * moment leaves the old folder or the new one, never a mix. Returns warnings for what the new
 * folder kept of the old one because a read failed, for entries gone from their report, and for
 * anything mended of an earlier run; and what the folder holds.
 */
export async function writeImport(
  outDir: string,
  swap: FolderSwap,
  folders: readonly ReportFolder[],
  unread: readonly Plan[],
  publish: ((contentDir: string) => void) | undefined,
  options: WriteOptions = {},
): Promise<WrittenImport> {
  const problems: ImportProblem[] = [];
  let holds: FolderCounts = { reports: 0, entries: 0 };
  await swap.replace((into, current) => {
    try {
      const carried = writeContentFolder(into, current, folders, options);
      checkpoint('carried');
      publish?.(into);
      checkpoint('published');
      holds = countContent(into);
      problems.push(...keptWarnings(carried, folders, unread, { into, outDir }));
    } catch (error) {
      // A ledger is read where it was copied to; the file to mend is the one in `outDir`.
      if (error instanceof ContentFileError) throw new ContentFileError(error.file.replace(into, outDir), error.what, error.line);
      throw error;
    }
  });
  return { problems: [...swap.notes.map((message): ImportProblem => ({ severity: 'warning', file: outDir, message })), ...problems], holds };
}

/**
 * The report folders of a content folder and the entry files in them, counted as they are on
 * disk: those an import wrote and those it kept (of reports it could not read, of reports read
 * with errors, an editor's own).
 */
export function countContent(dir: string): FolderCounts {
  const counts: FolderCounts = { reports: 0, entries: 0 };
  for (const name of readdirSync(dir)) {
    const folder = path.join(dir, name);
    if (!isReportFolder(folder)) continue;
    counts.reports++;
    counts.entries += readdirSync(folder).filter((file) => file.endsWith('.md') && file !== REPORT_FILE).length;
  }
  return counts;
}

/** `into` is the new folder being written, `outDir` the name it will have. */
function keptWarnings(carried: CarriedOver, folders: readonly ReportFolder[], unread: readonly Plan[], at: { into: string; outDir: string }): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  if (carried.unreadEntryHashes) warnings.push(unreadHashesWarning(carried.unreadEntryHashes, at.outDir));
  for (const folder of folders) {
    const kept = carried.keptEntries.get(folder.report.id);
    if (!kept) continue;
    const names = firstNames(kept);
    const files = `the ${kept.length} entry file${kept.length === 1 ? '' : 's'} of ${folder.report.id}/ it did not produce ${kept.length === 1 ? 'is' : 'are'} kept from the previous import`;
    const doubted = carried.doubtedReads.get(folder.report.id);
    warnings.push({
      severity: 'warning',
      file: folder.report.source?.file ?? folder.report.id,
      message: doubted
        ? `read without errors, but ${doubted.withdrawn} of the ${doubted.published} entries published before are in it under no title, more than upstream removes: the read is doubted, and ${files} (${path.join(at.outDir, folder.report.id)}): ${names}; if upstream did remove them, import again with --accept-withdrawals, and their addresses will say they were withdrawn`
        : `read with errors, so ${files}: ${names}`,
    });
  }
  const sourceOf = new Map(folders.map((f) => [f.report.id, f.report.source?.file ?? f.report.id]));
  for (const [id, title] of carried.withdrawnEntries) {
    const report = id.split('/')[0] ?? id;
    warnings.push({
      severity: 'warning',
      file: sourceOf.get(report) ?? report,
      message: `entry ${id} ("${title}") is no longer in the report, under its title or rewritten under another the import recognised; its address now says it was withdrawn (entries-withdrawn.json; entry-ids.json can lead it to its successor instead)`,
    });
  }
  for (const file of carried.overwrittenOwnEntries) {
    warnings.push({
      severity: 'warning',
      file: path.join(at.outDir, path.basename(path.dirname(file)), path.basename(file)),
      message: `an editor wrote this entry (source.format: markdown), and upstream now has an entry of the same name, which the import wrote in its place; the editor's text is in ${path.join(swapFolders(at.outDir).replaced, path.basename(path.dirname(file)), path.basename(file))} until the next import: save it under another name`,
    });
  }
  for (const edit of carried.handEditedEntries) warnings.push(handEditWarning(edit, at.outDir));
  for (const edit of carried.handEditedReports) warnings.push(reportHandEditWarning(edit, at.outDir));
  for (const problem of carried.unreadableEntries) {
    warnings.push({ ...problem, severity: 'warning', message: `${problem.message}; the new read has no entry of this name, and what this file was (an entry renamed or removed) cannot be told, so it is not kept and its address no longer answers` });
  }
  const carriedWhole = new Set(carried.otherItems);
  for (const plan of unread) {
    if (!carriedWhole.has(plan.id)) continue;
    warnings.push({ severity: 'warning', file: plan.found.displayPath, message: `could not be read, so ${plan.id}${path.sep} is kept as the previous import wrote it` });
  }
  const notAmongSources = carried.otherItems.filter((name) => !unread.some((plan) => plan.id === name) && isReportFolder(path.join(at.into, name)));
  if (notAmongSources.length > 0) warnings.push(notAmongSourcesWarning(at.outDir, notAmongSources));
  return warnings;
}

/**
 * `entry-hashes.json` of the folder replaced could not be read: it serves only to tell hand edits
 * (no address depends on it), so the import went on without it, and says what that cost.
 */
export function unreadHashesWarning(problem: ContentProblem, outDir: string): ImportProblem {
  return {
    severity: 'warning',
    file: path.join(outDir, path.basename(problem.file)),
    ...(problem.line === undefined ? {} : { line: problem.line }),
    message:
      `${problem.message}: entry files edited by hand since the last import cannot be told from what it wrote this time, so no such edit is said ` +
      '(a "project:" pin in an entry file is still kept); the import wrote a new one',
  };
}

/** What an editor changed in a file the import wrote upstream's over: the fields (text ones named in words), or that it no longer parses. */
function editedWhat(edit: HandEdit, kind: 'entry' | 'report', textFields: Readonly<Record<string, string>>): string {
  if (edit.differs === undefined) return 'its front matter no longer parses';
  const fields = edit.differs.map((field) => textFields[field] ?? `"${field}"`).join(', ');
  return `it differs from upstream's ${kind} in ${fields}${edit.upstreamChanged ? ` (upstream changed the ${kind} too since then: some of this is upstream's)` : ''}`;
}

/**
 * An entry file an editor changed since the last import, which this one wrote upstream's entry
 * over: upstream is the text's source of truth (an edit kept would hide its later corrections),
 * so the edit is said, with where it still is and where a correction lasts.
 */
export function handEditWarning(edit: HandEdit, outDir: string): ImportProblem {
  const report = path.basename(path.dirname(edit.file));
  const name = path.basename(edit.file);
  const what = editedWhat(edit, 'entry', { body: 'the body' });
  const under = edit.now === undefined ? '' : `, now under the name ${edit.now} (upstream edited its title)`;
  return {
    severity: 'warning',
    file: path.join(outDir, report, edit.now ?? name),
    message:
      `edited by hand since the last import (${what}), and the import wrote upstream's entry in its place${under}; ` +
      `the edited file is in ${path.join(swapFolders(outDir).replaced, report, name)} until the next import. ` +
      'A "project:" pin in an entry file is kept; to keep another correction, make it upstream (text, contacts, links), or in projects.yml (threading) or subjects.yml (subjects)',
  };
}

/** A report's `_report.md` an editor changed since the last import: nothing of it is carried, so the edit is said as an entry's is. */
export function reportHandEditWarning(edit: HandEdit, outDir: string): ImportProblem {
  const report = path.basename(path.dirname(edit.file));
  const name = path.basename(edit.file);
  const what = editedWhat(edit, 'report', { intro: 'the introduction' });
  return {
    severity: 'warning',
    file: path.join(outDir, report, name),
    message:
      `edited by hand since the last import (${what}), and the import wrote upstream's report in its place; ` +
      `the edited file is in ${path.join(swapFolders(outDir).replaced, report, name)} until the next import. To keep a correction, make it upstream`,
  };
}

/**
 * Report folders of the previous import that no source given names are kept (importing one new
 * quarter into a full folder is how it grows), but a report upstream removed would stay on the
 * site unnoticed: one warning lists them.
 */
function notAmongSourcesWarning(outDir: string, ids: readonly string[]): ImportProblem {
  const listed = firstNames(ids);
  const one = ids.length === 1;
  return {
    severity: 'warning',
    file: outDir,
    message: `${ids.length} report folder${one ? '' : 's'} of the previous import ${one ? 'is' : 'are'} not among the sources read, so ${one ? 'it is' : 'they are'} kept as ${one ? 'it was' : 'they were'} (remove a folder whose report upstream withdrew): ${listed}`,
  };
}

/** Names a warning lists before "…": enough to find the folder, few enough to read in one line. */
const NAMES_LISTED = 5;

const firstNames = (names: readonly string[]): string => (names.length > NAMES_LISTED ? `${names.slice(0, NAMES_LISTED).join(', ')}, …` : names.join(', '));
