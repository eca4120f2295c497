import { describe, expect, it } from 'vitest';
import { answerEntryRequest, apiResponseHeaders, endpointResponse, jsonEntityTag, keptAnswer, unknownApiAnswer, writeAnswer, type WrittenAnswer } from '../../lib/content/endpoint';
import { entryApiPath, projectApiPath } from '../../lib/routes';
import { collectPeopleIndex } from '../../lib/people';
import { answerProjectRequest, keptProjectAnswer } from '../../lib/projects/endpoint';
import { fixtureEntry, fixtureKb } from '../search/fixture-kb';
import type { Project, ProjectIndex, SubjectIndex } from '../../lib/model';

const a = fixtureEntry('2014-01-2014-03/bhyve', { title: 'bhyve', contacts: [{ name: 'Priya Raman', email: 'priya@example.org' }] });
const b = fixtureEntry('2015-01-2015-03/bhyve', { title: 'bhyve, the hypervisor' });
const loose = fixtureEntry('2015-01-2015-03/loose', { title: 'Loose' });
const kb = fixtureKb([a, b, loose]);
const bhyve: Project = { slug: 'bhyve', title: 'bhyve', titles: ['bhyve'], entries: [a, b], related: [] };
const index: Pick<ProjectIndex, 'bySlug' | 'byEntryId' | 'redirects'> = {
  bySlug: new Map([['bhyve', bhyve]]),
  byEntryId: new Map([
    [a.id, bhyve],
    [b.id, bhyve],
  ]),
  redirects: new Map([
    ['bsd-hypervisor', 'bhyve'],
    ['gone', 'no-such-project'],
  ]),
};
const people = collectPeopleIndex(kb.entries, index);

describe('/api/projects/<slug> without HTTP', () => {
  it('answers a project with its entries in time order', () => {
    const result = answerProjectRequest('bhyve', index, people);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body.slug).toBe('bhyve');
    expect(result.body.entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(result.body.people.map((p) => p.slug)).toEqual(['priya-raman']);
  });

  it('sends an old slug to the new one for good', () => {
    expect(answerProjectRequest('bsd-hypervisor', index, people)).toEqual({ status: 308, location: '/api/projects/bhyve' });
    expect(projectApiPath('bhyve')).toBe('/api/projects/bhyve');
  });

  it('sends a slug naming a subject but no project to the subject, as the page does', () => {
    const subjects = { bySlug: new Map([['hyperv', { slug: 'hyperv' }]]), redirects: new Map([['hyper-v', 'hyperv']]) };
    expect(answerProjectRequest('hyper-v', index, people, subjects)).toEqual({ status: 308, location: '/api/subjects/hyperv' });
    expect(answerProjectRequest('hyperv', index, people, subjects)).toEqual({ status: 308, location: '/api/subjects/hyperv' });
    // A project of the name is the project, whatever subject shares it.
    expect(answerProjectRequest('bhyve', index, people, { ...subjects, bySlug: new Map([['bhyve', { slug: 'bhyve' }]]) }).status).toBe(200);
  });

  it.each(['nothing', 'gone', ''])('refuses %j with a 404 and an error', (slug) => {
    const result = answerProjectRequest(slug, index, people);
    expect(result.status).toBe(404);
    if (result.status === 404) expect(result.body.error).toContain('no project');
  });
});

describe('keptProjectAnswer', () => {
  it('writes a project once for as long as its index lasts, the same as answerProjectRequest', () => {
    const first = keptProjectAnswer('bhyve', index, people);
    const made = answerProjectRequest('bhyve', index, people);
    expect(first).toMatchObject({ status: 200, json: JSON.stringify(made.status === 200 && made.body) });
    expect(keptProjectAnswer('bhyve', index, people)).toBe(first);
    const rebuilt = { ...index };
    expect(keptProjectAnswer('bhyve', rebuilt, people)).not.toBe(first);
    expect(keptProjectAnswer('bhyve', rebuilt, people)).toEqual(first);
  });

  it('keeps a redirect, but makes a 404 afresh each time', () => {
    expect(keptProjectAnswer('bsd-hypervisor', index, people)).toBe(keptProjectAnswer('bsd-hypervisor', index, people));
    const missing = keptProjectAnswer('made-up', index, people);
    expect(missing).toEqual({ status: 404, json: JSON.stringify({ error: 'no project "made-up"' }) });
    expect(keptProjectAnswer('made-up', index, people)).not.toBe(missing);
  });
});

describe('/api/entries/<report>/<slug> without HTTP', () => {
  it('answers the full entry JSON with its project from the index', () => {
    const result = answerEntryRequest('2015-01-2015-03', 'bhyve', kb, index);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body).toMatchObject({ id: b.id, report: '2015-01-2015-03', slug: 'bhyve', project: 'bhyve', url: '/reports/2015-01-2015-03/bhyve', body: '' });
    expect(Object.keys(result.body)).toEqual(expect.arrayContaining(['contacts', 'links', 'sponsors', 'tasks', 'source']));
  });

  it('names its people and subjects, so that a tool goes on without reading HTML', () => {
    const subjects = { byEntryId: new Map([[a.id, [{ slug: 'hypervisors' }, { slug: 'virtual-machines' }]]]) } as unknown as Pick<SubjectIndex, 'byEntryId'>;
    const result = answerEntryRequest('2014-01-2014-03', 'bhyve', kb, index, new Map(), new Map(), { people, subjects });
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    // As the project and subject answers name people: slug, name and page.
    expect(result.body.people).toEqual([{ slug: 'priya-raman', name: 'Priya Raman', url: '/people/priya-raman' }]);
    expect(result.body.subjects).toEqual(['hypervisors', 'virtual-machines']);
    // Says what it is, first, as `/api/projects/…` and `/api/subjects/…` do.
    expect(Object.keys(result.body)[0]).toBe('kind');
    expect(result.body.kind).toBe('entry');
    expect(result.body.contacts).toEqual([{ name: 'Priya Raman', email: 'priya@example.org' }]);
    const bare = answerEntryRequest('2015-01-2015-03', 'loose', kb, index, new Map(), new Map(), { people, subjects });
    expect(bare.status === 200 && [bare.body.people, bare.body.subjects]).toEqual([[], []]);
  });

  it('gives project null to an entry the index does not place', () => {
    const result = answerEntryRequest('2015-01-2015-03', 'loose', kb, index);
    expect(result.status === 200 && result.body.project).toBeNull();
  });

  it('refuses an unknown entry with a 404 naming it', () => {
    const result = answerEntryRequest('1999-01', 'nothing', kb, index);
    expect(result).toEqual({ status: 404, body: { error: 'no entry "1999-01/nothing"' } });
    expect(entryApiPath('2015-01-2015-03/bhyve')).toBe('/api/entries/2015-01-2015-03/bhyve');
  });

  it('says of an entry upstream withdrew what it was and where, still with a 404', () => {
    const withdrawn = new Map([['2015-01-2015-03/old-notes', 'Old Notes']]);
    expect(answerEntryRequest('2015-01-2015-03', 'old-notes', kb, index, new Map(), withdrawn)).toEqual({
      status: 404,
      body: { error: 'entry "2015-01-2015-03/old-notes" ("Old Notes") was withdrawn from report 2015-01-2015-03 upstream: it is no longer in the report under this title, nor rewritten under another in a way the import recognised' },
    });
  });
});

describe('endpoint responses', () => {
  it('are open to any origin and cacheable, except refusals', async () => {
    const ok = endpointResponse({ status: 200, body: { x: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(ok.headers.get('Cache-Control')).toBe('public, max-age=300');
    // A tool decoding by the header alone reads "José" right.
    expect(ok.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(endpointResponse({ status: 404, body: { error: 'no project "x"' } }).headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    await expect(ok.json()).resolves.toEqual({ x: 1 });
    expect(apiResponseHeaders(404)['Cache-Control']).toBe('no-store');
  });

  it('redirect to a path, whatever host the server thinks it has', () => {
    const moved = endpointResponse({ status: 308, location: '/api/projects/bhyve' });
    expect(moved.status).toBe(308);
    expect(moved.headers.get('Location')).toBe('/api/projects/bhyve');
    expect(moved.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

describe('endpoint validators', () => {
  it('tag every answer found with a hash of its JSON, the same in any process, and nothing else', async () => {
    const ok = endpointResponse({ status: 200, body: { slug: 'bhyve', entries: [1, 2] } });
    const json = await ok.text();
    // Made from the bytes alone (sha256, as `openssl dgst` gives it): another replica sends the same tag.
    expect(ok.headers.get('ETag')).toBe('"7_qG7PoCx4wFon-GYDY20NhQHt-"');
    expect(jsonEntityTag(json)).toBe(ok.headers.get('ETag'));
    expect(endpointResponse({ status: 200, body: { slug: 'bhyve', entries: [1, 3] } }).headers.get('ETag')).not.toBe(ok.headers.get('ETag'));
    expect(endpointResponse({ status: 404, body: { error: 'no project "x"' } }).headers.get('ETag')).toBeNull();
    expect(endpointResponse({ status: 308, location: '/api/projects/bhyve' }).headers.get('ETag')).toBeNull();
  });

  it('leave a field that differs per request out of the tag, and make it weak', () => {
    const first = writeAnswer({ status: 200, body: { query: 'zfs', total: 2, tookMs: 1.25, results: ['a', 'b'] }, perRequest: 'tookMs' });
    const again = writeAnswer({ status: 200, body: { query: 'zfs', total: 2, tookMs: 0.5, results: ['a', 'b'] }, perRequest: 'tookMs' });
    const other = writeAnswer({ status: 200, body: { query: 'zfs', total: 1, tookMs: 0.5, results: ['a'] }, perRequest: 'tookMs' });
    expect(first.status === 200 && first.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(again).toMatchObject({ etag: first.status === 200 ? first.etag : '' });
    expect(other.status === 200 && other.etag).not.toBe(first.status === 200 && first.etag);
    // A query that spells the field is part of the answer, not the field.
    const spelled = writeAnswer({ status: 200, body: { query: '"tookMs":1', tookMs: 2 }, perRequest: 'tookMs' });
    const spelledOther = writeAnswer({ status: 200, body: { query: '"tookMs":2', tookMs: 2 }, perRequest: 'tookMs' });
    expect(spelled.status === 200 && spelled.etag).not.toBe(spelledOther.status === 200 && spelledOther.etag);
  });
});

describe('endpoint redirects', () => {
  it('keep the query of the request they answer', () => {
    const request = new Request('http://localhost:3000/api/subjects/sriov?x=1&q=a%20b');
    expect(endpointResponse({ status: 308, location: '/api/subjects/sr-iov' }, request).headers.get('Location')).toBe('/api/subjects/sr-iov?x=1&q=a%20b');
    expect(endpointResponse({ status: 308, location: '/api/subjects/sr-iov' }, new Request('http://localhost/api/subjects/sriov')).headers.get('Location')).toBe('/api/subjects/sr-iov');
  });
});

describe('keptAnswer', () => {
  it('writes an answer found or a redirect once, and a 404 each time it is asked', () => {
    const kept = new Map<string, WrittenAnswer>();
    let made = 0;
    const answers = { bhyve: { status: 200, body: { slug: 'bhyve' } }, old: { status: 308, location: '/api/projects/bhyve' }, nothing: { status: 404, body: { error: 'no project' } } } as const;
    const ask = (slug: keyof typeof answers): WrittenAnswer =>
      keptAnswer(kept, slug, () => {
        made++;
        return answers[slug];
      });
    const first = ask('bhyve');
    expect(ask('bhyve')).toBe(first);
    expect(first).toMatchObject({ status: 200, json: '{"slug":"bhyve"}', etag: jsonEntityTag('{"slug":"bhyve"}') });
    ask('old');
    ask('old');
    ask('nothing');
    ask('nothing');
    expect(made).toBe(4);
    expect([...kept.keys()]).toEqual(['bhyve', 'old']);
  });
});

describe('unknownApiAnswer', () => {
  it('answers an entry asked for by its id in one segment where it is, and lists the endpoints for anything else', () => {
    expect(unknownApiAnswer(['entries', '2014-01-2014-03/bhyve'])).toEqual({ status: 308, location: entryApiPath('2014-01-2014-03/bhyve') });
    const other = unknownApiAnswer(['entries', 'bhyve']);
    expect(other.status).toBe(404);
    expect(other.status === 404 && other.body.error).toMatch(/^no endpoint at \/api\/entries\/bhyve; the API has/);
  });
});
