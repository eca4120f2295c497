import type { MetadataRoute } from 'next';
import type { KnowledgeBase } from '../content';
import { compareReportIds, type PeopleIndex, type ProjectIndex, type SubjectIndex } from '../model';
import { peoplePath, entryParts, entryPath, homePath, personPath, projectPath, projectsPath, referenceKindPath, referencesPath, reportPath, reportsPath, subjectPath, subjectsPath, tasksPath } from '../routes';
import { WORK_KINDS } from '../references/work';
import { periodEndDate, reportDate } from './dates';
import { absoluteUrl } from './origin';
import { sitemapPath } from '../routes';

/** The sitemap protocol's limit on URLs in one file (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapInput {
  kb: Pick<KnowledgeBase, 'reports' | 'entries' | 'getReport'>;
  projects: Pick<ProjectIndex, 'projects'>;
  /** Without it, the sitemap lists no subjects. */
  subjects?: Pick<SubjectIndex, 'subjects'>;
  /** Without it, the sitemap lists no people. */
  people?: Pick<PeopleIndex, 'people'>;
  origin: string;
}

/**
 * Every page worth indexing, each dated by the newest report it shows (never the build time, so
 * unchanged content gives an unchanged sitemap). Left out: `/search` (robots.txt keeps crawlers
 * off it), the API, feeds, old project slugs that only redirect, and the page of each reference
 * (2,190 on the corpus, most cited once: its kind's list and the entries citing it link it).
 */
export function sitemapEntries({ kb, projects, subjects, people, origin }: SitemapInput): MetadataRoute.Sitemap {
  const dateOf = (reportId: string): Date => reportDate(reportId, kb.getReport);
  const newestOf = (reportIds: readonly string[]): Date | undefined => {
    const newest = reportIds.reduce<string | undefined>((max, id) => (max !== undefined && compareReportIds(max, id) >= 0 ? max : id), undefined);
    return newest === undefined ? undefined : dateOf(newest);
  };
  const newestReport = newestOf(kb.reports.map((r) => r.id));
  const page = (path: string, lastModified: Date | undefined): MetadataRoute.Sitemap[number] =>
    lastModified ? { url: absoluteUrl(origin, path), lastModified } : { url: absoluteUrl(origin, path) };

  // The lists every report can change: open tasks are the latest entries', references everyone's.
  const urls: MetadataRoute.Sitemap = [homePath, reportsPath, tasksPath, referencesPath, ...WORK_KINDS.map(referenceKindPath)].map((path) => page(path, newestReport));
  for (const report of kb.reports) urls.push(page(reportPath(report.id), periodEndDate(report.period)));
  for (const entry of kb.entries) urls.push(page(entryPath(entry), dateOf(entry.report)));
  urls.push(page(projectsPath, newestReport));
  for (const project of projects.projects) urls.push(page(projectPath(project.slug), newestOf(project.entries.map((e) => e.report))));
  if (subjects) {
    urls.push(page(subjectsPath, newestReport));
    for (const subject of subjects.subjects) urls.push(page(subjectPath(subject.slug), newestOf(subject.entries.map((e) => e.report))));
  }
  if (people) {
    urls.push(page(peoplePath, newestReport));
    for (const person of people.people) urls.push(page(personPath(person.slug), newestOf(person.entryIds.map((id) => entryParts(id).report))));
  }
  // One file holds the whole site (about 5,000 URLs for the full corpus). Past the limit the
  // build fails here rather than publish a sitemap that crawlers reject or silently cut.
  if (urls.length > SITEMAP_URL_LIMIT) {
    throw new Error(`the sitemap would list ${urls.length} URLs, over the protocol's ${SITEMAP_URL_LIMIT}: split it with generateSitemaps`);
  }
  return urls;
}

/**
 * robots.txt: everything may be crawled but the JSON API (the pages' data again, for tools) and
 * `/search` (result pages are thin, endless duplicates of the entry pages the sitemap lists).
 */
export function robotsRules(origin: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: homePath, disallow: ['/api/', '/search'] }],
    sitemap: absoluteUrl(origin, sitemapPath),
  };
}
