import { describe, expect, it } from 'vitest';
import { apiResponseHeaders } from '../../lib/content';
import { answerSearchRequest, createSearchEngine } from '../../lib/search';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const engine = createSearchEngine(
  fixtureKb([
    fixtureEntry('2014-01-2014-03/pci-sr-iov', { title: 'PCI SR-IOV Infrastructure', body: 'Virtual functions for ixgbe(4).' }),
    fixtureEntry('2015-01-2015-03/bhyve', { title: 'bhyve', body: 'The hypervisor boots <script>alert(1)</script> guests.' }),
  ]),
);

function answer(query: string) {
  return answerSearchRequest(new URLSearchParams(query), engine);
}

describe('/api/search without HTTP', () => {
  it('answers with the DESIGN.md shape', () => {
    const result = answer('q=sr-iov');
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(Object.keys(result.body)).toEqual(expect.arrayContaining(['query', 'total', 'tookMs', 'results', 'facets']));
    expect(result.body.results[0]?.id).toBe('2014-01-2014-03/pci-sr-iov');
    expect(Object.keys(result.body.results[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'report', 'slug', 'title', 'category', 'project', 'url', 'snippet', 'score']),
    );
  });

  it.each([
    ['limit=abc&q=x', 'limit'],
    ['limit=-1&q=x', 'limit'],
    ['from=2016&to=2014&q=x', 'from'],
    ['offset=x&q=x', 'offset'],
    [`q=${'a'.repeat(2000)}`, 'q'],
    // Well-formed but unknown: a typo must not read as "no entries".
    ['q=bhyve&category=no-such-category', 'category "no-such-category"'],
    ['q=bhyve&person=no-one-at-all', 'person "no-one-at-all"'],
    // Neither words nor a filter: a client that lost its query, not a search for nothing.
    ['q=', 'q is missing'],
    ['q=bhyve&categroy=kernel', 'did you mean category'],
  ])('refuses %s with a 400 naming the parameter', (query, name) => {
    const result = answer(query);
    expect(result.status).toBe(400);
    if (result.status === 400) expect(result.body.error).toContain(name);
  });

  it.each(['q=%2A%2B%3F%5B', 'q=%3Cimg%20onerror%3D1%3E', 'q=bhyve&offset=999999'])(
    'gives a well-formed answer to %s',
    (query) => {
      const result = answer(query);
      expect(result.status).toBe(200);
      if (result.status === 200) expect(Array.isArray(result.body.results)).toBe(true);
    },
  );

  it('lets answers be cached but not refusals', () => {
    expect(apiResponseHeaders(200)['Cache-Control']).toBe('public, max-age=300');
    expect(apiResponseHeaders(400)['Cache-Control']).toBe('no-store');
    expect(apiResponseHeaders(400)['Access-Control-Allow-Origin']).toBe('*');
  });

  it('keeps markup from entries out of snippets', () => {
    const result = answer('q=hypervisor');
    expect(result.status).toBe(200);
    if (result.status === 200) {
      const snippet = result.body.results[0]?.snippet ?? '';
      expect(snippet).not.toContain('<script');
      expect(snippet).toContain('&lt;script&gt;');
    }
  });
});
