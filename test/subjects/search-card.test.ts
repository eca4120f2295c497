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
    for (const text of ['quuxvisor', 'Quuxvisor', 'QUUXVISORMGR', 'FreeBSD quuxvisor', 'quuxvisor on FreeBSD', '"quuxvisor"']) {
      expect(subjectNamedBy(text, index), text).toMatchObject({ slug: 'quuxvisor', title: 'Quuxvisor', url: '/subjects/quuxvisor', projects: 4 });
    }
  });

  it('is none when the query names something more or else', () => {
    for (const text of ['quuxvisor migration', 'widget', '']) expect(subjectNamedBy(text, index), text).toBeUndefined();
  });

  it('comes with the first page of an answer only, and follows a corrected query', () => {
    const first = withSubjectCard({ ...answer, query: 'quuxvisr', correctedQuery: 'quuxvisor' }, { text: 'quuxvisr', limit: 10, offset: 0 }, index);
    expect(first.subject?.slug).toBe('quuxvisor');
    expect(withSubjectCard(answer, { text: 'quuxvisor', limit: 10, offset: 10 }, index).subject).toBeUndefined();
  });
});
