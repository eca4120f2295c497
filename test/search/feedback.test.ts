import { afterEach, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search';
import { buildFeedbackIndex, FEEDBACK, feedbackTerms } from '../../lib/search/feedback';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const Q1 = '2019-01-2019-03';
const Q2 = '2020-01-2020-03';
const Q3 = '2021-01-2021-03';
const author = [{ name: 'Orsolya Pemberton' }];

const entries = [
  // Three entries in the reader's words that also give the thing its own name, Squashwell.
  fixtureEntry(`${Q1}/squashwell-intro`, { title: 'Memory Compression with Squashwell', contacts: author, body: 'Squashwell keeps cold pages in memory compression pools.' }),
  fixtureEntry(`${Q2}/squashwell-tuning`, { title: 'Squashwell Tuning', contacts: author, body: 'Memory compression through Squashwell now adapts its pool size.' }),
  fixtureEntry(`${Q3}/squashwell-arm`, { title: 'Squashwell on Small Boards', contacts: author, body: 'Squashwell memory compression runs on the small boards as well.' }),
  // The thing by its name alone: no word of the query.
  fixtureEntry(`${Q3}/squashwell-status`, { title: 'Squashwell Status', body: 'Squashwell ships in the base system and is enabled by default.' }),
  // The same author's other work, nothing to do with the query.
  fixtureEntry(`${Q2}/flute-driver`, { title: 'Flute Audio Driver', contacts: author, body: 'A driver for the flute sound chips.' }),
  ...Array.from({ length: 80 }, (_, i) => fixtureEntry(`${Q1}/other-${i}`, { title: `Other Work ${i}`, body: `Board ${i} boots and runs the usual tools.` })),
];
const engine = createSearchEngine(fixtureKb(entries));
const ids = (text: string): string[] => engine.search({ text, limit: 10, offset: 0 }).results.map((r) => r.id);
const initial = { ...FEEDBACK };

afterEach(() => {
  Object.assign(FEEDBACK, initial);
});

describe('pseudo-relevance feedback', () => {
  it("brings in an entry that calls the thing by the name the best results share, after the query's own results", () => {
    FEEDBACK.enabled = false;
    const without = ids('memory compression');
    FEEDBACK.enabled = true;
    const withFeedback = ids('memory compression');
    expect(without).not.toContain(`${Q3}/squashwell-status`);
    expect(withFeedback).toContain(`${Q3}/squashwell-status`);
    expect(withFeedback.slice(0, without.length)).toEqual(without);
  });

  it('marks the shared name in the snippet of the entry it brought in', () => {
    const result = engine.search({ text: 'memory compression', limit: 10, offset: 0 }).results.find((r) => r.id === `${Q3}/squashwell-status`);
    expect(result?.snippet).toMatch(/<mark>Squashwell<\/mark>/);
  });

  it("does not feed back who wrote the best results: the author's other work stays out", () => {
    expect(ids('memory compression')).not.toContain(`${Q2}/flute-driver`);
  });

  it('draws the same terms from the same rows whatever was asked before: its scratch is left clean', () => {
    const index = buildFeedbackIndex(engine.data.postings, engine.data.rows);
    const rowOf = (id: string): number => engine.data.rows.findIndex((r) => r.entryId === id);
    const top = ['squashwell-intro', 'squashwell-tuning', 'squashwell-arm'].map((slug, i) => ({ row: rowOf(entries.find((e) => e.slug === slug)?.id ?? ''), score: 3 - i }));
    const before = feedbackTerms(index, top, new Set());
    expect(before.length).toBeGreaterThan(1);
    // One row alone gives no terms, and must leave nothing behind.
    expect(feedbackTerms(index, [{ row: rowOf(`${Q3}/squashwell-status`), score: 1 }], new Set())).toEqual([]);
    expect(feedbackTerms(index, top, new Set())).toEqual(before);
  });

  it('leaves a quoted phrase as typed', () => {
    expect(ids('"memory compression"')).not.toContain(`${Q3}/squashwell-status`);
  });
});

describe('feedback decided on the words alone', () => {
  // Invented: three entries in the reader's words that also name the thing (Plumtree), one by the name alone, a year later.
  const engine = createSearchEngine(
    fixtureKb([
      fixtureEntry('2019-01-2019-03/plumtree-a', { title: 'Disk Caching with Plumtree', body: 'Plumtree keeps disk caching warm.' }),
      fixtureEntry('2019-01-2019-03/plumtree-b', { title: 'Plumtree Tuning', body: 'Disk caching through Plumtree adapts.' }),
      fixtureEntry('2019-01-2019-03/plumtree-c', { title: 'Plumtree on Boards', body: 'Plumtree disk caching runs on boards.' }),
      fixtureEntry('2021-01-2021-03/plumtree-status', { title: 'Plumtree Status', body: 'Plumtree ships in base.' }),
      ...Array.from({ length: 80 }, (_, i) => fixtureEntry(`2019-01-2019-03/other-${i}`, { title: `Other Work ${i}`, body: `Board ${i} boots.` })),
    ]),
  );

  it("keeps a year facet's count what clicking it finds", () => {
    const all = engine.search({ text: 'disk caching', limit: 10, offset: 0 });
    expect(all.facets.years['2021']).toBe(1);
    for (const [year, count] of Object.entries(all.facets.years)) {
      expect(engine.search({ text: 'disk caching', from: `${year}-01`, to: `${year}-12`, limit: 10, offset: 0 }).total, year).toBe(count);
    }
  });

  it('finds the same results sorted newest first', () => {
    const ids = (sort?: 'newest') => engine.search({ text: 'disk caching', limit: 50, offset: 0, ...(sort ? { sort } : {}) }).results.map((r) => r.id).sort();
    expect(ids('newest')).toEqual(ids());
  });
});

