import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_HASH_FILE } from '../content/entry-hashes';
import { ENTRY_ALIAS_FILE, ENTRY_LEDGER_FILE, WITHDRAWN_ENTRIES_FILE } from '../content/entry-ledger';
import { PEOPLE_LEDGER_FILE, PROJECT_LEDGER_FILE, SUBJECT_ADDRESS_FILE, SUBJECT_LEDGER_FILE } from '../content/ledger';
import { PROJECTS_FILE, REPORT_FILE, SUBJECTS_FILE } from '../content/paths';

/** Files only a content folder holds: the editors' files and the ledgers. */
const CONTENT_FILES = new Set([
  PROJECTS_FILE,
  SUBJECTS_FILE,
  PROJECT_LEDGER_FILE,
  PEOPLE_LEDGER_FILE,
  SUBJECT_LEDGER_FILE,
  SUBJECT_ADDRESS_FILE,
  ENTRY_LEDGER_FILE,
  ENTRY_ALIAS_FILE,
  WITHDRAWN_ENTRIES_FILE,
  ENTRY_HASH_FILE,
]);

/** Whether a folder is a report's (it has a report file), not an editor's file or a ledger. */
export const isReportFolder = (dir: string): boolean => existsSync(path.join(dir, REPORT_FILE));

/** The path with its links followed, as far as it exists: a source reached through a link is still inside. */
function realPath(file: string): string {
  const resolved = path.resolve(file);
  if (existsSync(resolved)) return realpathSync(resolved);
  const parent = path.dirname(resolved);
  return parent === resolved ? resolved : path.join(realPath(parent), path.basename(resolved));
}

const inside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Why `outDir` must not be imported into, if it must not: an import replaces the whole folder
 * (what it does not produce is carried over by copying), so a folder that is not a content
 * folder (a home, a checkout) would be moved aside and copied, and a source inside it read from
 * the folder being replaced. A new or empty folder, or one an import or an editor made, is fine.
 */
export function unfitOutFolder(outDir: string, sources: readonly string[]): string | undefined {
  const out = realPath(outDir);
  const source = sources.find((s) => inside(realPath(s), out));
  if (source !== undefined) return `${outDir} holds the source ${path.resolve(source)}: an import replaces the folder it writes, so write the content elsewhere`;
  if (!existsSync(out) || !statSync(out).isDirectory()) return undefined;
  const names = readdirSync(out);
  if (names.length === 0) return undefined;
  const isContent = names.some((name) => CONTENT_FILES.has(name) || isReportFolder(path.join(out, name)));
  if (isContent) return undefined;
  return `${outDir} holds files but is not a content folder (no report folder, no ledger, no projects.yml): an import replaces the whole folder, so name a new or empty folder, or a content folder`;
}
