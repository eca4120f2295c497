import { describe, expect, it } from 'vitest';
import { convertBodyHtml, readInlineHtml, repairUrl } from '../../../lib/import/adoc/html';
import { findLeftovers, stripMarkdownCode } from '../../../lib/import/adoc/leftovers';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

describe('convertBodyHtml', () => {
  it('moves headings up a level and renders filename spans as code', () => {
    const html = '<div class="sect2"><h3 id="_a">Part</h3><div class="paragraph"><p>Edit <span class="filename">/etc/rc.conf</span>.</p></div></div>';
    expect(convertBodyHtml(html, BASE)).toEqual({ markdown: '## Part\n\nEdit `/etc/rc.conf`.', droppedUrls: [], repairedUrls: [], emptyLinks: 0, swappedLinks: [] });
  });

  it('drops scripts, styles, frames, event handlers and unsafe links from raw HTML', () => {
    const html =
      '<p onclick="x()">Kept <a href="vbscript:run">text</a>.</p><style>p{}</style><iframe src="https://x.example/"></iframe><img src="data:image/png;base64,AA"><script>bad()</script>';
    expect(convertBodyHtml(html, BASE)).toEqual({
      markdown: 'Kept text.',
      droppedUrls: ['vbscript:run', 'data:image/png;base64,AA'],
      repairedUrls: [],
      emptyLinks: 0,
      swappedLinks: [],
    });
  });

  it('drops inline anchors and unwraps links with an empty target', () => {
    const html = '<p><a id="here"></a>Point one. See <a href="">the notes</a>.</p>';
    expect(convertBodyHtml(html, BASE)).toEqual({ markdown: 'Point one. See the notes.', droppedUrls: [], repairedUrls: [], emptyLinks: 1, swappedLinks: [] });
  });

  it('links the word of a link macro written with target and text swapped to its URL', () => {
    // What Asciidoctor makes of `link:gizmo[https://gizmo.example/guide/]`.
    const html = '<p>Built with <a href="gizmo"><a href="https://gizmo.example/guide/" class="bare">https://gizmo.example/guide/</a></a> and <a href="https://x.example/">more</a>.</p>';
    expect(convertBodyHtml(html, BASE)).toEqual({
      markdown: 'Built with [gizmo](https://gizmo.example/guide/) and [more](https://x.example/).',
      droppedUrls: [],
      repairedUrls: [],
      emptyLinks: 0,
      swappedLinks: [{ word: 'gizmo', url: 'https://gizmo.example/guide/' }],
    });
  });

  it('makes relative links absolute against the report page', () => {
    expect(convertBodyHtml('<p><a href="../../about/">About</a></p>', BASE).markdown).toBe('[About](https://www.freebsd.org/about/)');
  });
});

describe('readInlineHtml', () => {
  it('gives the text and the links, bare links with empty text', () => {
    const html = '<a href="https://a.example/">A site</a> and <a href="https://b.example/" class="bare">https://b.example/</a>';
    expect(readInlineHtml(html, BASE)).toEqual({
      text: 'A site and https://b.example/',
      links: [
        { url: 'https://a.example/', text: 'A site' },
        { url: 'https://b.example/', text: '' },
      ],
      repaired: [],
    });
  });
});

describe('repairUrl', () => {
  it('puts emphasis markers back into a URL', () => {
    expect(repairUrl('https://x.example/?s=<em>open</em>&t=<strong>b</strong>')).toBe('https://x.example/?s=__open__&t=**b**');
  });
});

describe('findLeftovers', () => {
  it('ignores code and reports attributes, link macros and continuations with source lines', () => {
    const markdown = 'Text {gone} and link:https://x.example/[x] here +\n\n`{code}` and\n\n```\n{block} link:y[z]\n```';
    expect(stripMarkdownCode(markdown)).not.toContain('{code}');
    expect(findLeftovers(markdown, 'line one\nText {gone} and link:https://x.example/[x] here +')).toEqual([
      { message: 'unexpanded attribute reference {gone} left in the text', line: 2 },
      { message: 'unconverted link macro link:https://x.example/[… left in the text', line: 2 },
      { message: 'a "+" line continuation left in the text' },
    ]);
  });
});
