import { SlugAllocator, parseReportId, reportLabel, slugify, slugWords, type Category, type Entry, type Report } from '../../model';
import type { ImportProblem, ReaderResult } from '../types';
import { legacyReportUrl } from '../upstream-urls';
import { decodeUpstreamBytes } from '../decode';
import { osaDistance } from '../../words';
import { expandEntities, type EntityTable } from './entities';
import { readIntro } from './read-intro';
import { readProject, type RawXmlProject } from './read-project';
import type { ReaderNote } from '../types';
import { ReportCategories } from './report-categories';
import { parseByProject } from './parse-by-project';
import { childElements, firstChild, parseXmlTree, textContent, type XmlElement } from './xml-tree';

export interface XmlReportInput {
  /** Display path of the file, used in problems and in each entry's `source.file`. */
  path: string;
  bytes: Uint8Array;
  /** `2014-01-2014-03`, `2001-06`, `2013-05-devsummit`. */
  reportId: string;
  /** `share/authors.ent` and `share/freebsd.ent`, see `createEntityTable`. */
  entities: EntityTable;
}

/**
 * Reads one legacy XML status report (`report-*.xml`) into the model: the report with its
 * categories and introduction, and one entry per `<project>`. Pure: the caller reads the file.
 * Never throws on bad input: a document that is not well-formed is read again one `<project>`
 * at a time, so that a broken project costs only itself; each problem names the file and line.
 */
export function readXmlReport(input: XmlReportInput): ReaderResult {
  const { path, reportId } = input;
  const problems: ImportProblem[] = [];
  const add = (n: ReaderNote): void => {
    problems.push({ severity: n.severity, file: path, line: n.line, message: n.message });
  };
  const fail = (message: string): ReaderResult => ({ entries: [], problems: [...problems, { severity: 'error', file: path, message }] });

  const parsedId = parseReportId(reportId);
  if (!parsedId) return fail(`"${reportId}" is not a report id`);
  if (input.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return fail('empty file');

  const decoded = decodeUpstreamBytes(input.bytes);
  for (const n of decoded.notes) add({ severity: 'warning', ...n });
  const expanded = expandEntities(decoded.text, input.entities);
  for (const n of expanded.problems) add({ ...n, severity: n.severity ?? 'error' });
  const { root, complete, notes: treeNotes } = readTree(expanded.text);
  if (!root) {
    treeNotes.forEach(add);
    return { entries: [], problems };
  }
  if (root.name !== 'report') {
    // One error says it all: what the well-formedness check finds in a page that is no report
    // (an HTML page's `<br>`, the `</report>` after a misspelt start tag) follows from it.
    add({ severity: 'error', line: root.line, message: wrongRoot(root.name) });
    return { entries: [], problems };
  }
  treeNotes.forEach(add);

  const baseUrl = legacyReportUrl(reportId);
  const categoryNotes: ReaderNote[] = [];
  const categories = new ReportCategories(root, baseUrl, categoryNotes);
  categoryNotes.forEach(add);
  const slugs = new SlugAllocator();
  const firstLineOfTitle = new Map<string, number>();
  const entries: Entry[] = [];
  const sortKeys = new Map<Entry, string>();

  for (const element of complete) {
    const { project, notes } = readProject(element, baseUrl);
    notes.forEach(add);
    if (project.title === '') {
      const what = firstChild(element, 'title') ? 'an empty <title>' : 'no <title>';
      add({ severity: 'error', line: project.line, message: `<project> has ${what}, so no title at all; entry skipped` });
      continue;
    }
    const { key, note } = categories.resolve(project.cat, project.line);
    if (note) add(note);
    const sameTitle = project.title.toLowerCase();
    const first = firstLineOfTitle.get(sameTitle);
    const slug = slugs.allocate(slugify(project.title));
    if (first !== undefined) {
      add({ severity: 'error', line: project.line, message: `duplicate title "${project.title}" (first at line ${first}); kept as ${slug}` });
    } else firstLineOfTitle.set(sameTitle, project.line);
    if (slugWords(project.title) === '') {
      add({ severity: 'warning', line: firstChild(element, 'title')?.line ?? project.line, message: `title "${project.title}" has no Latin letter or digit to make a slug of; the entry's slug is ${slug} (untitled, untitled-2, … in file order)` });
    }
    const entry = toEntry(project, { reportId, path, slug, category: key });
    entries.push(entry);
    sortKeys.set(entry, upstreamSortKey(element));
  }

  if (complete.length === 0) add({ severity: 'error', line: root.line, message: 'no entries found (no <project> in the report)' });
  const introNotes: ReaderNote[] = [];
  const report: Report = {
    id: reportId,
    title: `FreeBSD Status Report, ${reportLabel(reportId)}`,
    period: parsedId.period,
    categories: categories.categories(),
    intro: readIntro(root, baseUrl, introNotes),
    source: { format: 'xml', file: path },
  };
  introNotes.forEach(add);
  return { report, entries: inUpstreamOrder(reportId, entries, report.categories, sortKeys), problems };
}

/** The first report whose page lists its projects in the file's order; report.xsl sorted each category's before. */
const FILE_ORDER_SINCE = '2019-10';

/**
 * What report.xsl sorted by: the title's text as written, white space and all (a title opening
 * on a new line comes first), with ASCII letters in capitals.
 */
function upstreamSortKey(project: XmlElement): string {
  const title = firstChild(project, 'title');
  return title ? textContent(title).replace(/[a-z]/g, (c) => c.toUpperCase()) : '';
}

/**
 * The entries in the order upstream's page lists them: category by category and, before
 * 2019 Q4, each category's by title (a stable sort, as xsl:sort is), else as in the file.
 */
function inUpstreamOrder(reportId: string, entries: Entry[], categories: readonly Category[], sortKeys: ReadonlyMap<Entry, string>): Entry[] {
  const categoryOrder = new Map(categories.map((c) => [c.key, c.order]));
  const byTitle = reportId < FILE_ORDER_SINCE;
  const key = (e: Entry): string => (byTitle ? (sortKeys.get(e) ?? '') : '');
  return [...entries].sort((a, b) => (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The document's tree and its complete `<project>` elements, with an error for each part that
 * is not well-formed. A document that is not well-formed is read project by project; where even
 * that cannot start (no `<report>` to open it), what was read before the first error is kept.
 */
function readTree(xml: string): { root?: XmlElement; complete: XmlElement[]; notes: ReaderNote[] } {
  const tree = parseXmlTree(xml);
  const projectsOf = (root: XmlElement | undefined): XmlElement[] => (root ? childElements(root, 'project').filter((p) => p.complete) : []);
  if (!tree.error) return { root: tree.root, complete: projectsOf(tree.root), notes: [] };
  // saxes reports the end of a truncated file on the line after its last line break.
  const line = Math.min(tree.error.line, xml.replace(/\n$/, '').split('\n').length);
  const byProject = parseByProject(xml);
  if (byProject) {
    const notes = byProject.notes.length > 0 ? byProject.notes : [{ severity: 'error' as const, line, message: `XML is not well-formed: ${tree.error.message}; every <project> is read` }];
    return { root: byProject.root, complete: projectsOf(byProject.root), notes };
  }
  const complete = projectsOf(tree.root);
  const kept = complete.length === 1 ? '1 complete <project> before it is kept' : `${complete.length} complete <project> elements before it are kept`;
  return { root: tree.root, complete, notes: [{ severity: 'error', line, message: `XML is not well-formed: ${tree.error.message}; ${kept}` }] };
}

/** Why a document whose element is not `<report>` gives nothing, in an editor's terms. */
function wrongRoot(name: string): string {
  const what = name.toLowerCase() === 'html' ? 'an HTML page, not an XML status report' : osaDistance(name.toLowerCase(), 'report', 2) <= 2 ? 'a misspelt <report>?' : 'not an XML status report';
  return `document element is <${name}>, not <report> (${what}); nothing is read from this file`;
}

function toEntry(p: RawXmlProject, at: { reportId: string; path: string; slug: string; category: string }): Entry {
  return {
    id: `${at.reportId}/${at.slug}`,
    slug: at.slug,
    title: p.title,
    report: at.reportId,
    category: at.category,
    contacts: p.contacts,
    links: p.links,
    sponsors: p.sponsors,
    tasks: p.tasks,
    source: { format: 'xml', file: at.path, line: p.line },
    body: p.body,
  };
}
