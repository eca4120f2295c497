import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { entryPath, projectPath, reportPath, siteImagePath } from '../../lib/routes';
import { SAMPLE_PAGES } from './a11y-pages';
import { chromiumAvailable } from './browser';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

const parser = unified().use(rehypeParse);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** What the pictures weigh at most: previews are fetched by every chat and mail client a link is pasted into. */
const MAX_IMAGE_BYTES = 100_000;

/** A PNG's width and height from its header (the IHDR chunk comes first). */
function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every `content` of the head's meta tags with that property or name, and every `href` of its links with that rel. */
function head(html: string): { meta(key: string): string[]; links(rel: string): string[] } {
  const tree = parser.parse(html) as Root;
  return {
    meta: (key) => selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((m) => String(m.properties.content ?? '')),
    links: (rel) => selectAll(`link[rel="${rel}"]`, tree).map((l) => String(l.properties.href ?? '')),
  };
}

/** The path and query of an absolute URL: the site under test serves what it names. */
function onSite(url: string): string {
  const { pathname, search } = new URL(url, 'http://site.invalid');
  return pathname + search;
}

// Link previews (Open Graph) and the icons of every kind of page, as a wiki, chat or mail client would fetch them.
describe.skipIf(!chromiumAvailable())('link previews and icons over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  it.each(SAMPLE_PAGES)('$name: og:image answers 200 with a small PNG of 1200 × 630', async ({ path }) => {
    const page = head(await (await fetch(session.site.url + path)).text());
    const [image, ...more] = page.meta('og:image');
    expect(image, `${path} has no og:image`).toBeTruthy();
    expect(more).toEqual([]);
    expect(page.meta('og:image:width')).toEqual(['1200']);
    expect(page.meta('og:image:height')).toEqual(['630']);
    expect(page.meta('twitter:image')).toEqual([image]);
    const response = await fetch(session.site.url + onSite(image!));
    expect(response.status, image).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_IMAGE_BYTES);
  });

  it("shows a project's, a report's and an entry's own picture, the site's elsewhere", async () => {
    const imageOf = async (path: string) => onSite(head(await (await fetch(session.site.url + path)).text()).meta('og:image')[0] ?? '').split('?')[0];
    await expect(imageOf(projectPath('bhyve'))).resolves.toBe(`${projectPath('bhyve')}/opengraph-image`);
    await expect(imageOf(reportPath('2014-01-2014-03'))).resolves.toBe(`${reportPath('2014-01-2014-03')}/opengraph-image`);
    const entry = entryPath('2014-01-2014-03/pci-sr-iov-infrastructure');
    await expect(imageOf(entry)).resolves.toBe(`${entry}/opengraph-image`);
    await expect(imageOf('/people')).resolves.toBe(siteImagePath);
  });

  it('links every page to an SVG icon, an Apple touch icon and /favicon.ico, all served', async () => {
    const page = head(await (await fetch(session.site.url + '/tasks')).text());
    const icons = [...page.links('icon'), ...page.links('apple-touch-icon')].map(onSite);
    expect(icons.map((href) => href.split('?')[0]).sort()).toEqual(['/apple-icon.png', '/favicon.ico', '/icon.svg']);
    for (const href of icons) expect((await fetch(session.site.url + href)).status, href).toBe(200);
    // Asked for by browsers and feed readers whatever the page says.
    const favicon = await fetch(`${session.site.url}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toBe('image/x-icon');
  });

  it.each(SAMPLE_PAGES)('$name: nothing the page loads fails, and its console shows no error', async ({ path }) => {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
    try {
      await page.goto(session.site.url + path, { waitUntil: 'networkidle' });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
