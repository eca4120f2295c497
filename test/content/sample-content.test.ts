import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase } from '../../lib/content';

const SAMPLE_DIR = path.join(import.meta.dirname, '..', '..', 'content');

describe('the sample knowledge base in content/', () => {
  const kb = loadKnowledgeBase(SAMPLE_DIR);

  it('loads without problems', () => {
    expect(kb.problems).toEqual([]);
  });

  it('passes kb check', () => {
    expect(checkKnowledgeBase(kb)).toEqual([]);
  });

  it('holds several reports and entries spanning more than a decade', () => {
    expect(kb.reports.length).toBeGreaterThanOrEqual(6);
    expect(kb.entries.length).toBeGreaterThanOrEqual(18);
    const years = kb.reports.map((r) => Number(r.period.start.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(10);
  });

  it('gives every entry an upstream order and a source file that names itself', () => {
    for (const entry of kb.entries) {
      expect(entry.order, entry.id).toBeTypeOf('number');
      expect(entry.source).toEqual({ format: 'markdown', file: `${entry.id}.md` });
    }
  });

  it('titles every report after its label', async () => {
    const { reportLabel } = await import('../../lib/model');
    for (const report of kb.reports) expect(report.title).toBe(`FreeBSD Status Report, ${reportLabel(report.id)}`);
  });

  it('has projects that recur across reports, found by a shared link', () => {
    const reportsByLink = new Map<string, Set<string>>();
    for (const entry of kb.entries) {
      for (const link of entry.links) {
        const set = reportsByLink.get(link.url) ?? new Set<string>();
        set.add(entry.report);
        reportsByLink.set(link.url, set);
      }
    }
    const recurring = [...reportsByLink].filter(([, reports]) => reports.size >= 3).map(([url]) => url);
    expect(recurring).toEqual(
      expect.arrayContaining([
        'https://wiki.freebsd.org/bhyve',
        'https://wiki.freebsd.org/SR-IOV',
        'https://git.example.org/hbrenner/ixgbe',
        'https://wiki.freebsd.org/arm64',
      ]),
    );
  });

  it('has a project renamed between periods, with the same contact and link', () => {
    const before = kb.getEntry('2014-01-2014-03/intel-10g-driver');
    const after = kb.getEntry('2015-10-2015-12/ixgbe-4-and-ixv-4-updates');
    expect(before?.title).toBe('Intel 10G Driver');
    expect(after?.title).toBe('ixgbe(4) and ixv(4) Updates');
    expect(after?.contacts).toEqual(before?.contacts);
    expect(after?.links.map((l) => l.url)).toEqual(before?.links.map((l) => l.url));
  });

  it('keeps the XSS fixture the browser tests rely on', () => {
    const fixture = kb.getEntry('2015-10-2015-12/markup-sanitizer-fixture');
    expect(fixture?.body).toContain('<script>alert(1)</script>');
    expect(fixture?.body).toContain('<img src=x onerror="alert(1)">');
    expect(fixture?.body).toContain('[click](javascript:alert(1))');
  });
});
