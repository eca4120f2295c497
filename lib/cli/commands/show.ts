import { entryToJson, loadKnowledgeBase, type KnowledgeBase } from '../../content';
import { entryAliases, fileNameIds } from '../../content/entry-ledger';
import { reportLabel, type ProjectIndex, findBySlug, formatSpan, slugify, countOf } from '../../model';
import { peopleOf } from '../../people/site';
import { entryPath } from '../../routes';
import { projectsOf, projectToJson, summarizeProject } from '../../projects';
import { subjectsOf, subjectToJson, summarizeSubject } from '../../subjects';
import { peopleOverTime } from '../../timeline';
import { contentFolder, parseCommandArgs, printJson, UsageError, warnCorrections } from '../args';

export const showUsage = 'kb show <entry id, project slug or subject slug> [--json] [--content DIR]   (projects/<slug>, subjects/<slug> to choose)';

/**
 * `kb show`: one entry (front matter and Markdown body), one project with its entries, or one
 * subject with its main timeline. A bare slug names a project before a subject; `subjects/<slug>`
 * asks for the subject.
 */
export function runShow(args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 1);
  const [key] = positionals;
  if (!key) throw new UsageError('show needs an entry id (<report id>/<slug>) or a project slug');
  const kb = loadKnowledgeBase(contentFolder(values.content));
  const index = projectsOf(kb);
  warnCorrections(index.problems);
  // Ids and slugs are lower case; the site's addresses take any case too.
  const id = key.replace(/^\/?reports\//i, '').replace(/\/$/, '').toLowerCase();
  // An id an upstream title edit gave up (`entry-ids.json`), or its file's name, leads to the entry, as on the site.
  const renamedEntry = entryAliases(kb).get(id);
  const entry = kb.getEntry(renamedEntry ?? id);
  if (entry) {
    if (renamedEntry) process.stderr.write(`kb show: entry "${id}" is ${fileNameIds([entry]).has(id) ? 'named by its file; its id is' : 'now'} "${entry.id}"\n`);
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
  const wantsSubject = /^\/?subjects\//i.test(key);
  const slug = key.replace(/^\/?(projects|subjects)\//i, '').replace(/\/$/, '').toLowerCase();
  const project = wantsSubject ? undefined : findBySlug(index, slug)?.item;
  if (!project) return showSubject(slug, kb, index, values.json ?? false) ? 0 : notFound(key, kb.dir);
  if (project.slug !== slug) process.stderr.write(`kb show: project "${slug}" is now "${project.slug}"\n`);
  const people = peopleOf(kb, index);
  if (values.json) printJson(projectToJson(project, people));
  else {
    const { span, entryCount } = summarizeProject(project);
    let out = `${project.title} (${project.slug})\n${countOf(entryCount, 'entry', 'entries')}, ${formatSpan(span)}\n`;
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

function notFound(key: string, dir: string): number {
  process.stderr.write(`kb show: no entry, project or subject "${key}" in ${dir}\n`);
  return 1;
}

/** Prints a subject (an old slug says what it is now); false when there is none. */
function showSubject(slug: string, kb: KnowledgeBase, projects: ProjectIndex, json: boolean): boolean {
  const subjects = subjectsOf(kb, projects);
  warnCorrections(subjects.problems);
  const subject = findBySlug(subjects, slug)?.item;
  if (!subject) return false;
  if (subject.slug !== slug) {
    const spelling = subject.aliases.some((a) => slugify(a) === slug);
    process.stderr.write(`kb show: subject "${slug}" ${spelling ? 'is another spelling of' : 'is now'} "${subject.slug}"\n`);
  }
  const people = peopleOf(kb, projects);
  if (json) {
    printJson(subjectToJson(subject, (id) => projects.byEntryId.get(id), people));
    return true;
  }
  const { span, entryCount, mentionCount } = summarizeSubject(subject);
  let out = `${subject.title} (subject ${subject.slug})\n${countOf(entryCount, 'entry', 'entries')} on its timeline, ${formatSpan(span)}; mentioned in ${mentionCount} more\n`;
  if (subject.aliases.length) out += `Also named: ${subject.aliases.join(', ')}\n`;
  out += `Projects: ${subject.projects.join(', ')}\n`;
  if (subject.related.length) out += `Related: ${subject.related.join(', ')}\n`;
  out += '\n';
  for (const e of subject.entries) out += `  ${reportLabel(e.report).padEnd(34)} ${e.title}  ${entryPath(e)}\n`;
  process.stdout.write(out);
  return true;
}
