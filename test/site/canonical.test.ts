import { describe, expect, it } from 'vitest';
import { canonicalMetadata } from '../../lib/site/canonical';

describe('canonical links', () => {
  it('declares the path against the public origin', () => {
    const meta = canonicalMetadata('/reports/2014-01-2014-03', 'https://status.example.org');
    expect(meta.alternates?.canonical).toBe('/reports/2014-01-2014-03');
    expect(String(meta.metadataBase)).toBe('https://status.example.org/');
  });

  it('declares nothing without a public origin, rather than one on localhost', () => {
    expect(canonicalMetadata('/reports/2014-01-2014-03', undefined)).toEqual({});
  });
});

describe('canonical links beside feeds', () => {
  const feeds = { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Latest' }] } };

  it('keeps a page feeds with or without a canonical link', () => {
    expect(canonicalMetadata('/projects/bhyve', undefined, feeds)).toEqual({ alternates: feeds });
    expect(canonicalMetadata('/projects/bhyve', 'https://status.example.org', feeds).alternates).toEqual({ ...feeds, canonical: '/projects/bhyve' });
  });
});
