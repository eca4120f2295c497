import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { IMPORT_COMMAND } from '../../lib/site/home';
import { SITE_NAME, tasksPath } from '../../lib/routes';
import { SAMPLE_PAGES } from './a11y-pages';
import { chromiumAvailable } from './browser';
import { SAMPLE_CONTENT } from './server';
import { siteSession } from './site-session';

const parser = unified().use(rehypeParse);

function metaContent(tree: Root, selector: string): string | undefined {
  const value = select(selector, tree)?.properties.content;
  return typeof value === 'string' ? value : undefined;
}

describe.skipIf(!chromiumAvailable())('what each page says about itself, over the sample content', () => {
  const session = siteSession(() => SAMPLE_CONTENT);

  it('home: says that it shows the sample, with the one command that builds the real knowledge base', async () => {
    const tree = parser.parse(await (await fetch(`${session.site.url}/`)).text()) as Root;
    const notice = select('section[aria-labelledby="sample"]', tree);
    expect(notice && toText(notice)).toContain('This is the sample knowledge base');
    expect(notice && toText(notice)).toContain(IMPORT_COMMAND);
  });

  it.each(SAMPLE_PAGES)('$name: title, description, Open Graph and card, and no canonical without KB_SITE_URL', async ({ path }) => {
    const response = await fetch(session.site.url + path);
    expect(response.status).toBe(200);
    const tree = parser.parse(await response.text()) as Root;
    const title = toText(select('head title', tree) ?? { type: 'root', children: [] });
    expect(title).toContain(SITE_NAME);
    const description = metaContent(tree, 'meta[name="description"]');
    expect(description?.length ?? 0).toBeGreaterThan(20);
    expect(metaContent(tree, 'meta[property="og:title"]')).toBeTruthy();
    expect(metaContent(tree, 'meta[property="og:description"]')).toBe(description);
    expect(metaContent(tree, 'meta[property="og:site_name"]')).toBe(SITE_NAME);
    expect(metaContent(tree, 'meta[property="og:type"]')).toMatch(/^(website|article|profile)$/);
    expect(metaContent(tree, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    // Without the public origin, a canonical or og:url would name localhost.
    expect(select('link[rel="canonical"]', tree)).toBeUndefined();
    expect(metaContent(tree, 'meta[property="og:url"]')).toBeUndefined();
  });

  it('says so when a task page does not exist, and shows the first', async () => {
    const page = await session.open(`${tasksPath}?page=99`);
    await expect(page.getByRole('status').filter({ hasText: 'No page' }).textContent()).resolves.toMatch(/No page “99”/);
    await expect(page.locator('ol.task-groups > li').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
