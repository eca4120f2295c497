import { checkKnowledgeBase, loadKnowledgeBase } from '../../content';
import { collectPeopleIndex } from '../../people';
import { PEOPLE_LEDGER_FILE } from '../../people/site';
import { projectAddress, projectsOf } from '../../projects';
import { readLedger } from '../../projects/ledger';
import { subjectsOf } from '../../subjects';
import { contentFolder, parseCommandArgs } from '../args';

export const checkUsage = 'kb check [--content DIR]';

/** `kb check`: validates a content folder, its `projects.yml` and `subjects.yml`; every problem on stderr with its file and line, exit 1 if any. */
export function runCheck(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' } }, 0);
  const kb = loadKnowledgeBase(contentFolder(values.content));
  const projects = projectsOf(kb);
  const subjects = subjectsOf(kb, projects);
  const people = collectPeopleIndex(kb.entries, projects, readLedger(kb.dir, PEOPLE_LEDGER_FILE));
  const answers = (index: { bySlug: ReadonlyMap<string, unknown>; redirects: ReadonlyMap<string, string> }) => (slug: string) => index.bySlug.has(slug) || index.redirects.has(slug);
  const known = {
    projects: (slug: string) => projectAddress(slug, projects, subjects) !== undefined,
    subjects: answers(subjects),
    people: answers(people),
  };
  const problems = [...checkKnowledgeBase(kb, known), ...projects.problems, ...subjects.problems];
  for (const p of problems) process.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  process.stdout.write(
    `${kb.dir}: ${kb.reports.length} reports, ${kb.entries.length} entries, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
