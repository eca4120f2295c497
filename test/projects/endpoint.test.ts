import { describe, expect, it } from 'vitest';
import { answerEntryRequest, apiResponseHeaders, endpointResponse, unknownApiAnswer } from '../../lib/content/endpoint';
import { entryApiPath, projectApiPath } from '../../lib/routes';
import { collectPeopleIndex } from '../../lib/people';
import { answerProjectRequest } from '../../lib/projects/endpoint';
import { fixtureEntry, fixtureKb } from '../search/fixture-kb';
import type { Project, ProjectIndex } from '../../lib/model';

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

describe('/api/entries/<report>/<slug> without HTTP', () => {
  it('answers the full entry JSON with its project from the index', () => {
    const result = answerEntryRequest('2015-01-2015-03', 'bhyve', kb, index);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body).toMatchObject({ id: b.id, report: '2015-01-2015-03', slug: 'bhyve', project: 'bhyve', url: '/reports/2015-01-2015-03/bhyve', body: '' });
    expect(Object.keys(result.body)).toEqual(expect.arrayContaining(['contacts', 'links', 'sponsors', 'tasks', 'source']));
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
});

describe('endpoint responses', () => {
  it('are open to any origin and cacheable, except refusals', async () => {
    const ok = endpointResponse({ status: 200, body: { x: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(ok.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(ok.headers.get('Content-Type')).toMatch(/application\/json/);
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

describe('unknownApiAnswer', () => {
  it('answers an entry asked for by its id in one segment where it is, and lists the endpoints for anything else', () => {
    expect(unknownApiAnswer(['entries', '2014-01-2014-03/bhyve'])).toEqual({ status: 308, location: entryApiPath('2014-01-2014-03/bhyve') });
    const other = unknownApiAnswer(['entries', 'bhyve']);
    expect(other.status).toBe(404);
    expect(other.status === 404 && other.body.error).toMatch(/^no endpoint at \/api\/entries\/bhyve; the API has/);
  });
});
