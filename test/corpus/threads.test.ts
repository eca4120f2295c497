import { beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { selectLabeled } from '../../bench/threads-sets';
import { evaluateGrouping, FRESH_FILE, FRESH_TARGETS, groupingOfIndex, labeledProblems, loadLabeled, loadSameHandPairs, loadSecondReader, TARGETS, threadNamed, type LabeledThreads } from '../../bench/threads-lib';
import { loadKnowledgeBase, type KnowledgeBase } from '../../lib/content';
import { threadProjects } from '../../lib/projects';
import type { ProjectIndex } from '../../lib/model';
import { findCorpus } from './corpus-dir';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

describe.skipIf(!corpus)('threading projects over the imported corpus, against the labeled threads', () => {
  const temp = tempDir('kb-threads-corpus-');
  let kb: KnowledgeBase;
  let labeled: LabeledThreads;
  let index: ProjectIndex;

  beforeAll(() => {
    kb = loadKnowledgeBase(importedContent(corpus ?? '', temp));
    labeled = loadLabeled();
    // The automatic grouping alone: no projects.yml, no ledger.
    index = threadProjects(kb.entries);
  });

  it('labels only entries that exist, each in at most one thread', () => {
    expect(labeledProblems(labeled, new Set(kb.entries.map((e) => e.id)))).toEqual([]);
    expect(labeled.threads.length).toBeGreaterThanOrEqual(30);
    expect(labeled.threads.filter((t) => t.titleChanged).length).toBeGreaterThanOrEqual(12);
    expect(labeled.apart.length).toBeGreaterThanOrEqual(30);
  });

  it("gives the second reader's threads and pairs entries that exist, every seed in a fresh thread of its half", () => {
    const known = new Set(kb.entries.map((e) => e.id));
    const second = loadSecondReader();
    const fresh = loadLabeled(FRESH_FILE);
    for (const t of second.threads) {
      for (const id of t.entries) expect(known.has(id), id).toBe(true);
      expect(t.entries).toContain(t.seed);
      expect(fresh.threads.find((f) => f.entries.includes(t.seed))?.half, t.seed).toBe(t.half);
    }
    for (const p of second.pairs) for (const id of [p.a, p.b]) expect(known.has(id), id).toBe(true);
  });

  it('judges same-hand pairs of entries that exist, one contact in common, 1 to 4 reports apart', () => {
    const byId = new Map(kb.entries.map((e) => [e.id, e]));
    const reports = [...new Set(kb.entries.map((e) => e.report))].sort();
    const contacts = (id: string): string[] => byId.get(id)?.contacts.map((c) => c.name.toLowerCase()) ?? [];
    for (const p of loadSameHandPairs().pairs) {
      const [a, b] = [byId.get(p.a), byId.get(p.b)];
      expect(a && b, `${p.a} / ${p.b}`).toBeTruthy();
      const apart = reports.indexOf(b!.report) - reports.indexOf(a!.report);
      expect(apart, `${p.a} / ${p.b}`).toBeGreaterThanOrEqual(1);
      expect(apart, `${p.a} / ${p.b}`).toBeLessThanOrEqual(4);
      expect(contacts(p.a).some((c) => contacts(p.b).includes(c)), `${p.a} / ${p.b}`).toBe(true);
    }
  });

  it('labels the fresh set with entries that exist, every thread and pair in a half', () => {
    const fresh = loadLabeled(FRESH_FILE);
    expect(labeledProblems(fresh, new Set(kb.entries.map((e) => e.id)))).toEqual([]);
    for (const half of ['tune', 'test']) {
      const threads = fresh.threads.filter((t) => t.half === half);
      expect(threads.length, half).toBeGreaterThanOrEqual(100);
      expect(threads.filter((t) => t.kind === 'team').length, half).toBeGreaterThanOrEqual(10);
      expect(threads.filter((t) => t.kind === 'renamed').length, half).toBeGreaterThanOrEqual(20);
      expect(fresh.apart.filter((p) => p.half === half).length, half).toBeGreaterThanOrEqual(90);
    }
  });

  it(`reaches precision >= ${TARGETS.precision} and recall >= ${TARGETS.recall} on the labeled pairs`, () => {
    const { metrics, threads, wrongMerges } = evaluateGrouping(labeled, groupingOfIndex(index));
    const split = threads.filter((t) => t.groups.length > 1).map((t) => `${t.name}: ${t.groups.map((g) => `${g.key} (${g.entries.length})`).join(', ')}`);
    const merged = wrongMerges.map((w) => `${w.key}: ${w.a} + ${w.b}`);
    expect(metrics.precision, merged.join('\n')).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(metrics.recall, split.join('\n')).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  // The test half is held out (test/projects/README.md): only its precision is held here, the
  // figure every change must keep; its recall and kept-apart pairs are read in the bench alone.
  it(`keeps precision >= ${FRESH_TARGETS.precision} on both fresh halves and recall >= ${FRESH_TARGETS.recall} on the tune half`, () => {
    const fresh = loadLabeled(FRESH_FILE);
    const grouping = groupingOfIndex(index);
    const tune = evaluateGrouping(selectLabeled(fresh, 'tune'), grouping);
    const test = evaluateGrouping(selectLabeled(fresh, 'test'), grouping);
    expect(tune.metrics.precision).toBeGreaterThanOrEqual(FRESH_TARGETS.precision);
    expect(test.metrics.precision).toBeGreaterThanOrEqual(FRESH_TARGETS.precision);
    expect(tune.metrics.recall).toBeGreaterThanOrEqual(FRESH_TARGETS.recall);
  });

  it.each(['PCI SR-IOV infrastructure', 'Intel 10G (ixgbe) driver', 'bhyve hypervisor'])('puts every entry of "%s" in one project', (name) => {
    const ids = threadNamed(labeled, name).entries;
    const slugs = new Set(ids.map((id) => index.byEntryId.get(id)?.slug));
    expect([...slugs], ids.map((id) => `${id} → ${index.byEntryId.get(id)?.slug}`).join('\n')).toHaveLength(1);
    const project = index.byEntryId.get(ids[0] ?? '');
    expect(project?.entries.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
  });

  it('keeps bhyvemgr and the libvirt driver out of the bhyve project', () => {
    const bhyve = index.byEntryId.get(threadNamed(labeled, 'bhyve hypervisor').entries[0] ?? '');
    expect(bhyve).toBeDefined();
    const inBhyve = new Set(bhyve?.entries.map((e) => e.id));
    const tools = [...threadNamed(labeled, 'bhyvemgr GUI').entries, ...threadNamed(labeled, 'libvirt bhyve driver').entries];
    expect(tools.filter((id) => inBhyve.has(id))).toEqual([]);
  });
});
