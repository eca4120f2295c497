import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/model';
import { threadProjects } from '../../lib/projects';
import { isSampleKnowledgeBase, OTHER_CATEGORY, recentlyActive, reportingCellPath, reportingPicture, SAMPLE_MARKER } from '../../lib/site/home';
import { readSearchUrlState, selectedYear } from '../../lib/site/search-url';
import { makeEntry } from '../projects/make-entry';
import { tempDir } from '../temp-dir';

function report(id: string, end: string, keys: string[] = ['kernel', 'docs']): Report {
  return { id, title: id, period: { start: `${id.slice(0, 4)}-01`, end }, intro: '', categories: keys.map((key, order) => ({ key, title: key.toUpperCase(), order })) };
}

describe('reportingPicture', () => {
  const reports = [report('2001-06', '2001-06'), report('2003-01-2003-03', '2003-03')];
  const entries = [
    makeEntry('2001-06', 'a', { category: 'kernel' }),
    makeEntry('2001-06', 'b', { category: 'kernel' }),
    makeEntry('2003-01-2003-03', 'c', { category: 'docs' }),
  ];

  it('counts entries per category per year, with a column for every year between, a quiet one too', () => {
    const picture = reportingPicture(reports, entries);
    expect(picture.years).toEqual(['2001', '2002', '2003']);
    expect(picture.rows.map((r) => [r.title, r.counts])).toEqual([
      ['KERNEL', [2, 0, 0]],
      ['DOCS', [0, 0, 1]],
    ]);
    expect(picture.max).toBe(2);
  });

  it("counts a renamed category's entries on its family's row", () => {
    const renamed = [report('2001-06', '2001-06', ['kernel', 'docs']), report('2003-01-2003-03', '2003-03', ['kernel', 'the-docs-project'])];
    const picture = reportingPicture(renamed, [...entries.slice(0, 2), makeEntry('2001-06', 'c', { category: 'docs' }), makeEntry('2003-01-2003-03', 'd', { category: 'the-docs-project' })]);
    expect(picture.rows.map((r) => [r.key, r.counts])).toEqual([
      ['docs', [1, 0, 1]],
      ['kernel', [2, 0, 0]],
    ]);
  });

  it('counts an entry in each year its report covers, as the search its cell opens finds it', () => {
    const turn = { ...report('2001-12-2002-01', '2002-01'), period: { start: '2001-12', end: '2002-01' } };
    const picture = reportingPicture([turn, report('2003-01-2003-03', '2003-03')], [makeEntry('2001-12-2002-01', 'a', { category: 'kernel' }), ...entries.slice(2)]);
    expect(picture.rows.map((r) => [r.title, r.counts])).toEqual([
      ['DOCS', [0, 0, 1]],
      ['KERNEL', [1, 1, 0]],
    ]);
  });
});

describe('reportingCellPath', () => {
  it('narrows the search to a year as the year facet does, so the facet shows the year chosen', () => {
    const path = reportingCellPath('kernel', '2014');
    expect(path).toBe('/search?from=2014&to=2014&category=kernel');
    expect(selectedYear(readSearchUrlState(new URLSearchParams(path?.split('?')[1])))).toBe('2014');
    // The other categories together are no one search: their cells open nothing rather than a year's every entry.
    expect(reportingCellPath(OTHER_CATEGORY, '2014')).toBeUndefined();
  });
});

describe('recentlyActive', () => {
  it('ranks projects by their entries in the twelve months before the latest report', () => {
    const reports = [report('2020-01-2020-03', '2020-03'), report('2021-01-2021-03', '2021-03'), report('2021-04-2021-06', '2021-06')];
    const ada = { name: 'Ada', email: 'ada@example.org' };
    const entries = [
      makeEntry('2020-01-2020-03', 'old', { title: 'Old Work' }),
      makeEntry('2021-01-2021-03', 'frob', { title: 'Frob Driver', contacts: [ada] }),
      makeEntry('2021-04-2021-06', 'frob', { title: 'Frob Driver', contacts: [ada] }),
      makeEntry('2021-04-2021-06', 'zap', { title: 'Zap Tool' }),
    ];
    const active = recentlyActive(threadProjects(entries).projects, reports);
    expect(active.map((a) => [a.item.slug, a.recent])).toEqual([
      ['frob-driver', 2],
      ['zap-tool', 1],
    ]);
  });
});

describe('isSampleKnowledgeBase', () => {
  it("knows the repository's own content/ for the sample, and a folder without the marker for none", () => {
    expect(isSampleKnowledgeBase(path.resolve(import.meta.dirname, '..', '..', 'content'))).toBe(true);
    const dir = tempDir('kb-home-');
    expect(isSampleKnowledgeBase(dir)).toBe(false);
    writeFileSync(path.join(dir, SAMPLE_MARKER), 'a copy of the sample\n');
    expect(isSampleKnowledgeBase(dir)).toBe(true);
  });
});
