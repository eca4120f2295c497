import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from './a11y-pages';
import { fetchPages, htmlErrors, javaAvailable } from './html-checker';
import { buildAndStartSite, SAMPLE_CONTENT, type SiteServer } from './server';

/** Every kind of page, and the page for an address that names nothing. */
const PAGES = [...SAMPLE_PAGES, { name: 'not found', path: '/reports/no-such-report/no-such-entry', status: 404 }];

// The Nu HTML Checker (what validator.w3.org runs) over one page of every kind, as the server sends it.
describe.skipIf(!javaAvailable())('valid HTML over the sample content', () => {
  let site: SiteServer;
  beforeAll(async () => {
    site = await buildAndStartSite(SAMPLE_CONTENT);
  });
  afterAll(() => site?.stop());

  it('finds no error in any kind of page', async () => {
    const pages = await fetchPages(site.url, PAGES);
    expect((await htmlErrors(pages)).join('\n')).toBe('');
  });

  it('would report an error in a page', async () => {
    const errors = await htmlErrors([{ name: 'broken', html: '<!doctype html><html lang="en"><title>x</title><input type="search" role="combobox" aria-expanded="false">' }]);
    expect(errors.join('\n')).toMatch(/^broken:1: .*combobox/m);
  });
});
