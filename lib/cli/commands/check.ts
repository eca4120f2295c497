import { checkKnowledgeBase, loadKnowledgeBase } from '../../content';
import { projectsOf } from '../../projects';
import { subjectsOf } from '../../subjects';
import { contentFolder, parseCommandArgs } from '../args';

export const checkUsage = 'kb check [--content DIR]';

/** `kb check`: validates a content folder, its `projects.yml` and `subjects.yml`; every problem on stderr with its file and line, exit 1 if any. */
export function runCheck(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' } }, 0);
  const kb = loadKnowledgeBase(contentFolder(values.content));
  const projects = projectsOf(kb);
  const problems = [...checkKnowledgeBase(kb), ...projects.problems, ...subjectsOf(kb, projects).problems];
  for (const p of problems) process.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  process.stdout.write(
    `${kb.dir}: ${kb.reports.length} reports, ${kb.entries.length} entries, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
