import { join } from 'node:path';
import { entryApiJson, entryToJson, type KnowledgeBase } from '../../content';
import { entryAliases, entryRedirects, fileNameIds, withdrawnEntries, withdrawnMessage } from '../../content/entry-ledger';
import { reportLabel, type Project, findBySlug, formatSpan, problemText, slugify, countOf } from '../../model';
import { CONTACT_KIND_LABELS, personView } from '../../people/view';
import { decodeOrKeep, entryPath, personPath, reportPath } from '../../routes';
import { formatPeriod, groupEntriesByCategory, quartersCoveredElsewhere } from '../../site/report-view';
import { quarterReportTarget } from '../../server/request-path';
import { upstreamCatalog, upstreamLinkTarget } from '../../site/upstream-urls';
import { projectToJson, summarizeProject } from '../../projects';
import { entryStory, quietSinceLastReport, quietSummary, storyLabel, type EntryStory, type QuietSince } from '../../projects/story';
import { subjectToJson, summarizeSubject } from '../../subjects';
import { peopleOverTime } from '../../timeline';
import { contentFolder, nearestWords, parseCommandArgs, printJson, UsageError, warnProblems } from '../args';
import { openContent, type OpenedContent } from '../open-content';

export const showUsage =
  'kb show <entry id, report id, project, subject or person slug, or site URL> [--json] [--content DIR]   (projects/<slug>, subjects/<slug>, people/<slug> to choose)';

/** The sections of the site's paths that name what `kb show` shows. */
type Section = 'reports' | 'projects' | 'subjects' | 'people';

/**
 * The key as a site path where it is a URL (of any host: the site's own, a mirror, localhost),
 * percent-decoded, an entry's anchor in its report (`/reports/<id>#<slug>`) read as the entry;
 * any other key as given.
 */
function keyPath(key: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(key)) return key;
  let url: URL;
  try {
    url = new URL(key);
  } catch {
    return key;
  }
  const path = url.pathname.replace(/\/$/, '');
  return decodeOrKeep(url.hash.length > 1 ? `${path}/${url.hash.slice(1)}` : path);
}

/**
 * The site path of an upstream address (`https://www.freebsd.org/status/report-2014-01-2014-03.html`,
 * `/news/status/report-…`, `/status/report-<id>/<file>/`, an in-page anchor), as the site
 * redirects it: the wiki and years of mail link there, and a reader pastes what they followed.
 * An anchor that names no entry of the report (a category's) leads to the report.
 */
function upstreamForm(key: string, kb: KnowledgeBase): string | undefined {
  const href = /^\/?(news\/)?status\//i.test(key) ? `https://www.freebsd.org/${key.replace(/^\//, '')}` : key;
  // The catalog reads every entry: built only for an address that could be upstream's.
  if (!/^https?:\/\/(www\.)?freebsd\.org\//i.test(href)) return undefined;
  const target = upstreamLinkTarget(href, upstreamCatalog(kb, entryAliases(kb)));
  if (target === null) return undefined;
  const cut = target.indexOf('#');
  if (cut === -1) return target;
  const page = target.slice(0, cut);
  const entry = kb.getEntry(`${page.replace(/^\/reports\//, '')}/${decodeOrKeep(target.slice(cut + 1))}`);
  return entry ? entryPath(entry) : page;
}

/**
 * A report or entry named by its quarter, as readers and the wiki write it (`2014-Q1`,
 * `2014 Q1`, `reports/2014q1/bhyve`), as the report's id: the site's rule (lib/server), for the same answers.
 */
function quarterForm(key: string, kb: KnowledgeBase): string {
  const covering = quartersCoveredElsewhere(kb.reports);
  const bare = key.replace(/^\//, '');
  const asPath = /^reports\//i.test(bare) ? `/${bare}` : `/reports/${bare}`;
  return quarterReportTarget(asPath, (quarter) => kb.getReport(quarter)?.id ?? covering.get(quarter)) ?? key;
}

/** What `kb show` looks things up in; the subjects and the people are found only when asked for, once. */
type Lookups = OpenedContent;

/**
 * `kb show`: one entry (front matter and Markdown body), one report by category, one project with
 * its entries, one subject with its main timeline or one person with their entries, named by
 * identifier or site path. A bare identifier is tried as an entry, a project, a subject, a report,
 * then a person (DESIGN.md fixes the first three); `subjects/<slug>` and the like ask for one kind.
 */
export function runShow(args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, { content: { type: 'string' }, json: { type: 'boolean' } }, 1);
  const [key] = positionals;
  if (!key) throw new UsageError('show needs an entry id (<report id>/<slug>), a report id, a project, subject or person slug, or a site URL');
  const at = openContent(contentFolder(values.content));
  const { kb, projects } = at;
  warnProblems(projects.problems);
  const path = quarterForm(upstreamForm(key, kb) ?? keyPath(key), kb);
  const section = /^\/?(reports|projects|subjects|people)\//i.exec(path)?.[1]?.toLowerCase() as Section | undefined;
  // Ids and slugs are lower case; the site's addresses take any case too.
  const name = path.replace(/^\/?(reports|projects|subjects|people)\//i, '').replace(/\/$/, '').toLowerCase();
  const json = values.json ?? false;
  if ((section === undefined || section === 'reports') && showEntry(name, at, json)) return 0;
  const project = section === undefined || section === 'projects' ? findBySlug(projects, name)?.item : undefined;
  if (project) {
    if (project.slug !== name) process.stderr.write(`kb show: project "${name}" is now "${project.slug}"\n`);
    // A bare slug names the project first (DESIGN.md); a subject of that slug, often followed far longer, is said apart.
    const subject = section === undefined ? at.subjects().bySlug.get(name) : undefined;
    if (subject) process.stderr.write(`(also a subject: kb show subjects/${subject.slug}, ${countOf(subject.entries.length, 'entry', 'entries')})\n`);
    showProject(project, at, json);
    return 0;
  }
  if ((section === undefined || section === 'projects' || section === 'subjects') && showSubject(name, at, json)) return 0;
  if ((section === undefined || section === 'reports') && showReport(name, at, json)) return 0;
  if ((section === undefined || section === 'people') && showPerson(name, at, json)) return 0;
  const withdrawn = section === undefined || section === 'reports' ? withdrawnEntries(kb).get(name) : undefined;
  if (withdrawn !== undefined) {
    process.stderr.write(`kb show: ${withdrawnMessage(name, withdrawn)}\n`);
    return 1;
  }
  process.stderr.write(`kb show: no entry, report, project, subject or person "${key}" in ${kb.dir}\n`);
  // An entry whose file is there but could not be read: why, rather than a guess at another name.
  const unread = section === undefined || section === 'reports' ? kb.problems.filter((p) => p.file === join(kb.dir, `${name}.md`)) : [];
  if (unread.length) {
    for (const p of unread) process.stderr.write(`${problemText(p, 'error')}\n`);
    return 1;
  }
  const near = suggestions(name, section, at);
  if (near.length) process.stderr.write(`did you mean: ${near.join(', ')}\n`);
  return 1;
}

/** Prints an entry (an id given up, or its file's name, says which it is now); false when there is none. */
function showEntry(id: string, at: Lookups, json: boolean): boolean {
  const { kb, projects } = at;
  // An id an upstream title edit gave up (`entry-ids.json`), or its file's name, leads to the entry, as on the site.
  const renamedEntry = entryAliases(kb).get(id);
  const entry = kb.getEntry(renamedEntry ?? id);
  if (!entry) return false;
  if (renamedEntry) {
    const how = entryRedirects(kb).has(id) ? 'is now' : fileNameIds([entry]).has(id) ? 'is named by its file; its id is' : "was its file's name; its id is";
    process.stderr.write(`kb show: entry "${id}" ${how} "${entry.id}"\n`);
  }
  const entryJson = entryToJson(entry, projects.byEntryId.get(entry.id)?.slug);
  if (json) {
    // What /api/entries answers, people and subjects included: one tool reads both.
    printJson(entryApiJson(entry, entryJson.project ?? undefined, { people: at.people(), subjects: at.subjects() }));
    return true;
  }
  const people = entry.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join(', ');
  process.stdout.write(
    `${entry.title}\n${reportLabel(entry.report)} · ${entry.category} · ${entryJson.url}\n` +
      (entryJson.project ? `Project: ${entryJson.project}\n` : '') +
      (people ? `Contact: ${people}\n` : '') +
      entry.links.map((l) => `Link: ${l.text ? `${l.text} ` : ''}<${l.url}>\n`).join('') +
      (entry.sponsors.length ? `Sponsor: ${entry.sponsors.join('; ')}\n` : '') +
      `\n${entry.body}\n` +
      (entry.tasks.length ? `\nOpen tasks:\n${entry.tasks.map((t) => `- ${t}\n`).join('')}` : ''),
  );
  return true;
}

function showProject(project: Project, at: Lookups, json: boolean): void {
  const people = at.people();
  if (json) {
    printJson(projectToJson(project, people));
    return;
  }
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

/** Prints a subject (an old slug or another spelling says what it is now); false when there is none. */
function showSubject(slug: string, at: Lookups, json: boolean): boolean {
  const subjects = at.subjects();
  warnProblems(subjects.problems);
  const subject = findBySlug(subjects, slug)?.item;
  if (!subject) return false;
  if (subject.slug !== slug) {
    const spelling = subject.aliases.some((a) => slugify(a) === slug);
    process.stderr.write(`kb show: subject "${slug}" ${spelling ? 'is another spelling of' : 'is now'} "${subject.slug}"\n`);
  }
  const { projects } = at;
  const people = at.people();
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

/**
 * Prints a report by category, in the order its page shows them, each entry with its place in
 * its project's story, then the projects that reported last time and not here, as the report's
 * page lists them: what its editors check a new quarter for. False when there is none.
 */
function showReport(id: string, { kb, projects }: Lookups, json: boolean): boolean {
  const report = kb.getReport(id);
  if (!report) return false;
  const groups = groupEntriesByCategory(report, kb.entriesOfReport(report.id));
  const storyOf = (entryId: string) => {
    const project = projects.byEntryId.get(entryId);
    return project && { project: project.slug, story: entryStory(project, entryId, kb.reports) };
  };
  const quiet = quietSinceLastReport(report.id, kb.reports, projects);
  if (json) {
    printJson({
      kind: 'report',
      id: report.id,
      label: reportLabel(report.id),
      title: report.title,
      url: reportPath(report.id),
      period: report.period,
      categories: groups.map((g) => ({ key: g.category.key, title: g.category.title, entries: g.entries.map((e) => e.id) })),
      // Keyed by entry id beside `categories`, which stays a list of ids for the scripts that read it.
      stories: Object.fromEntries(groups.flatMap((g) => g.entries.map((e) => [e.id, storyJson(storyOf(e.id))]))),
      quiet: (quiet?.quiet ?? []).map((q) => ({ project: q.project.slug, last: q.last.id, ...(q.backIn ? { backIn: q.backIn } : {}) })),
      // The first-time reporters of the previous report, left out of `quiet` as the page leaves them out.
      ...(quiet ? { quietSince: quiet.previous, quietFirstTimers: quiet.firstTimers } : {}),
    });
    return true;
  }
  const entries = groups.flatMap((g) => g.entries);
  const width = Math.min(60, Math.max(0, ...entries.map((e) => e.id.length)));
  const titleWidth = Math.min(50, Math.max(0, ...entries.map((e) => e.title.length)));
  let out = `${reportLabel(report.id)} (report ${report.id})\n${formatPeriod(report.period)} · ${countOf(entries.length, 'entry', 'entries')} · ${reportPath(report.id)}\n`;
  for (const group of groups) {
    out += `\n${group.category.title}\n`;
    for (const e of group.entries) {
      const story = storyOf(e.id)?.story;
      out += story ? `  ${e.id.padEnd(width)}  ${e.title.padEnd(titleWidth)}  ${storyLabel(story, e.id)}\n` : `  ${e.id.padEnd(width)}  ${e.title}\n`;
    }
  }
  out += quietText(quiet);
  process.stdout.write(out);
  return true;
}

function storyJson(found: { project: string; story: EntryStory } | undefined): ({ project: string } & EntryStory) | null {
  return found ? { project: found.project, ...found.story } : null;
}

/** The report page's "Not in this report", as text: each project with its last entry and when it came back, if it did. */
function quietText(since: QuietSince | undefined): string {
  if (since === undefined || (since.quiet.length === 0 && since.firstTimers === 0)) return '';
  const { quiet } = since;
  const width = Math.min(60, Math.max(0, ...quiet.map((q) => q.project.slug.length)));
  let out = `\nNot in this report: ${quietSummary(since)}\n`;
  for (const q of quiet) out += `  ${q.project.slug.padEnd(width)}  last ${q.last.id}${q.backIn ? `, back in ${reportLabel(q.backIn)}` : ''}\n`;
  return out;
}

/** Prints a person (or a team, a list) with their entries oldest first; false when there is none. */
function showPerson(slug: string, at: Lookups, json: boolean): boolean {
  const found = findBySlug(at.people(), slug);
  if (!found) return false;
  const person = found.item;
  if (found.moved) {
    const spelling = person.names.some((n) => slugify(n) === slug);
    process.stderr.write(`kb show: person "${slug}" ${spelling ? 'is another spelling of' : 'is now'} "${person.slug}"\n`);
  }
  const view = personView(person, at.kb.getEntry, at.projects);
  const entries = view.years.flatMap((y) => y.entries);
  if (json) {
    printJson({
      kind: 'person',
      slug: person.slug,
      name: person.name,
      url: personPath(person.slug),
      // `kind` says what the document is, as for projects and subjects; this says what the contact is.
      contactKind: person.kind,
      otherNames: view.otherNames,
      entries: entries.map((e) => e.id),
      projects: person.projects,
    });
    return true;
  }
  let out = `${person.name} (${CONTACT_KIND_LABELS[person.kind].one} ${person.slug})\n${countOf(view.entryCount, 'entry', 'entries')}, ${view.spanText}\n`;
  if (view.otherNames.length) out += `Also named: ${view.otherNames.join('; ')}\n`;
  if (person.projects.length) out += `Projects: ${person.projects.join(', ')}\n`;
  out += '\n';
  for (const e of entries) out += `  ${reportLabel(e.report.id).padEnd(34)} ${e.title}  ${e.url}\n`;
  process.stdout.write(out);
  return true;
}

/**
 * Up to three identifiers near one that names nothing, written as the key was: for an entry id,
 * the entries of its report whose slugs begin with the slug given (one cut short), else the
 * nearest slugs there; else the nearest slugs of the kind asked for, of every kind for a bare one.
 */
function suggestions(name: string, section: Section | undefined, at: Lookups): string[] {
  const prefix = section ? `${section}/` : '';
  const cut = name.indexOf('/');
  if (cut > 0) {
    const [report, slug] = [name.slice(0, cut), name.slice(cut + 1)];
    const slugs = at.kb.entriesOfReport(report).map((e) => e.slug);
    const begun = slug ? slugs.filter((s) => s.startsWith(slug)) : [];
    return (begun.length ? begun : nearestWords(slug, slugs)).slice(0, 3).map((s) => `${prefix}${report}/${s}`);
  }
  const any = section === undefined;
  const slugs = [
    ...(any || section === 'projects' ? at.projects.bySlug.keys() : []),
    ...(any || section === 'projects' || section === 'subjects' ? at.subjects().bySlug.keys() : []),
    ...(any || section === 'reports' ? at.kb.reports.map((r) => r.id) : []),
    ...(any || section === 'people' ? at.people().bySlug.keys() : []),
  ];
  return nearestWords(name, slugs).slice(0, 3).map((s) => `${prefix}${s}`);
}
