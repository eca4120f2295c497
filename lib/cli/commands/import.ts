import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_HASH_FILE } from '../../content/entry-hashes';
import { ledgerProblems } from '../../content/ledger';
import { describeImport, formatProblem, importReports, type ImportProblem, type ImportSummary } from '../../import';
import { defaultCacheDir, fetchSources } from '../../import/git-source';
import { FolderSwapError, swapFolders } from '../../content/swap';
import { resolveContentDir, loadKnowledgeBase } from '../../content';
import { publishProjectSlugs } from '../../projects';
import { publishSubjectSlugs } from '../../subjects';
import { publishPeopleSlugs } from '../../people/publish';
import { parseCommandArgs, UsageError } from '../args';
import type { ContentProblem, ProjectIndex, PeopleIndex, SubjectIndex } from '../../model';

export const importUsage = 'kb import <source or git URL>… [--out DIR] [--cross-check] [--accept-withdrawals] [--cache-dir DIR]';

/** `kb import`: reads upstream reports and writes the content folder. Exit 1 on any error. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    'cross-check': { type: 'boolean' },
    'accept-withdrawals': { type: 'boolean' },
    'cache-dir': { type: 'string' },
  });
  if (positionals.length === 0) {
    throw new UsageError('import needs at least one source: a corpus folder, a freebsd-doc checkout or git URL, or report files');
  }
  const outDir = resolveContentDir(values.out);
  // Before anything is read, and before the folder the last import replaced is removed: it may hold a good copy.
  // entry-hashes.json only tells hand edits: the import goes on without it and says so (writeImport).
  const broken = existsSync(outDir) && statSync(outDir).isDirectory() ? ledgerProblems(outDir).filter((p) => path.basename(p.file) !== ENTRY_HASH_FILE) : [];
  if (broken.length > 0) {
    const copy = swapFolders(outDir).replaced;
    const mend = existsSync(copy) ? `mend it, or take it from ${copy} (the folder the last import replaced)` : 'mend it, or take it from version control';
    for (const p of broken) process.stderr.write(`${formatProblem({ ...p, severity: 'error', message: `${p.message}; nothing was imported: ${mend}` })}\n`);
    return 1;
  }
  const tty = process.stderr.isTTY;
  const started = performance.now();
  const cacheDir = values['cache-dir'] ? path.resolve(values['cache-dir']) : defaultCacheDir();
  const sources = await fetchSources(positionals, cacheDir, (line) => process.stderr.write(`${line}\n`));
  if (sources.paths.length === 0) {
    for (const problem of sources.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 1;
  }
  let stagedAt = outDir;
  let projects: ProjectIndex | undefined;
  let subjects: SubjectIndex | undefined;
  let people: PeopleIndex | undefined;
  let summary: ImportSummary;
  // What the site could not load of the folder just written (an entry file kept from an earlier import that does not parse).
  let unloadable: readonly ContentProblem[] = [];
  try {
    summary = await importReports(sources.paths, {
      outDir,
      publish: (dir) => {
        stagedAt = dir;
        const kb = loadKnowledgeBase(dir);
        unloadable = kb.problems;
        projects = publishProjectSlugs(kb);
        subjects = publishSubjectSlugs(kb, projects);
        people = publishPeopleSlugs(kb, projects);
      },
      crossCheck: values['cross-check'] ?? false,
      acceptWithdrawals: values['accept-withdrawals'] ?? false,
      onProgress: (done, total, id) => {
        if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${id}`);
      },
    });
  } catch (error) {
    if (!(error instanceof FolderSwapError)) throw error;
    process.stderr.write(`${tty ? '\r\x1b[K' : ''}kb import: ${error.message}\n`);
    return 1;
  }
  if (tty) process.stderr.write('\r\x1b[K');
  summary.problems.unshift(...sources.problems);
  // The ledgers were published on the new folder before the swap; their problems name files there.
  const inPlace = (file: string): string => (file.startsWith(stagedAt) ? outDir + file.slice(stagedAt.length) : file);
  // An editor file that is not valid YAML, or has a key twice, undoes corrections an editor
  // believes published: an error, printed last, next to the counts; any other line that cannot apply is a warning.
  for (const p of [...(projects?.problems ?? []), ...(subjects?.problems ?? [])]) {
    const problem: ImportProblem = { ...p, severity: p.severity ?? 'warning', file: inPlace(p.file) };
    if (problem.severity === 'error') summary.problems.push(problem);
    else process.stderr.write(`${formatProblem(problem)}\n`);
  }
  for (const p of unloadable) summary.problems.push({ severity: 'error', file: inPlace(p.file), line: p.line, message: `${p.message} (the site cannot show this file)` });
  for (const problem of summary.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const errors = summary.problems.filter((p) => p.severity === 'error').length;
  const warnings = summary.problems.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${describeImport(summary, outDir, seconds)}\n` +
      `${projects?.projects.length ?? 0} projects, ${projects?.redirects.size ?? 0} old project slugs redirected\n` +
      `${subjects?.subjects.length ?? 0} subjects, ${subjects?.redirects.size ?? 0} old slugs and other spellings redirected\n` +
      `${people?.people.length ?? 0} people, teams and lists, ${people?.redirects.size ?? 0} old slugs and other spellings redirected\n` +
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return errors > 0 ? 1 : 0;
}

