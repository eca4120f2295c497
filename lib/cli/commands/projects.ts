import { projectSummaryToJson, summarizeProject } from '../../projects';
import { formatSpan, countOf } from '../../model';
import { contentFolder, parseCommandArgs, printJson, warnProblems } from '../args';
import { openContent } from '../open-content';

export const projectsUsage = 'kb projects [--json] [--content DIR]';

/** `kb projects`: every project, entries in time order; text is one line per project. */
export function runProjects(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const { kb, projects: index } = openContent(contentFolder(values.content));
  const { projects, problems } = index;
  warnProblems([...kb.problems, ...problems]);
  if (values.json) {
    printJson(projects.map(projectSummaryToJson));
    return 0;
  }
  const slugWidth = Math.min(40, Math.max(0, ...projects.map((p) => p.slug.length)));
  let out = '';
  for (const project of projects) {
    const summary = summarizeProject(project);
    const count = `${countOf(summary.entryCount, 'entry', 'entries')}`;
    out += `${project.slug.padEnd(slugWidth)}  ${count.padStart(11)}  ${formatSpan(summary.span).padEnd(9)}  ${project.title}\n`;
  }
  process.stdout.write(out);
  return 0;
}
