import { beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { loadKnowledgeBase, type KnowledgeBase } from '../../lib/content';
import { projectsOf } from '../../lib/projects';
import { buildCitationIndex, resolveWikiPage, type CitationIndex } from '../../lib/references';
import type { ProjectIndex } from '../../lib/model';
import { findCorpus } from './corpus-dir';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

describe.skipIf(!corpus)('wiki pages cited by the imported corpus', () => {
  const temp = tempDir('kb-wiki-corpus-');
  let kb: KnowledgeBase;
  let citations: CitationIndex;
  let projects: ProjectIndex;

  beforeAll(() => {
    kb = loadKnowledgeBase(importedContent(corpus ?? '', temp));
    citations = buildCitationIndex(kb.entries);
    projects = projectsOf(kb);
  });

  it('resolves every distinct cited wiki page to one project or a choice of several', () => {
    const pages = [...citations.wikiPages.values()].map((p) => p.page);
    const kinds = { subject: 0, person: 0, project: 0, choice: 0, none: 0 };
    for (const page of pages) kinds[resolveWikiPage(page, citations, projects).kind]++;
    console.info(`${pages.length} distinct wiki.freebsd.org pages cited: ${kinds.project} lead to one project, ${kinds.choice} to a choice`);
    // 368 when this test was written; the count moves only with the corpus or the normalization.
    expect(pages.length).toBeGreaterThan(300);
    expect(kinds.none).toBe(0);
  });

  it('leads each page to projects whose entries really cite it', () => {
    for (const { page, entryIds } of citations.wikiPages.values()) {
      const r = resolveWikiPage(page, citations, projects);
      const slugs = r.kind === 'project' ? [r.project.slug] : r.kind === 'choice' ? r.projects.map((p) => p.project.slug) : [];
      expect(new Set(slugs), page).toEqual(new Set(entryIds.map((id) => projects.byEntryId.get(id)?.slug)));
    }
  });

  it('meets spellings of one page: moin.cgi prefixes, trailing slashes and case', () => {
    const moin = kb.entries.find((e) => e.links.some((l) => /wiki\.freebsd\.org\/moin\.cgi\//i.test(l.url)));
    expect(moin, 'an entry linking to a /moin.cgi/ page').toBeDefined();
    const url = moin!.links.find((l) => /moin\.cgi/i.test(l.url))!.url;
    const page = url.replace(/^.*moin\.cgi\//i, '').replace(/\/+$/, '');
    expect(resolveWikiPage(page.toUpperCase(), citations, projects).kind).not.toBe('none');
  });
});
