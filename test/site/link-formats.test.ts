import { describe, expect, it } from 'vitest';
import { absoluteUrl, linkFormats } from '../../lib/site/link-formats';

describe('linkFormats', () => {
  it('gives the URL, a MoinMoin link and a Markdown link', () => {
    expect(linkFormats('https://kb.example/projects/bhyve', 'bhyve')).toEqual({
      url: 'https://kb.example/projects/bhyve',
      moin: '[[https://kb.example/projects/bhyve|bhyve]]',
      markdown: '[bhyve](https://kb.example/projects/bhyve)',
    });
  });

  it('keeps a title from breaking either link', () => {
    const { moin, markdown } = linkFormats('https://kb.example/a_(b)', 'ixgbe(4) | [ixv] ]] x');
    expect(moin).toBe('[[https://kb.example/a_(b)|ixgbe(4) ¦ [ixv] ] ] x]]');
    expect(markdown).toBe('[ixgbe(4) | \\[ixv\\] \\]\\] x](https://kb.example/a_%28b%29)');
  });
});

describe('absoluteUrl', () => {
  it('resolves a site path against an origin, with or without a trailing slash', () => {
    expect(absoluteUrl('/projects/bhyve', 'https://kb.example')).toBe('https://kb.example/projects/bhyve');
    expect(absoluteUrl('/projects/bhyve', 'https://kb.example/')).toBe('https://kb.example/projects/bhyve');
  });

  it('leaves the path as it is without an origin', () => {
    expect(absoluteUrl('/people/x', undefined)).toBe('/people/x');
    expect(absoluteUrl('/people/x', '')).toBe('/people/x');
  });
});
