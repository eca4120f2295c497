import path from 'node:path';
import { checkpoint } from '../content/checkpoint';
import type { FolderSwap } from '../content/swap';
import { writeContentFolder, type CarriedOver, type ReportFolder } from '../content/write';
import type { Plan } from './plan';
import type { ImportProblem } from './types';

/**
 * Writes what an import read as a new content folder beside `outDir`, runs `publish` on it (the
 * slug ledgers, derived from the whole folder), then swaps it in: an import killed at any
 * moment leaves the old folder or the new one, never a mix. Returns warnings for what the new
 * folder kept of the old one because a read failed, for entries gone from their report, and for
 * anything mended of an earlier run.
 */
export async function writeImport(
  outDir: string,
  swap: FolderSwap,
  folders: readonly ReportFolder[],
  unread: readonly Plan[],
  publish: ((contentDir: string) => void) | undefined,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  await swap.replace((into, current) => {
    const carried = writeContentFolder(into, current, folders);
    checkpoint('carried');
    publish?.(into);
    checkpoint('published');
    problems.push(...keptWarnings(carried, folders, unread));
  });
  return [...swap.notes.map((message): ImportProblem => ({ severity: 'warning', file: outDir, message })), ...problems];
}

function keptWarnings(carried: CarriedOver, folders: readonly ReportFolder[], unread: readonly Plan[]): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  for (const folder of folders) {
    const kept = carried.keptEntries.get(folder.report.id);
    if (!kept) continue;
    const names = kept.length > 5 ? `${kept.slice(0, 5).join(', ')}, …` : kept.join(', ');
    warnings.push({
      severity: 'warning',
      file: folder.report.source?.file ?? folder.report.id,
      message: `read with errors, so the ${kept.length} entry file${kept.length === 1 ? '' : 's'} of ${folder.report.id}/ it did not produce ${kept.length === 1 ? 'is' : 'are'} kept from the previous import: ${names}`,
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
  const carriedWhole = new Set(carried.otherItems);
  for (const plan of unread) {
    if (!carriedWhole.has(plan.id)) continue;
    warnings.push({ severity: 'warning', file: plan.found.displayPath, message: `could not be read, so ${plan.id}${path.sep} is kept as the previous import wrote it` });
  }
  return warnings;
}
