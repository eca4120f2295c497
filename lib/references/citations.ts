import type { Entry, Project, ProjectIndex } from '../model';
import { citedUrls, linkKey, urlsInText } from '../projects/link-key';
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
    for (const url of [...citedUrls(entry), ...urlsInText(entry.tasks.join('\n'))]) {
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
  | { kind: 'choice'; page: string; projects: { project: Project; entryIds: string[] }[] }
  | { kind: 'none'; page: string };

/** What a wiki page's name may name besides the pages entries cite; each lookup optional. */
export interface WikiLookups {
  /** The subject a name names ("bhyve", "SR-IOV"). */
  subjectNamed?: (name: string) => { slug: string; title: string } | undefined;
  /** The person (not a team) a name written in words names ("Adrian Chadd"). */
  personNamed?: (name: string) => { slug: string; name: string } | undefined;
}

/**
 * Where a wiki page's readers should land: the subject the page is about (its name, as written
 * or in words, names one), the person whose own page it is (a top-level WikiName that is their
 * name: "AdrianChadd"), else the projects whose entries cite it; failing all, the same for its
 * nearest parent page (a subpage link lands with what its parent page is about), and last the
 * project its name titles.
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
    const byProject = new Map<Project, string[]>();
    for (const id of cited.entryIds) {
      const project = projects.byEntryId.get(id);
      if (project) byProject.set(project, [...(byProject.get(project) ?? []), id]);
    }
    const ranked = [...byProject]
      .map(([project, entryIds]) => ({ project, entryIds }))
      .sort((a, b) => b.entryIds.length - a.entryIds.length || (a.project.slug < b.project.slug ? -1 : 1));
    if (ranked.length === 1) return { kind: 'project', page: cited.page, project: ranked[0]!.project };
    if (ranked.length > 1) return { kind: 'choice', page: cited.page, projects: ranked };
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
