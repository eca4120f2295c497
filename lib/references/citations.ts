import { parseReportId, type Entry, type Project, type ProjectIndex } from '../model';
import { citedUrls, linkKey, urlsInMarkdown } from '../projects/link-key';
import { entryParts } from '../routes';
import { wikiAncestry, wikiKey, wikiPageName, wikiPageOf, wikiWords } from './wiki';
import { findWorkReferences, type WorkKind, type WorkReference } from './work';

/** Every URL the entries cite, and every wiki page, each with the entries citing it. */
export interface CitationIndex {
  /** Link key (lib/projects/link-key.ts) → ids of the entries citing it, oldest first. */
  byLink: ReadonlyMap<string, string[]>;
  /** Wiki page key (`wikiKey`) → the page as first written, and the ids of the entries citing it. */
  wikiPages: ReadonlyMap<string, { page: string; entryIds: string[] }>;
  /** `<kind>:<id>` → the reviews, problem reports, commits, man pages and ports entries mention. */
  work: ReadonlyMap<string, { reference: WorkReference; entryIds: string[] }>;
  /** Entry id → the work it mentions (order: `findWorkReferences`). */
  workOfEntry: ReadonlyMap<string, WorkReference[]>;
}

/** The key of a work reference in `CitationIndex.work`. */
export function workKey(reference: Pick<WorkReference, 'kind' | 'id'>): string {
  return `${reference.kind}:${reference.id}`;
}

function add<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Entries are read in the order given (the knowledge base's: oldest report first). */
export function buildCitationIndex(entries: readonly Entry[]): CitationIndex {
  const byLink = new Map<string, string[]>();
  const wiki = new Map<string, { page: string; entryIds: string[] }>();
  const work = new Map<string, { reference: WorkReference; entryIds: string[] }>();
  const workOfEntry = new Map<string, WorkReference[]>();
  for (const entry of entries) {
    const references = findWorkReferences(`${entry.title}\n${entry.body}\n${entry.tasks.join('\n')}`, entry.links.map((l) => l.url));
    workOfEntry.set(entry.id, references);
    for (const reference of references) {
      const found = work.get(workKey(reference)) ?? { reference, entryIds: [] };
      work.set(workKey(reference), found);
      found.entryIds.push(entry.id);
    }
    // Open tasks cite pages too ("help with the [Tier-2 list](…)"); threading reads only links and text.
    for (const url of [...citedUrls(entry), ...urlsInMarkdown(entry.tasks.join('\n'))]) {
      const key = linkKey(url);
      if (key) add(byLink, key, entry.id);
      const page = wikiPageOf(url);
      if (page) {
        const found = wiki.get(wikiKey(page)) ?? { page, entryIds: [] };
        wiki.set(wikiKey(page), found);
        if (found.entryIds[found.entryIds.length - 1] !== entry.id) found.entryIds.push(entry.id);
      }
    }
  }
  return { byLink, wikiPages: wiki, work, workOfEntry };
}

/** What `/wiki/<page>` answers. */
export type WikiResolution =
  | { kind: 'subject'; page: string; subject: { slug: string; title: string } }
  | { kind: 'person'; page: string; person: { slug: string; name: string } }
  | { kind: 'project'; page: string; project: Project }
  | {
      kind: 'choice';
      page: string;
      projects: { project: Project; entryIds: string[] }[];
      /**
       * The report nearly all the citing entries are of, where the page is that report's
       * (`reportCiting`): readers land there, not on a choice of its working groups.
       */
      report?: { id: string; entryIds: string[] };
    }
  | { kind: 'none'; page: string };

/** What a wiki page's name may name besides the pages entries cite; each lookup optional. */
export interface WikiLookups {
  /** The subject a name names ("bhyve", "SR-IOV"). */
  subjectNamed?: (name: string) => { slug: string; title: string } | undefined;
  /** The person (not a team) a name written in words names ("Adrian Chadd"). */
  personNamed?: (name: string) => { slug: string; name: string } | undefined;
  /**
   * Ids of the entries on a subject's timeline, or naming it in passing (`mentions`): without
   * it, no sub-page leads to the subject its last part names.
   */
  subjectEntryIds?: (slug: string, part: 'timeline' | 'mentions') => Iterable<string>;
}

/**
 * Where a wiki page's readers should land: the subject the page is about (its name, as written
 * or in words, names one; or a sub-page's last part does, and the entries citing it are mostly
 * that subject's: "WiFi/Iwlwifi"), the person whose own page it is (a top-level WikiName that is
 * their name: "AdrianChadd"), else the projects whose entries cite it (a choice of several
 * carries the report they nearly all belong to, a summit's: `reportCiting`); failing all, the
 * same for its nearest parent page (a subpage link lands with what its parent page is about), and
 * last the project its name titles.
 */
export function resolveWikiPage(page: string, citations: CitationIndex, projects: ProjectIndex, lookups: WikiLookups = {}): WikiResolution {
  // Asked for as the corpus cites it, the old `moin.cgi/` prefix included.
  const trimmed = wikiPageName(page);
  for (const candidate of wikiAncestry(trimmed)) {
    const subject = lookups.subjectNamed?.(candidate) ?? lookups.subjectNamed?.(wikiWords(candidate));
    if (subject) return { kind: 'subject', page: candidate, subject };
    // A person's page is a WikiName of two words or more at the top: "AdrianChadd", never "Releng".
    const words = wikiWords(candidate);
    const person = candidate.includes('/') || !words.includes(' ') ? undefined : lookups.personNamed?.(words);
    if (person) return { kind: 'person', page: candidate, person };
    const cited = citations.wikiPages.get(wikiKey(candidate));
    if (!cited) continue;
    const leafSubject = subjectOfLeaf(candidate, cited.entryIds, lookups);
    if (leafSubject) return { kind: 'subject', page: cited.page, subject: leafSubject };
    const byProject = new Map<Project, string[]>();
    for (const id of cited.entryIds) {
      const project = projects.byEntryId.get(id);
      if (project) byProject.set(project, [...(byProject.get(project) ?? []), id]);
    }
    const ranked = [...byProject]
      .map(([project, entryIds]) => ({ project, entryIds }))
      .sort((a, b) => b.entryIds.length - a.entryIds.length || (a.project.slug < b.project.slug ? -1 : 1));
    if (ranked.length === 1) return { kind: 'project', page: cited.page, project: ranked[0]!.project };
    if (ranked.length > 1) {
      const report = reportCiting(cited.entryIds, projects);
      return { kind: 'choice', page: cited.page, projects: ranked, ...(report && { report }) };
    }
  }
  // No entry cites it: a team's or an effort's page is named as its reports are titled
  // ("CoreTeam": the FreeBSD Core Team's reports), FreeBSD's name aside ("FreeBSD/ZFS" is ZFS's).
  for (const candidate of wikiAncestry(trimmed)) {
    const own = wikiWords(candidate).replace(/\bFreeBSD\b/gi, ' ').trim();
    const subject = own ? lookups.subjectNamed?.(own) : undefined;
    if (subject) return { kind: 'subject', page: candidate, subject };
    const titled = titledProjects(projects).get(titleKey(candidate));
    if (titled) return { kind: 'project', page: candidate, project: titled };
  }
  return { kind: 'none', page: trimmed };
}

/**
 * The subject a sub-page's last part names ("WiFi/Iwlwifi": iwlwifi), by the lookup whole page
 * names go through, where that subject is what the page is about. Its name is not enough: summit
 * pages are "Security" or "Testing", people's are "SOC", a page's to-do list is "TODO". So more
 * than half the entries citing the page must be the subject's (on its timeline or naming it),
 * one at least on its timeline (naming it in passing is not reporting on it); and the subject
 * must be no broader than one its parent pages name: a sub-page narrows its parent
 * ("arm/Allwinner"), and "DTrace/userland" is a part of DTrace, not the page of userland.
 */
function subjectOfLeaf(page: string, entryIds: readonly string[], lookups: WikiLookups): { slug: string; title: string } | undefined {
  const { subjectNamed, subjectEntryIds } = lookups;
  const slash = page.lastIndexOf('/');
  if (slash < 0 || !subjectNamed || !subjectEntryIds) return undefined;
  const named = (name: string) => subjectNamed(name) ?? subjectNamed(wikiWords(name));
  const leaf = page.slice(slash + 1);
  const subject = named(leaf);
  if (!subject) return undefined;
  const timeline = new Set(subjectEntryIds(subject.slug, 'timeline'));
  const mentions = new Set(subjectEntryIds(subject.slug, 'mentions'));
  const own = entryIds.filter((id) => timeline.has(id) || mentions.has(id));
  if (own.length * 2 <= entryIds.length || !own.some((id) => timeline.has(id))) return undefined;
  const size = timeline.size + mentions.size;
  for (const parent of wikiAncestry(page.slice(0, slash))) {
    const above = named(parent.slice(parent.lastIndexOf('/') + 1)) ?? named(parent);
    if (above && above.slug !== subject.slug && sizeOf(above.slug, subjectEntryIds) < size) return undefined;
  }
  return subject;
}

const sizeOf = (slug: string, entryIds: NonNullable<WikiLookups['subjectEntryIds']>): number =>
  [...entryIds(slug, 'timeline')].length + [...entryIds(slug, 'mentions')].length;

/** Entries of one report that must cite a page for it to lead there: two are a coincidence of one quarter. */
const REPORT_CITING_ENTRIES = 3;
/** Share of a page's citing entries that must be in that one report: "nearly all". */
const REPORT_SHARE = 0.8;

/**
 * The report a page belongs to: one whose entries are nearly all those citing the page (at least
 * `REPORT_CITING_ENTRIES` of them, and `REPORT_SHARE`), where they are half the report or more, or
 * the report is a special edition (a developer summit's, whose working groups all link the
 * summit's page). Several entries of one quarterly report citing a page are not that report's
 * subject: they stay a choice of their projects.
 */
function reportCiting(entryIds: readonly string[], projects: ProjectIndex): { id: string; entryIds: string[] } | undefined {
  const byReport = new Map<string, string[]>();
  for (const id of entryIds) {
    const { report } = entryParts(id);
    byReport.set(report, [...(byReport.get(report) ?? []), id]);
  }
  const [report, ids] = [...byReport].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!report || !ids || ids.length < REPORT_CITING_ENTRIES || ids.length < REPORT_SHARE * entryIds.length) return undefined;
  if (parseReportId(report)?.special) return { id: report, entryIds: ids };
  return ids.length * 2 >= (reportSizes(projects).get(report) ?? Infinity) ? { id: report, entryIds: ids } : undefined;
}

const sizesMemo = new WeakMap<ProjectIndex, Map<string, number>>();

/** Each report's number of entries; every entry is in exactly one project. */
function reportSizes(projects: ProjectIndex): Map<string, number> {
  let sizes = sizesMemo.get(projects);
  if (!sizes) {
    sizes = new Map();
    for (const p of projects.projects) for (const e of p.entries) sizes.set(e.report, (sizes.get(e.report) ?? 0) + 1);
    sizesMemo.set(projects, sizes);
  }
  return sizes;
}

/**
 * A title as a WikiName would write it, whose project it is left out: "FreeBSD Core Team",
 * "CoreTeam" and "FreeBSDCoreTeam" are one key.
 */
const titleKey = (title: string): string => title.toLowerCase().replace(/freebsd|[^\p{L}\p{N}]+/gu, '');

/**
 * Reports a project must have made for a wiki page to be named after it: a year of quarterly
 * ones. Two developer-summit notes titled "Documentation" are no page's subject.
 */
const WIKI_TITLED_ENTRIES = 4;

const titledMemo = new WeakMap<ProjectIndex, Map<string, Project>>();

/** Each title key of a project that reported long enough, with the project that has most entries under it. */
function titledProjects(projects: ProjectIndex): Map<string, Project> {
  let titled = titledMemo.get(projects);
  if (!titled) {
    titled = new Map();
    for (const p of [...projects.projects].sort((a, b) => b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : 1))) {
      const key = titleKey(p.title);
      if (key && p.entries.length >= WIKI_TITLED_ENTRIES && !titled.has(key)) titled.set(key, p);
    }
    titledMemo.set(projects, titled);
  }
  return titled;
}

/** The work of one kind, most cited first (then by id), with the entries citing each. */
export function mostCitedOfKind(index: Pick<CitationIndex, 'work'>, kind: WorkKind): { reference: WorkReference; entryIds: string[] }[] {
  return [...index.work.values()]
    .filter((w) => w.reference.kind === kind)
    .sort((a, b) => b.entryIds.length - a.entryIds.length || (a.reference.id < b.reference.id ? -1 : a.reference.id > b.reference.id ? 1 : 0));
}
