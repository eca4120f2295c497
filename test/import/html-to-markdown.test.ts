import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, resolveUrl } from '../../lib/import/html-to-markdown';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

describe('htmlToMarkdown', () => {
  it("keeps a table's caption as a paragraph before it", () => {
    const html = '<table><caption>Sprocket counts</caption><thead><tr><th>Run</th><th>Count</th></tr></thead><tbody><tr><td>with</td><td>3</td></tr></tbody></table><p>After.</p>';
    expect(htmlToMarkdown(html, { baseUrl: BASE })).toBe('Sprocket counts\n\n| Run  | Count |\n| ---- | ----- |\n| with | 3     |\n\nAfter.');
  });

  it('reads a link target escaped twice upstream as the one it meant', () => {
    const html = '<p><a href="https://svn.example/base?view=revision&amp;amp;revision=7">r7</a></p>';
    expect(htmlToMarkdown(html, { baseUrl: BASE })).toBe('[r7](https://svn.example/base?view=revision\\&revision=7)');
  });
});

describe('resolveUrl', () => {
  it('keeps an absolute URL as written, bar an escaped ampersand, and resolves a relative one', () => {
    expect(resolveUrl('https://Example.org/A%20b?x=1&y=2', BASE)).toBe('https://Example.org/A%20b?x=1&y=2');
    expect(resolveUrl('https://example.org/?x=1&amp;y=2', BASE)).toBe('https://example.org/?x=1&y=2');
    expect(resolveUrl('../../about/', BASE)).toBe('https://www.freebsd.org/about/');
  });
});
