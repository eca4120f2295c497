import { formatProblem, importReports } from '../../import';
import { resolveContentDir } from '../../content/paths';
import { loadKnowledgeBase } from '../../content/load';
import { publishProjectSlugs } from '../../projects/publish';
import { publishSubjectSlugs } from '../../subjects/publish';
import { parseCommandArgs, UsageError } from '../args';

export const importUsage = 'kb import <source>… [--out DIR] [--cross-check]';

/** `kb import`: reads upstream reports and writes the content folder. Exit 1 on any error. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, 'cross-check': { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('import needs at least one source: a corpus folder, a freebsd-doc checkout or report files');
  const outDir = resolveContentDir(values.out);
  const tty = process.stderr.isTTY;
  const started = performance.now();
  const summary = await importReports(positionals, {
    outDir,
    crossCheck: values['cross-check'] ?? false,
    onProgress: (done, total, id) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${id}`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  const kb = loadKnowledgeBase(outDir);
  const projects = publishProjectSlugs(kb);
  const subjects = publishSubjectSlugs(kb, projects);
  for (const p of [...projects.problems, ...subjects.problems]) process.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: warning: ${p.message}\n`);
  for (const problem of summary.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const errors = summary.problems.filter((p) => p.severity === 'error').length;
  const warnings = summary.problems.length - errors;
  const { xml, html, adoc } = summary.entriesByFormat;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Imported ${summary.reports.length} reports, ${summary.entries} entries (${xml} from XML, ${html} from HTML, ${adoc} from AsciiDoc) into ${outDir} in ${seconds} s\n` +
      `${projects.projects.length} projects, ${projects.redirects.size} old project slugs redirected\n` +
      `${subjects.subjects.length} subjects, ${subjects.redirects.size} old subject slugs redirected\n` +
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return errors > 0 ? 1 : 0;
}
