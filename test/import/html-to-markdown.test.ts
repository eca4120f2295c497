import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, resolveUrl, restoreSchemeColon } from '../../lib/import/html-to-markdown';

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

  it('gives a link with no text its URL as text, so that it can be seen and followed', () => {
    const html = '<p>Photos of the meeting are at <a href="https://photos.example/meeting"></a>. Also <a href="notes.html"> </a> and <a href="https://x.example/"><img src="https://x.example/i.png" alt=""/></a>.</p>';
    expect(htmlToMarkdown(html, { baseUrl: BASE })).toBe(
      `Photos of the meeting are at <https://photos.example/meeting>. Also <${BASE}notes.html> and [![](https://x.example/i.png)](https://x.example/).`,
    );
  });

  it('does the same for an empty link the XML reader hands over as nodes', () => {
    const empty = { type: 'element' as const, tagName: 'a', properties: { href: 'https://photos.example/' }, children: [] };
    expect(htmlToMarkdown([{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'See ' }, empty] }], { baseUrl: BASE })).toBe('See <https://photos.example/>');
  });

  it('keeps the text of a link that has some, code included', () => {
    const html = '<p><a href="https://x.example/"><code>tool</code></a></p>';
    expect(htmlToMarkdown(html, { baseUrl: BASE })).toBe('[`tool`](https://x.example/)');
  });
});

describe('resolveUrl', () => {
  it('keeps an absolute URL as written, bar an escaped ampersand, and resolves a relative one', () => {
    expect(resolveUrl('https://Example.org/A%20b?x=1&y=2', BASE)).toBe('https://Example.org/A%20b?x=1&y=2');
    expect(resolveUrl('https://example.org/?x=1&amp;y=2', BASE)).toBe('https://example.org/?x=1&y=2');
    expect(resolveUrl('../../about/', BASE)).toBe('https://www.freebsd.org/about/');
  });

  it('puts back the colon a scheme lacks, rather than resolve the target under the page', () => {
    expect(resolveUrl('https//ci.example/job/7', BASE)).toBe('https://ci.example/job/7');
    expect(resolveUrl('ftp//files.example/pub/', BASE)).toBe('ftp://files.example/pub/');
    expect(resolveUrl('https-notes/page', BASE)).toBe(`${BASE}https-notes/page`);
  });
});

describe('restoreSchemeColon', () => {
  it('names only targets that lack the colon', () => {
    expect(restoreSchemeColon('HTTP//x.example/')).toBe('HTTP://x.example/');
    expect(restoreSchemeColon('https://x.example/')).toBeUndefined();
    expect(restoreSchemeColon('docs/https//x')).toBeUndefined();
  });
});
