import { describe, expect, it } from 'vitest';
import { buildSubjects } from '../../lib/subjects';
import { subjectNamedBy, withSubjectCard } from '../../lib/subjects/search-card';
import type { SearchResponse } from '../../lib/search/types';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

const entries = subjectCorpus();
const index = buildSubjects(entries, subjectCorpusProjects(entries));
const answer: SearchResponse = { query: '', total: 0, tookMs: 0, results: [], facets: { years: {}, categories: {} } };

describe('the subject a search names', () => {
  it('is found by any of its names, written as readers write them', () => {
    for (const text of ['quuxvisor', 'Quuxvisor', 'QUUXVISORMGR', 'FreeBSD quuxvisor', 'quuxvisor on FreeBSD', '"quuxvisor"', 'emulators/quuxvisormgr']) {
      expect(subjectNamedBy(text, index), text).toMatchObject({ slug: 'quuxvisor', title: 'Quuxvisor', url: '/subjects/quuxvisor', projects: 4 });
    }
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
    expect(subjectNamedBy('platform', { byName })?.slug).toBe('frobnet');
    // Inside a longer query a dictionary word names it only when typed with a capital.
    expect(subjectNamedBy('cloud platform', { byName })).toBeUndefined();
    expect(subjectNamedBy('the cloud Platform', { byName })?.slug).toBe('frobnet');
  });

  it('comes with the first page of an answer only, and follows a corrected query', () => {
    const first = withSubjectCard({ ...answer, query: 'quuxvisr', correctedQuery: 'quuxvisor' }, { text: 'quuxvisr', limit: 10, offset: 0 }, index);
    expect(first.subject?.slug).toBe('quuxvisor');
    expect(withSubjectCard(answer, { text: 'quuxvisor', limit: 10, offset: 10 }, index).subject).toBeUndefined();
  });
});
