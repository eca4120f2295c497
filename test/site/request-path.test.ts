import { describe, expect, it } from 'vitest';
import { requestPath, withDecodablePath } from '../../lib/site/request-path';

describe('requestPath', () => {
  it('drops the query, and only the query', () => {
    expect(requestPath('/api/search?q=bhyve&limit=5')).toBe('/api/search');
    expect(requestPath('/api/search')).toBe('/api/search');
    expect(requestPath('/api/search/?q=a?b')).toBe('/api/search/');
  });
});

describe('withDecodablePath', () => {
  it('leaves a path that decodes as it is, escapes and all', () => {
    for (const target of ['/', '/reports/2014-01-2014-03', '/people/s%C3%B8ren-weiss', '/wiki/Foo%2FBar?x=%E0']) {
      expect(withDecodablePath(target)).toBe(target);
    }
  });

  it('escapes the % signs of a path cut short or not UTF-8, keeping its query', () => {
    expect(withDecodablePath('/reports/%E0%A4%A')).toBe('/reports/%25E0%25A4%25A');
    expect(withDecodablePath('/projects/100%')).toBe('/projects/100%25');
    expect(withDecodablePath('/wiki/%ZZ?q=1%')).toBe('/wiki/%25ZZ?q=1%');
    expect(decodeURIComponent(requestPath(withDecodablePath('/reports/%FF')))).toBe('/reports/%FF');
  });
});
