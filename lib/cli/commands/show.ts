import { entryToJson, loadKnowledgeBase, resolveContentDir } from '../../content';
import { reportLabel } from '../../model';
import { entryPath } from '../../site/routes';
import { groupByNormalizedTitle } from '../../projects';
import { parseCommandArgs, printJson, UsageError } from '../args';

export const showUsage = 'kb show <entry id or project slug> [--json] [--content DIR]';

/** `kb show`: one entry (front matter and Markdown body) or one project with its entries. */
export function runShow(args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } });
  const [key] = positionals;
  if (!key) throw new UsageError('show needs an entry id (<report id>/<slug>) or a project slug');
  const kb = loadKnowledgeBase(resolveContentDir(values.content));
  const projects = groupByNormalizedTitle(kb.entries);
  const projectOf = new Map(projects.flatMap((p) => p.entries.map((e) => [e.id, p.slug] as const)));
  const entry = kb.getEntry(key.replace(/^\/?reports\//, '').replace(/\/$/, ''));
  if (entry) {
    const json = entryToJson(entry, projectOf.get(entry.id));
    if (values.json) printJson(json);
    else {
      const people = entry.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join(', ');
      process.stdout.write(
        `${entry.title}\n${reportLabel(entry.report)} · ${entry.category} · ${json.url}\n` +
          (people ? `Contact: ${people}\n` : '') +
          entry.links.map((l) => `Link: ${l.text ? `${l.text} ` : ''}<${l.url}>\n`).join('') +
          (entry.sponsors.length ? `Sponsor: ${entry.sponsors.join('; ')}\n` : '') +
          `\n${entry.body}\n` +
          (entry.tasks.length ? `\nOpen tasks:\n${entry.tasks.map((t) => `- ${t}\n`).join('')}` : ''),
      );
    }
    return 0;
  }
  const project = projects.find((p) => p.slug === key);
  if (project) {
    const json = { slug: project.slug, title: project.title, entries: project.entries.map((e) => entryToJson(e, project.slug)) };
    if (values.json) printJson(json);
    else {
      process.stdout.write(`${project.title} (${project.slug})\n`);
      for (const e of project.entries) process.stdout.write(`  ${reportLabel(e.report).padEnd(34)} ${e.title}  ${entryPath(e)}\n`);
    }
    return 0;
  }
  process.stderr.write(`kb show: no entry or project "${key}" in ${kb.dir}\n`);
  return 1;
}
