import { describe, expect, it } from 'vitest';
import { linkIdentity } from '../../lib/timeline';

describe('linkIdentity', () => {
  it('treats http and https, a trailing slash and the host case as the same link', () => {
    expect(linkIdentity('https://Git.Example.org/widget/')).toBe(linkIdentity('http://git.example.org/widget'));
    expect(linkIdentity('https://www.FreeBSD.org/')).toBe(linkIdentity('http://www.freebsd.org'));
  });

  it('keeps apart what names another page', () => {
    expect(linkIdentity('https://example.org/a?x=1')).not.toBe(linkIdentity('https://example.org/a?x=2'));
    expect(linkIdentity('https://example.org/Path')).not.toBe(linkIdentity('https://example.org/path'));
    expect(linkIdentity('ftp://example.org/pub')).not.toBe(linkIdentity('https://example.org/pub'));
  });

  it('leaves text that is not a URL as it is, bar a trailing slash', () => {
    expect(linkIdentity(' not a url/ ')).toBe('not a url');
  });
});
