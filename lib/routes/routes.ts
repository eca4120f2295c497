/**
 * Every path the site links to, in one place (see DESIGN.md, "Site URLs"); pages, feeds and
 * the API build their links here and never by hand.
 */

export const homePath = '/';
export const reportsPath = '/reports';
export const projectsPath = '/projects';
export const searchPath = '/search';
export const tasksPath = '/tasks';
export const peoplePath = '/people';
export const subjectsPath = '/subjects';
export const apiSearchPath = '/api/search';
/** The site's own link-preview picture (app/opengraph-image.tsx); pages of a project, report or entry have their own. */
export const siteImagePath = '/opengraph-image';

/** Anything that names an entry: the entry itself or its id `<report id>/<slug>`. */
export type EntryRef = string | { report: string; slug: string };

/** Whether a string has an entry id's form, `<report id>/<entry slug>`: two parts, neither empty. */
export function isEntryId(id: string): boolean {
  return /^[^/]+\/[^/]+$/.test(id);
}

/** An entry's report id and slug, from its id (`<report id>/<entry slug>`) or from the two. */
export function entryParts(ref: EntryRef): { report: string; slug: string } {
  if (typeof ref !== 'string') return ref;
  const cut = ref.indexOf('/');
  if (cut <= 0 || cut === ref.length - 1) throw new Error(`not an entry id: "${ref}"`);
  return { report: ref.slice(0, cut), slug: ref.slice(cut + 1) };
}

/** `/reports/<report id>` */
export function reportPath(reportId: string): string {
  return `${reportsPath}/${encodeURIComponent(reportId)}`;
}

/** `/reports/<report id>/<entry slug>`: the entry's own page. */
export function entryPath(ref: EntryRef): string {
  const { report, slug } = entryParts(ref);
  return `${reportPath(report)}/${encodeURIComponent(slug)}`;
}

/** `/reports/<report id>#<entry slug>`: the entry in place within its report. */
export function entryAnchorPath(ref: EntryRef): string {
  const { report, slug } = entryParts(ref);
  return `${reportPath(report)}#${encodeURIComponent(slug)}`;
}

/** `/projects/<slug>` */
export function projectPath(slug: string): string {
  return `${projectsPath}/${encodeURIComponent(slug)}`;
}

/** `/subjects/<slug>` */
export function subjectPath(slug: string): string {
  return `${subjectsPath}/${encodeURIComponent(slug)}`;
}

/** `/api/subjects/<slug>`: the API twin of the subject's page. */
export function subjectApiPath(slug: string): string {
  return `/api${subjectPath(slug)}`;
}

/** `/people/<slug>` */
export function personPath(slug: string): string {
  return `${peoplePath}/${encodeURIComponent(slug)}`;
}

/** `/api/projects/<slug>`: the API twin of the project's page. */
export function projectApiPath(slug: string): string {
  return `/api${projectPath(slug)}`;
}

/** `/api/entries/<report id>/<entry slug>`: the API twin of the entry's page. */
export function entryApiPath(ref: EntryRef): string {
  const { report, slug } = entryParts(ref);
  return `/api/entries/${encodeURIComponent(report)}/${encodeURIComponent(slug)}`;
}

/** `/search?q=…` */
export function searchQueryPath(query: string): string {
  return `${searchPath}?${new URLSearchParams({ q: query }).toString()}`;
}

/** `/search?person=…`: a person's entries, newest first, to search within. */
export function personSearchPath(slug: string): string {
  return `${searchPath}?${new URLSearchParams({ person: slug }).toString()}`;
}

/** `/wiki/<Page/Subpage>`: the projects whose entries cite that wiki.freebsd.org page. */
export function wikiPath(page: string): string {
  return `/wiki/${page.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The name a catch-all route (`/wiki/[...page]`, `/references/<kind>/[...id]`) was asked for, from
 * its segments. Next.js 16 hands them over in two forms: percent-encoded to the page (`G%C3%A1bor`,
 * `%25`), decoded to generateMetadata (`Gábor`, `%`). Each segment is decoded where it decodes and
 * kept as it is where it does not, so that both forms give the same name (but for a decoded name
 * that itself holds a valid escape, where only the title would differ) and none throws:
 * `decodeURIComponent('%')` did, and made every such request a 500.
 */
export function catchAllName(segments: readonly string[]): string {
  return segments.map(decodeOrKeep).join('/');
}

/** Text percent-decoded where it decodes, else as it is: `decodeURIComponent('%')` throws. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `/cites?url=…`: the entries that cite a URL. */
export const citesPagePath = '/cites';

export const referencesPath = '/references';

/** `/references/<kind>`: every review, problem report, commit, man page or port the reports mention. */
export function referenceKindPath(kind: string): string {
  return `${referencesPath}/${kind}`;
}

/** `/references/<kind>/<id>`: every entry mentioning a review, problem report, commit, man page or port. */
export function referencePath(reference: { kind: string; id: string }): string {
  return `${referencesPath}/${reference.kind}/${reference.id.split('/').map(encodeURIComponent).join('/')}`;
}

/** `/tasks?category=…&page=…`: open tasks, of one category or all, page 1 unless given. */
export function tasksPagePath(category: string | undefined, page = 1): string {
  const query = new URLSearchParams();
  if (category !== undefined) query.set('category', category);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${tasksPath}?${search}` : tasksPath;
}
