import { describe, expect, it } from 'vitest';
import { collectPeopleIndex } from '../../lib/people';
import { buildSubjects } from '../../lib/subjects';
import { answerSubjectRequest, keptSubjectAnswer } from '../../lib/subjects/endpoint';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

const entries = subjectCorpus();
const projects = subjectCorpusProjects(entries);
const people = collectPeopleIndex(entries, projects);
const subjects = buildSubjects(entries, projects);
const slug = subjects.subjects.find((s) => s.slug === 'quuxvisor')?.slug ?? '';

describe('keptSubjectAnswer', () => {
  it('sends the subject’s JSON as answerSubjectRequest makes it, with its ETag', () => {
    const result = answerSubjectRequest(slug, subjects, projects, people);
    expect(result.status).toBe(200);
    const kept = keptSubjectAnswer(slug, subjects, projects, people);
    expect(kept).toMatchObject({ status: 200, json: JSON.stringify(result.status === 200 && result.body) });
    expect(kept.status === 200 && kept.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('makes a subject’s answer once for as long as its index lasts, and afresh for a new index', () => {
    const first = keptSubjectAnswer(slug, subjects, projects, people);
    expect(keptSubjectAnswer(slug, subjects, projects, people)).toBe(first);
    const rebuilt = buildSubjects(entries, projects);
    const fresh = keptSubjectAnswer(slug, rebuilt, projects, people);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
  });

  it('answers a slug that names nothing with a 404 every time, without keeping it', () => {
    const missing = keptSubjectAnswer('no-such-subject', subjects, projects, people);
    expect(missing).toEqual({ status: 404, json: JSON.stringify({ error: 'no subject "no-such-subject"' }) });
    expect(keptSubjectAnswer('no-such-subject', subjects, projects, people)).not.toBe(missing);
  });
});
