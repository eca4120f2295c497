import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runKb } from './run-kb';

const SAMPLE = path.join(ROOT, 'content');

describe('kb search with a year among its words', () => {
  it('says in its header that the results are limited to the year, and how to search all years', () => {
    const run = runKb(['search', 'bhyve 2015', '--content', SAMPLE]);
    expect(run.status).toBe(0);
    const header = run.stdout.split('\n\n')[0] ?? '';
    expect(header).toContain('Limited to 2015, read from "2015" in the query. All years: bhyve "2015"');
    const periods = [...run.stdout.matchAll(/^ {5}(.+?) · /gm)].map((m) => m[1]);
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((label) => label?.includes('2015'))).toBe(true);
  });

  it('gives the period read in --json, additive to the contract fields', () => {
    const run = runKb(['search', 'bhyve 2015 Q4', '--json', '--content', SAMPLE]);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(response.queryPeriod).toEqual({ typed: '2015 Q4', label: '2015 Q4', from: '2015-10', to: '2015-12', applied: true, literal: 'bhyve "2015" "Q4"' });
    expect(Object.keys(response)).toEqual(expect.arrayContaining(['query', 'total', 'tookMs', 'results', 'facets']));
  });
});
