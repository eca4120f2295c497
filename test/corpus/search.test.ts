import { beforeAll, describe, expect, it } from 'vitest';
import { createMiniSearchBaseline, evaluate, firstRelevantRanks, importedContent, loadBlind, loadJudged, loadSecondJudge } from '../../bench/relevance-lib';
import { loadKnowledgeBase } from '../../lib/content';
import { createSearchEngine, type SearchEngine } from '../../lib/search';
import { findCorpus } from './corpus-dir';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

describe.skipIf(!corpus)('search over the imported corpus', () => {
  const temp = tempDir('kb-search-corpus-');
  let engine: SearchEngine;
  const top = (text: string, limit = 10) => engine.search({ text, limit, offset: 0 });
  const ids = (text: string, limit = 10) => top(text, limit).results.map((r) => r.id);

  beforeAll(() => {
    engine = createSearchEngine(loadKnowledgeBase(importedContent(corpus ?? '', temp)));
  });

  it('meets the relevance targets on the judged queries, above MiniSearch', () => {
    const judged = loadJudged();
    expect(judged.length).toBeGreaterThanOrEqual(50);
    const ours = evaluate(judged, ids);
    const mini = createMiniSearchBaseline(engine.data.rows);
    const theirs = evaluate(judged, (q) => mini.search(q).slice(0, 10).map((r) => String(r.id)));
    const misses = firstRelevantRanks(judged, ids).filter((r) => r.rank !== 1);
    expect(ours.all?.mrr, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.92);
    expect(ours.all?.recall).toBeGreaterThanOrEqual(0.85);
    expect(ours.all?.mrr).toBeGreaterThan(theirs.all?.mrr ?? 1);
    expect(ours.all?.recall).toBeGreaterThan(theirs.all?.recall ?? 1);
  });

  it('judges only entries that exist, in both judged sets', () => {
    const known = new Set(engine.data.rows.map((r) => r.entryId));
    for (const q of [...loadJudged(), ...loadBlind()]) for (const id of q.relevant) expect(known.has(id), `${q.query}: ${id}`).toBe(true);
    for (const q of loadSecondJudge()) for (const id of q.pool) expect(known.has(id), `${q.query}: ${id}`).toBe(true);
  });

  it('corrects "bhyev" to bhyve, bhyve entries first', () => {
    const response = top('bhyev');
    expect(response.correctedQuery).toBe('bhyve');
    for (const result of response.results.slice(0, 5)) expect(result.title).toMatch(/bhyve/i);
  });

  it('finds the Linuxulator for "linuxolator"', () => {
    const response = top('linuxolator');
    expect(response.correctedQuery).toBe('linuxulator');
    expect(response.results.filter((r) => /linuxulator/i.test(r.title)).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps "sr-iov" whole: the PCI SR-IOV infrastructure in the top 3', () => {
    expect(ids('sr-iov', 3)).toContain('2014-01-2014-03/pci-sr-iov-infrastructure');
  });

  it('finds a port origin and a man page as written', () => {
    expect(ids('sysutils/vmstated', 1)).toEqual(['2024-01-2024-03/bhyve']);
    expect(ids('ixgbe(4)', 3)).toContain('2014-01-2014-03/pci-sr-iov-infrastructure');
  });

  it('answers bad input with a well-formed result', () => {
    for (const text of ['', '?!', '.*+?^${}()|[]\\', '<script>alert(1)</script>', 'x'.repeat(2000), '"']) {
      const response = top(text);
      expect(response.total).toBeGreaterThanOrEqual(response.results.length);
      for (const r of response.results) expect(r.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
  });

  // ULE is the scheduler: "schedule" and "module" end in its letters without being it.
  it('finds a short name where entries write it, not in the words that end in its letters', () => {
    const all = top('ULE', 100);
    expect(all.total).toBeGreaterThan(3);
    expect(all.total).toBeLessThan(20);
    for (const r of all.results) expect(r.snippet, r.id).not.toMatch(/<mark>(schedule|module)/i);
  });

  // Upstream renamed "Userland programs" to "Userland" in 2022 and went on reporting under it.
  it("narrows to a category with the entries of every name it went by, and joins nothing else", () => {
    const browse = (category: string) => engine.search({ text: '', limit: 100, offset: 0, category });
    const userland = browse('userland-programs');
    const years = userland.facets.years;
    expect(Object.keys(years).some((y) => y >= '2023'), JSON.stringify(years)).toBe(true);
    expect(Object.keys(years).some((y) => y <= '2012'), JSON.stringify(years)).toBe(true);
    expect(browse('userland').total).toBe(userland.total);
    const keys = new Set(engine.data.rows.map((r) => r.category));
    const families = Object.keys(engine.search({ text: '', limit: 1, offset: 0, from: '2001-01' }).facets.categories);
    expect(keys.size - families.length).toBeLessThanOrEqual(8);
    for (const apart of ['projects', 'third-party-projects', 'vendor-3rd-party-software', 'ports', 'architectures', 'kernel']) expect(families).toContain(apart);
  });

  it('collapses to one result per project', () => {
    const results = engine.search({ text: 'bhyve', limit: 20, offset: 0, collapse: true }).results;
    const projects = results.map((r) => r.project).filter((p) => p !== null);
    expect(projects.length).toBeGreaterThan(1);
    expect(new Set(projects).size).toBe(projects.length);
  });
});
