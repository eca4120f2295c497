import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectApiPath, projectPath } from '../../lib/routes';
import { chromiumAvailable } from './browser';
import { buildAndStartSite, SAMPLE_CONTENT, type SiteServer } from './server';
import { tempDir } from '../temp-dir';

/**
 * An editor's corrections reach the site on the next build: the sample content, copied, with a
 * rename and a merge added to its projects.yml, built and served. Old slugs must redirect.
 */
describe.skipIf(!chromiumAvailable())('projects.yml corrections after a rebuild', () => {
  const dir = tempDir('kb-projects-yml-');
  let site: SiteServer;

  beforeAll(async () => {
    cpSync(SAMPLE_CONTENT, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'projects.yml'),
      [
        'rename:',
        '  - from: ixgbe-and-ixv',
        '    slug: ixgbe',
        '  - from: freebsd-arm64',
        '    slug: freebsd-on-arm64',
        '    title: FreeBSD on 64-bit Arm',
        'merge:',
        '  - [freebsd-release-engineering-team, packaged-base-system]',
        '',
      ].join('\n'),
    );
    site = await buildAndStartSite(dir);
  });

  afterAll(async () => {
    await site?.stop();
  });

  const head = (p: string) => fetch(site.url + p, { redirect: 'manual' });

  it('redirects a renamed project’s old slug, page and API, to the new one', async () => {
    const page = await head(projectPath('freebsd-arm64'));
    expect(page.status).toBe(308);
    expect(new URL(page.headers.get('location') ?? '', site.url).pathname).toBe(projectPath('freebsd-on-arm64'));
    const api = await head(projectApiPath('freebsd-arm64'));
    expect(api.status).toBe(308);
    expect(new URL(api.headers.get('location') ?? '', site.url).pathname).toBe(projectApiPath('freebsd-on-arm64'));
    const renamed = await fetch(site.url + projectPath('freebsd-on-arm64'));
    expect(renamed.status).toBe(200);
    expect(await renamed.text()).toContain('FreeBSD on 64-bit Arm');
  });

  it('redirects a merged project to the one that absorbed it, which now holds its entries', async () => {
    const merged = await head(projectPath('packaged-base-system'));
    expect(merged.status).toBe(308);
    expect(new URL(merged.headers.get('location') ?? '', site.url).pathname).toBe(projectPath('freebsd-release-engineering-team'));
    const json = (await (await fetch(site.url + projectApiPath('freebsd-release-engineering-team'))).json()) as { entries: { id: string }[] };
    expect(json.entries.map((e) => e.id)).toContain('2025-04-2025-06/pkgbase');
  });

  it('redirects a slug renamed without a new title', async () => {
    const old = await head(projectPath('ixgbe-and-ixv'));
    expect(old.status).toBe(308);
    expect(new URL(old.headers.get('location') ?? '', site.url).pathname).toBe(projectPath('ixgbe'));
  });
});
