import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSearchEngine } from '../../lib/search';

const SAMPLE = path.resolve(import.meta.dirname, '..', '..', 'content');

describe('getSearchEngine', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('builds one engine per process over the content folder, not one per call', () => {
    vi.stubEnv('KB_CONTENT_DIR', SAMPLE);
    vi.stubEnv('KB_SEARCH_CACHE', 'off');
    const engine = getSearchEngine();
    expect(getSearchEngine()).toBe(engine);
    expect(engine.size).toBeGreaterThan(20);
    expect(engine.search({ text: 'sr-iov', limit: 1, offset: 0 }).results[0]?.title).toMatch(/SR-IOV/);
  });
});
