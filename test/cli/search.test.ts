import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(ROOT, 'content');
const temp = tempDir('kb-search-cli-');
// The exported index goes to a folder of the test's own, not the checkout's cache.
const env = { KB_SEARCH_CACHE: path.join(temp, 'cache') };

describe('kb search run from any folder', () => {
  it("keeps its index in the user's cache, not in the folder it runs from", () => {
    const [cwd, userCache] = [tempDir('kb-search-cwd-'), tempDir('kb-search-user-cache-')];
    const { KB_SEARCH_CACHE: _ignored, ...inherited } = process.env;
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/kb.js'), 'search', 'bhyve', '--limit', '1', '--content', SAMPLE], {
      cwd,
      encoding: 'utf8',
      env: { ...inherited, KB_CACHE_DIR: userCache },
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(path.join(userCache, 'search')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });
});

describe('kb search on the sample content', () => {
  it('--json prints the API response: results with the contract fields, facets, a correction', () => {
    const run = runKb(['search', 'bhyev', '--json', '--limit', '3', '--content', SAMPLE], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout) as Record<string, unknown> & { results: Record<string, unknown>[] };
    expect(Object.keys(response).sort()).toEqual(['correctedQuery', 'facets', 'query', 'results', 'subject', 'tookMs', 'total']);
    expect(response).toMatchObject({ query: 'bhyev', correctedQuery: 'bhyve', facets: { years: expect.any(Object), categories: expect.any(Object) } });
    // The subject the (corrected) query names, as /api/search gives it.
    expect(response.subject).toMatchObject({ slug: 'bhyve', url: '/subjects/bhyve', via: 'query' });
    expect(response.results).toHaveLength(3);
    for (const result of response.results) {
      expect(Object.keys(result)).toEqual(['id', 'report', 'slug', 'title', 'category', 'project', 'projectTitle', 'url', 'snippet', 'score']);
      expect(result.title).toMatch(/bhyve/i);
    }
  });

  it('finds an identifier as written, with its filters', () => {
    const run = runKb(['search', 'sr-iov', '--json', '--from', '2014', '--to', '2014-03', '--category', 'kernel', '--content', SAMPLE], env);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout) as { results: { id: string }[] };
    expect(response.results[0]?.id).toBe('2014-01-2014-03/pci-sr-iov-infrastructure');
    expect(response.results.every((r) => r.id.startsWith('2014-01-2014-03/'))).toBe(true);
  });

  it('prints readable text without --json', () => {
    const run = runKb(['search', 'release', 'engineering', '--limit', '2', '--content', SAMPLE], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ results for "release engineering"/);
    expect(run.stdout).toContain('/reports/');
    expect(run.stdout).not.toContain('<mark>');
  });

  it('--batch answers one JSON line per query of a file, on one index', () => {
    const file = path.join(temp, 'queries.txt');
    writeFileSync(file, 'bhyev\n\nsr-iov\n"release engineering"\n');
    const run = runKb(['search', '--batch', file, '--json', '--limit', '2', '--content', SAMPLE], env);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; total: number; correctedQuery?: string; results: { id: string }[] });
    expect(lines.map((l) => l.query)).toEqual(['bhyev', 'sr-iov', '"release engineering"']);
    // A script can tell an answer to a corrected query, and how many there are past the limit.
    expect(lines.map((l) => l.correctedQuery)).toEqual(['bhyve', undefined, undefined]);
    for (const line of lines) {
      expect(Object.keys(line).filter((k) => k !== 'correctedQuery' && k !== 'subject')).toEqual(['query', 'total', 'results']);
      expect(line.results.length).toBeGreaterThan(0);
      expect(line.results.length).toBeLessThanOrEqual(2);
      expect(line.total).toBeGreaterThanOrEqual(line.results.length);
    }
  });

  it('--batch answers a query it refuses with its error and no results, the others as ever, and exits 1', () => {
    const file = path.join(temp, 'refused.txt');
    writeFileSync(file, `bhyve\n${'x'.repeat(600)}\n`);
    const run = runKb(['search', '--batch', file, '--json', '--content', SAMPLE], env);
    expect(run.status).toBe(1);
    const [good, refused] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; error?: string; results: unknown[] });
    expect(good?.results.length).toBeGreaterThan(0);
    // In the CLI's words: it has a query, not the API's `q`.
    expect(refused).toMatchObject({ error: expect.stringMatching(/^the query is too long/), total: 0, results: [] });
  });

  it.each([
    [['--limit', 'abc'], /limit/],
    [['--limit', '-3'], /limit/],
    [['--limit', '1000'], /limit/],
    [['--from', '2015', '--to', '2014'], /from/],
    [['--from', 'yesterday'], /from/],
    [['--category', 'Not A Slug'], /category/],
    [['--category', 'kernal'], /category "kernal" is none of/],
    [['--person', 'no-one-at-all'], /person "no-one-at-all"/],
    [['--frobnicate'], /frobnicate/],
  ])('exits 2 naming the bad parameter: %s', (args, message) => {
    const run = runKb(['search', 'bhyve', ...args, '--content', SAMPLE], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('names the query and the options as the command line calls them, not as the API does', () => {
    const long = runKb(['search', 'x'.repeat(10_000), '--content', SAMPLE], env);
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/^kb search: the query is too long \(10000 characters; at most \d+\)\n/);
    expect(runKb(['search', 'bhyve', '--from', '2015', '--to', '2014', '--content', SAMPLE], env).stderr).toMatch(/^kb search: --from \(2015-01\) is after --to \(2014-12\)\n/);
    expect(runKb(['search', 'bhyve', '--category', 'kernal', '--content', SAMPLE], env).stderr).toMatch(/^kb search: --category "kernal" is none of/);
  });

  it('reads --category as the category is shown, in capitals too', () => {
    const run = runKb(['search', 'sr-iov', '--category', 'Kernel', '--json', '--content', SAMPLE], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: { category: string }[] };
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.category === 'kernel')).toBe(true);
  });

  it('exits 2 without a query or a filter', () => {
    expect(runKb(['search', '--content', SAMPLE], env).status).toBe(2);
  });

  it('lists the filtered entries, newest first, for no words and a filter (as the API does)', () => {
    const run = runKb(['search', '--category', 'kernel', '--json', '--content', SAMPLE], env);
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: { report: string; category: string }[] };
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((r) => r.category === 'kernel')).toBe(true);
    expect(results.map((r) => r.report)).toEqual(results.map((r) => r.report).sort().reverse());
  });
});
