import { describe, expect, it } from 'vitest';
import { buildSubjects } from '../../lib/subjects';
import { subjectNamedBy, subjectOfResults, withSubjectCard } from '../../lib/search/subject-card';
import type { SearchResponse, SearchResult } from '../../lib/search/types';
import { subjectCorpus, subjectCorpusProjects } from '../subjects/fixture';

const entries = subjectCorpus();
const index = buildSubjects(entries, subjectCorpusProjects(entries));
const answer: SearchResponse = { query: '', total: 0, tookMs: 0, results: [], facets: { years: {}, categories: {} } };
const result: SearchResult = { id: '', report: '', slug: '', title: '', category: '', project: null, projectTitle: null, url: '', snippet: '', score: 0 };

describe('the subject a search names', () => {
  it('is found by any of its names, written as readers write them', () => {
    for (const text of ['quuxvisor', 'Quuxvisor', 'QUUXVISORMGR', 'FreeBSD quuxvisor', 'quuxvisor on FreeBSD', '"quuxvisor"', 'emulators/quuxvisormgr']) {
      expect(subjectNamedBy(text, index), text).toMatchObject({ slug: 'quuxvisor', title: 'Quuxvisor', url: '/subjects/quuxvisor', projects: 4 });
    }
  });

  it('keeps "FreeBSD" where it is part of the name: freebsd-update is not "update"', () => {
    const frobnet = index.bySlug.get('frobnet')!;
    const quuxvisor = index.bySlug.get('quuxvisor')!;
    const byName = new Map([
      ['freebsd update', frobnet],
      ['update', quuxvisor],
    ]);
    for (const text of ['freebsd-update', 'freebsd-update(8)', 'FreeBSD Update']) expect(subjectNamedBy(text, { byName, byEntryId: new Map() })?.slug, text).toBe('frobnet');
    expect(subjectNamedBy('FreeBSD quuxvisor', index)?.slug).toBe('quuxvisor');
  });

  it('is the longest name written as a name inside a longer query, the larger subject between two as long', () => {
    for (const text of ['quuxvisor live migration', 'where does the Quuxvisor port stand', 'frobnet and quuxvisormgr']) {
      expect(subjectNamedBy(text, index)?.slug, text).toBe('quuxvisor');
    }
    expect(subjectNamedBy('is the frobnet driver fast', index)?.slug).toBe('frobnet');
  });

  it('is none when the query names no subject, or only uses a plain word a subject is called', () => {
    for (const text of ['widget toolkit', 'cloud platform', '']) expect(subjectNamedBy(text, index), text).toBeUndefined();
    const frobnet = index.bySlug.get('frobnet')!;
    const byName = new Map([['platform', frobnet]]);
    expect(subjectNamedBy('platform', { byName, byEntryId: new Map() })?.slug).toBe('frobnet');
    // Inside a longer query a dictionary word names it only when typed with a capital.
    expect(subjectNamedBy('cloud platform', { byName, byEntryId: new Map() })).toBeUndefined();
    expect(subjectNamedBy('the cloud Platform', { byName, byEntryId: new Map() })?.slug).toBe('frobnet');
  });

  it('is found by a name of several words typed as one, unless two subjects share that spelling', () => {
    const [frobnet, quuxvisor] = [index.bySlug.get('frobnet')!, index.bySlug.get('quuxvisor')!];
    expect(subjectNamedBy('sriov', { byEntryId: new Map(), byName: new Map([['sr iov', frobnet]]) })?.slug).toBe('frobnet');
    expect(subjectNamedBy('SRIOV on FreeBSD', { byEntryId: new Map(), byName: new Map([['sr iov', frobnet]]) })?.slug).toBe('frobnet');
    expect(subjectNamedBy('sriov', { byEntryId: new Map(), byName: new Map([['sr iov', frobnet], ['sri ov', quuxvisor]]) })).toBeUndefined();
  });

  it('is never one the query excludes: "-name" says what the reader does not want', () => {
    expect(subjectNamedBy('frobnet -quuxvisor', index)?.slug).toBe('frobnet');
    expect(subjectNamedBy('-quuxvisor frobnet', index)?.slug).toBe('frobnet');
    expect(subjectNamedBy('-quuxvisor', index)).toBeUndefined();
    expect(subjectNamedBy('widget -quuxvisor', index)).toBeUndefined();
    // Inside a quoted phrase a hyphen is the phrase's, as the search reads it.
    expect(subjectNamedBy('"frobnet -quuxvisor"', index)?.slug).toBe(subjectNamedBy('frobnet quuxvisor', index)?.slug);
    expect(subjectNamedBy('frobnet quuxvisor', index)?.slug).toBe('quuxvisor');
  });

  it('is, between two names as long, the one more of the first results follow, whatever its size', () => {
    const frobnet = index.bySlug.get('frobnet')!;
    const quuxvisor = index.bySlug.get('quuxvisor')!;
    expect(frobnet.entries.length).toBeLessThan(quuxvisor.entries.length);
    const onFrobnet = frobnet.entries.filter((e) => !quuxvisor.entries.includes(e)).map((e) => ({ id: e.id }));
    expect(onFrobnet.length).toBeGreaterThan(0);
    expect(subjectNamedBy('frobnet quuxvisor', index, onFrobnet)?.slug).toBe('frobnet');
    expect(withSubjectCard({ ...answer, results: onFrobnet.map((r) => ({ ...result, id: r.id })) }, { text: 'quuxvisor frobnet', limit: 10, offset: 0 }, index).subject?.slug).toBe('frobnet');
  });

  it('comes with the first page of an answer only, and follows a corrected query', () => {
    const first = withSubjectCard({ ...answer, query: 'quuxvisr', correctedQuery: 'quuxvisor' }, { text: 'quuxvisr', limit: 10, offset: 0 }, index);
    expect(first.subject?.slug).toBe('quuxvisor');
    expect(withSubjectCard(answer, { text: 'quuxvisor', limit: 10, offset: 10 }, index).subject).toBeUndefined();
  });
});

describe('the subject a search’s results follow', () => {
  const quuxvisor = index.bySlug.get('quuxvisor')!;
  const onIt = quuxvisor.entries.map((e) => ({ id: e.id }));
  const elsewhere = entries.filter((e) => !quuxvisor.entries.includes(e)).map((e) => ({ id: e.id }));

  it('is named when most of the first ten results are on its timeline, with how many', () => {
    expect(onIt.length).toBeGreaterThanOrEqual(7);
    const results = [...onIt.slice(0, 7), ...elsewhere.slice(0, 3)];
    expect(subjectOfResults(results, index)).toMatchObject({ slug: 'quuxvisor', via: 'results', results: 7, firstResults: 10 });
    // A page of eight says so: "7 of the first 8".
    expect(subjectOfResults(results.slice(0, 8), index)).toMatchObject({ results: 7, firstResults: 8 });
    const card = withSubjectCard({ ...answer, results: results.map((r) => ({ ...result, ...r })) }, { text: 'guests moving between hosts', limit: 10, offset: 0 }, index).subject;
    expect(card).toMatchObject({ slug: 'quuxvisor', via: 'results', results: 7 });
  });

  it('is none when fewer than seven of the first ten follow one subject', () => {
    expect(subjectOfResults([...onIt.slice(0, 6), ...elsewhere.slice(0, 4)], index)).toBeUndefined();
    // Results past the first ten do not count.
    expect(subjectOfResults([...elsewhere.slice(0, 4), ...onIt.slice(0, 6), ...onIt], index)).toBeUndefined();
  });

  it('gives way to the subject the query names', () => {
    const results = onIt.slice(0, 7).map((r) => ({ ...result, ...r }));
    expect(withSubjectCard({ ...answer, results }, { text: 'frobnet', limit: 10, offset: 0 }, index).subject).toMatchObject({ slug: 'frobnet', via: 'query' });
  });
});
