import { formatSpan, countOf } from '../../model';
import { subjectSummaryToJson, summarizeSubject } from '../../subjects';
import { contentFolder, parseCommandArgs, printJson, warnProblems } from '../args';
import { openContent } from '../open-content';

export const subjectsUsage = 'kb subjects [--json] [--content DIR]';

/** `kb subjects`: every subject with its aliases, main timeline, mentions and projects; text is one line per subject. */
export function runSubjects(args: string[]): number {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 0);
  const content = openContent(contentFolder(values.content));
  const { kb, projects } = content;
  const index = content.subjects();
  warnProblems([...kb.problems, ...projects.problems, ...index.problems]);
  if (values.json) {
    printJson(index.subjects.map((s) => subjectSummaryToJson(s, (id) => projects.byEntryId.get(id))));
    return 0;
  }
  const width = Math.min(32, Math.max(0, ...index.subjects.map((s) => s.slug.length)));
  let out = '';
  for (const subject of index.subjects) {
    const { entryCount, mentionCount, projectCount, span } = summarizeSubject(subject);
    const counts = `${entryCount} on timeline, ${mentionCount} mentions, ${countOf(projectCount, 'project', 'projects')}`;
    const names = [subject.title, ...subject.aliases].join(', ');
    out += `${subject.slug.padEnd(width)}  ${formatSpan(span).padEnd(9)}  ${counts.padEnd(48)}  ${names}\n`;
  }
  process.stdout.write(out);
  return 0;
}
