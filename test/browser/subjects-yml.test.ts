import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectApiPath, subjectPath } from '../../lib/routes';
import { chromiumAvailable } from './browser';
import { buildAndStartSite, SAMPLE_CONTENT, type SiteServer } from './server';
import { tempDir } from '../temp-dir';

/** The sample knowledge base with a subjects.yml and a published slug, built and served: changes show, old slugs redirect. */
describe.skipIf(!chromiumAvailable())('subjects.yml corrections after a rebuild', () => {
  const dir = tempDir('kb-subjects-yml-');
  let site: SiteServer;

  beforeAll(async () => {
    cpSync(SAMPLE_CONTENT, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'subjects.yml'),
      ['subjects:', '  bhyve:', '    slug: bhyve-hypervisor', '    title: bhyve, the hypervisor', '    entries: { out: [2025-04-2025-06/libvirt-driver-for-bhyve] }', 'drop: [intel]', ''].join('\n'),
    );
    // A slug published by an earlier import, whose subject the finder no longer makes: it leads to
    // the subject holding most of its entries (one of them is also on the smaller "Hypervisor").
    writeFileSync(path.join(dir, 'subject-slugs.json'), `${JSON.stringify({ 'the-hypervisor': ['2014-01-2014-03/bhyve', '2018-01-2018-09/bhyve'] }, null, 1)}\n`);
    site = await buildAndStartSite(dir);
  });

  afterAll(async () => {
    await site?.stop();
  });

  const head = (p: string) => fetch(site.url + p, { redirect: 'manual' });
  const location = (r: Response) => new URL(r.headers.get('location') ?? '', site.url).pathname;

  it('shows the renamed subject without the entry taken out', async () => {
    const page = await fetch(site.url + subjectPath('bhyve-hypervisor'));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('bhyve, the hypervisor');
    const json = (await (await fetch(site.url + subjectApiPath('bhyve-hypervisor'))).json()) as { entries: { id: string }[]; mentions: { id: string }[] };
    expect(json.entries.map((e) => e.id)).not.toContain('2025-04-2025-06/libvirt-driver-for-bhyve');
    expect(json.mentions.map((e) => e.id)).toContain('2025-04-2025-06/libvirt-driver-for-bhyve');
  });

  it('redirects the old slug and a published one, page, API and feed, with 308', async () => {
    for (const old of ['bhyve', 'the-hypervisor']) {
      const page = await head(subjectPath(old));
      expect(page.status, old).toBe(308);
      expect(location(page)).toBe(subjectPath('bhyve-hypervisor'));
      const api = await head(subjectApiPath(old));
      expect(api.status, old).toBe(308);
      expect(location(api)).toBe(subjectApiPath('bhyve-hypervisor'));
      const feed = await head(`${subjectPath(old)}/feed.xml`);
      expect(feed.status, old).toBe(308);
    }
  });

  it('drops a subject the editors say is none', async () => {
    expect((await head(subjectPath('intel'))).status).toBe(404);
  });
});
