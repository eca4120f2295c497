import { entryToJson, loadKnowledgeBase, resolveContentDir } from '../../content';
import { reportLabel } from '../../model';
import { collectPeopleIndex } from '../../people';
import { entryPath } from '../../site/routes';
import { projectsOf } from '../../projects';
import { projectToJson } from '../../projects/json';
import { formatSpan } from '../../model';
import { summarizeProject } from '../../projects/timeline';
import { peopleOverTime } from '../../timeline';
import { parseCommandArgs, printJson, UsageError } from '../args';

export const showUsage = 'kb show <entry id or project slug> [--json] [--content DIR]';

/** `kb show`: one entry (front matter and Markdown body) or one project with its entries. */
export function runShow(args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } });
  const [key] = positionals;
  if (!key) throw new UsageError('show needs an entry id (<report id>/<slug>) or a project slug');
  const kb = loadKnowledgeBase(resolveContentDir(values.content));
  const index = projectsOf(kb);
  const entry = kb.getEntry(key.replace(/^\/?reports\//, '').replace(/\/$/, ''));
  if (entry) {
    const json = entryToJson(entry, index.byEntryId.get(entry.id)?.slug);
    if (values.json) printJson(json);
    else {
      const people = entry.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join(', ');
      process.stdout.write(
        `${entry.title}\n${reportLabel(entry.report)} · ${entry.category} · ${json.url}\n` +
          (json.project ? `Project: ${json.project}\n` : '') +
          (people ? `Contact: ${people}\n` : '') +
          entry.links.map((l) => `Link: ${l.text ? `${l.text} ` : ''}<${l.url}>\n`).join('') +
          (entry.sponsors.length ? `Sponsor: ${entry.sponsors.join('; ')}\n` : '') +
          `\n${entry.body}\n` +
          (entry.tasks.length ? `\nOpen tasks:\n${entry.tasks.map((t) => `- ${t}\n`).join('')}` : ''),
      );
    }
    return 0;
  }
  const slug = key.replace(/^\/?projects\//, '').replace(/\/$/, '');
  const renamed = index.redirects.get(slug);
  const project = index.bySlug.get(slug) ?? (renamed === undefined ? undefined : index.bySlug.get(renamed));
  if (project) {
    if (project.slug !== slug) process.stderr.write(`kb show: project "${slug}" is now "${project.slug}"\n`);
    const people = collectPeopleIndex(kb.entries, index);
    if (values.json) printJson(projectToJson(project, people));
    else {
      const { span, entryCount } = summarizeProject(project);
      let out = `${project.title} (${project.slug})\n${entryCount} ${entryCount === 1 ? 'entry' : 'entries'}, ${formatSpan(span)}\n`;
      if (project.titles.length > 1) out += `Also titled: ${project.titles.filter((t) => t !== project.title).join('; ')}\n`;
      const names = peopleOverTime(project.entries, people).map((p) => p.name);
      if (names.length) out += `People: ${names.join(', ')}\n`;
      if (project.related.length) out += `Related: ${project.related.join(', ')}\n`;
      out += '\n';
      for (const e of project.entries) out += `  ${reportLabel(e.report).padEnd(34)} ${e.title}  ${entryPath(e)}\n`;
      process.stdout.write(out);
    }
    return 0;
  }
  process.stderr.write(`kb show: no entry or project "${key}" in ${kb.dir}\n`);
  return 1;
}
