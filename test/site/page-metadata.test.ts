import { describe, expect, it } from 'vitest';
import { entryDescription, pageMetadata } from '../../lib/site/page-metadata';
import { SITE_NAME } from '../../lib/routes';

const page = { title: 'bhyve (project)', description: 'bhyve in the reports.', path: '/projects/bhyve' };

describe('pageMetadata', () => {
  it('gives every page its title, description, link preview and card', () => {
    const metadata = pageMetadata(page, undefined);
    expect(metadata.title).toBe('bhyve (project)');
    expect(metadata.description).toBe('bhyve in the reports.');
    const image = { url: '/opengraph-image', width: 1200, height: 630, type: 'image/png', alt: SITE_NAME };
    expect(metadata.openGraph).toEqual({ title: 'bhyve (project)', description: 'bhyve in the reports.', siteName: SITE_NAME, type: 'website', images: [image] });
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: 'bhyve (project)', description: 'bhyve in the reports.', images: [image] });
    expect(metadata.robots).toBeUndefined();
  });

  it("names no picture where the page's folder draws its own, so that Next.js uses that one", () => {
    const metadata = pageMetadata({ ...page, ownImage: true }, undefined);
    expect(metadata.openGraph).not.toHaveProperty('images');
    expect(metadata.twitter).not.toHaveProperty('images');
  });

  it('adds the canonical and Open Graph URL only once the public origin is known, the site feed beside it', () => {
    const siteFeed = { 'application/atom+xml': [{ url: '/feed.xml', title: `${SITE_NAME}: latest entries` }] };
    expect(pageMetadata(page, undefined).alternates).toEqual({ types: siteFeed });
    const metadata = pageMetadata({ ...page, type: 'article' }, 'https://status.example.org');
    expect(String(metadata.metadataBase)).toBe('https://status.example.org/');
    expect(metadata.alternates).toEqual({ types: siteFeed, canonical: '/projects/bhyve' });
    expect(metadata.openGraph).toMatchObject({ url: '/projects/bhyve', type: 'article' });
  });

  it('keeps feeds among the alternates and marks pages not to index', () => {
    const feeds = { types: { 'application/atom+xml': [{ url: '/projects/bhyve/feed.xml', title: 'bhyve' }] } };
    const metadata = pageMetadata({ ...page, alternates: feeds, indexable: false }, undefined);
    expect(metadata.alternates).toEqual(feeds);
    expect(metadata.robots).toEqual({ index: false });
  });
});

describe('entryDescription', () => {
  it("leads with the period, so that a team's entries opening alike each quarter are told apart", () => {
    const body = 'The Widget Team keeps the widgets working. This quarter it fixed three of them.';
    const q1 = entryDescription({ title: 'Widget Team', report: '2024-01-2024-03', body });
    const q2 = entryDescription({ title: 'Widget Team', report: '2024-04-2024-06', body });
    expect(q1).toMatch(/^2024 Q1 \(January–March\): The Widget Team keeps the widgets working/);
    expect(q2).not.toBe(q1);
    expect(entryDescription({ title: 'Empty', report: '2001-06', body: '' })).toBe('Empty, from the FreeBSD status report for June 2001.');
  });
});
