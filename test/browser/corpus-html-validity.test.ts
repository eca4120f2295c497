import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../../lib/content';
import { collectPeopleIndex } from '../../lib/people';
import { projectsOf } from '../../lib/projects';
import { buildCitationIndex, type CitationIndex } from '../../lib/references';
import {
  entryPath,
  homePath,
  peoplePath,
  personPath,
  projectPath,
  projectsPath,
  referencePath,
  referencesPath,
  reportPath,
  reportsPath,
  searchQueryPath,
  subjectPath,
  subjectsPath,
  tasksPath,
} from '../../lib/routes';
import { findCorpus } from '../corpus/corpus-dir';
import type { PeopleIndex, ProjectIndex } from '../../lib/model';
import { importedCorpusContent } from './global-setup';
import { fetchPages, htmlErrors, javaAvailable } from './html-checker';
import { buildAndStartSite, type SiteServer } from './server';

interface Corpus {
  kb: KnowledgeBase;
  projects: ProjectIndex;
  people: PeopleIndex;
  citations: CitationIndex;
}

const most = <T,>(items: Iterable<T>, size: (item: T) => number): T | undefined => [...items].sort((a, b) => size(b) - size(a))[0];

/**
 * One page of every kind from the real corpus, the fullest of its kind where kinds differ in
 * content; a new kind of page is one line here. Every report page is checked besides (they hold
 * every entry's text), so entries are picked one per upstream format.
 */
const KINDS: ReadonlyArray<{ name: string; path: (c: Corpus) => string | undefined; status?: number }> = [
  { name: 'home', path: () => homePath },
  { name: 'reports', path: () => reportsPath },
  ...(['xml', 'html', 'adoc'] as const).map((format) => ({
    name: `entry (${format})`,
    path: (c: Corpus) => {
      const entry = most(c.kb.entries.filter((e) => e.source.format === format), (e) => e.body.length);
      return entry && entryPath(entry);
    },
  })),
  { name: 'projects', path: () => projectsPath },
  { name: 'project', path: (c) => projectPath(most(c.projects.projects, (p) => p.entries.length)?.slug ?? '') },
  { name: 'subjects', path: () => subjectsPath },
  { name: 'subject', path: () => subjectPath('zfs') },
  { name: 'people', path: () => peoplePath },
  { name: 'person', path: (c) => personPath(most(c.people.people.filter((p) => p.kind === 'person'), (p) => p.entryIds.length)?.slug ?? '') },
  { name: 'team', path: (c) => personPath(most(c.people.people.filter((p) => p.kind === 'team'), (p) => p.entryIds.length)?.slug ?? '') },
  { name: 'search', path: () => searchQueryPath('zfs') },
  { name: 'tasks', path: () => tasksPath },
  { name: 'references', path: () => referencesPath },
  { name: 'reference', path: (c) => referencePath(most(c.citations.work.values(), (w) => w.entryIds.length)?.reference ?? { kind: 'review', id: '' }) },
  { name: 'not found', path: () => '/no-such-page', status: 404 },
];

const corpus = findCorpus();

// The Nu HTML Checker over what the real reports make of the pages: every report, and one page of every other kind.
describe.skipIf(!corpus || !javaAvailable())('valid HTML over the imported corpus', () => {
  let site: SiteServer;
  let data: Corpus;

  beforeAll(async () => {
    const dir = importedCorpusContent('2015-01-2015-03');
    const kb = loadKnowledgeBase(dir);
    const projects = projectsOf(kb);
    data = { kb, projects, people: collectPeopleIndex(kb.entries, projects), citations: buildCitationIndex(kb.entries) };
    site = await buildAndStartSite(dir);
  });
  afterAll(() => site?.stop());

  it('finds no error in one page of every kind', async () => {
    const pages = KINDS.map(({ name, path, status }) => {
      const found = path(data);
      if (!found) throw new Error(`the corpus has no page of the kind "${name}"`);
      return { name, path: found, status };
    });
    expect((await htmlErrors(await fetchPages(site.url, pages))).join('\n')).toBe('');
  });

  it('finds no error in any report page, which holds all its entries', async () => {
    const pages = data.kb.reports.map((r) => ({ name: 'report', path: reportPath(r.id) }));
    expect(pages.length).toBeGreaterThan(100);
    expect((await htmlErrors(await fetchPages(site.url, pages))).join('\n')).toBe('');
  });
});
