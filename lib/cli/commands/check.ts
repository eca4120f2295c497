import { checkKnowledgeBase } from '../../content';
import { withdrawnEntries } from '../../content/entry-ledger';
import { findBySlug, type SlugIndex } from '../../model';
import { projectAddress } from '../../projects';
import { contentFolder, parseCommandArgs, printJson } from '../args';
import { openContent } from '../open-content';

export const checkUsage = 'kb check [--json] [--content DIR]';

/**
 * `kb check`: validates a content folder, its `projects.yml` and `subjects.yml`; every problem on
 * stderr with its file and line (`file:line: error: message`), or with `--json` one document
 * `{dir, reports, entries, problems: [{file, line?, message}]}` on stdout; exit 1 if any.
 */
export function runCheck(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const content = openContent(contentFolder(values.content));
  const { kb, projects } = content;
  const subjects = content.subjects();
  const people = content.people();
  const answers = (index: SlugIndex<unknown>) => (slug: string) => findBySlug(index, slug) !== undefined;
  const known = {
    projects: (slug: string) => projectAddress(slug, projects, subjects) !== undefined,
    subjects: answers(subjects),
    people: answers(people),
  };
  // Read here so that a malformed record of withdrawn entries or file-name ids fails the check, naming its file, as the site's build would.
  withdrawnEntries(kb);
  const problems = [...checkKnowledgeBase(kb, known), ...projects.problems, ...subjects.problems];
  if (values.json) {
    printJson({ dir: kb.dir, reports: kb.reports.length, entries: kb.entries.length, problems: problems.map(({ file, line, message }) => ({ file, line, message })) });
    return problems.length > 0 ? 1 : 0;
  }
  // Each fails the check, so each is an error, written as `kb import` writes its own: one pattern (`: error: `) finds both in a CI log.
  for (const p of problems) process.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: error: ${p.message}\n`);
  process.stdout.write(
    `${kb.dir}: ${kb.reports.length} reports, ${kb.entries.length} entries, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
