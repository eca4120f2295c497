import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../lib/import/html-to-markdown';
import { xmlToHast } from '../../../lib/import/xml/xml-to-hast';
import type { ReaderNote } from '../../../lib/import/types';
import { parseXmlTree } from '../../../lib/import/xml/xml-tree';

const BASE = 'https://www.freebsd.org/news/status/report-2020-01-2020-03.html';

/** Markdown of the children of `<body>…</body>`, as the reader converts a project body. */
function bodyMarkdown(inner: string): string {
  const root = parseXmlTree(`<body>${inner}</body>`).root;
  if (!root) throw new Error('did not parse');
  return htmlToMarkdown(xmlToHast(root.children, []), { baseUrl: BASE });
}

describe('xmlToHast', () => {
  it.each([
    ['a <pre> inside a <p> (regression: the fence ended up glued to the text)', '<p>Try this:\n<pre><code>\n$ make it\n</code></pre>\n</p>', 'Try this:\n\n```\n$ make it\n```'],
    ['a list inside a <p>', '<p>Two things:\n<ul><li>one</li><li>two</li></ul></p>', 'Two things:\n\n- one\n- two'],
    ['a <p> inside a <p>', '<p>outer <p>inner</p> tail</p>', 'outer\n\ninner\n\ntail'],
    ['inline code holding paragraphs', '<p>Run:</p><code><p>\n  step one</p>\n<p>  step two</p></code>', 'Run:\n\n```\n  step one\n  step two\n```'],
    ['the line break after <pre>', '<pre>\nline\n</pre>', '```\nline\n```'],
    ['DocBook-ish names', '<p><emph>e</emph> <filename>/etc/rc.conf</filename> <B>bold</B> <ttt>t</ttt></p>', '_e_ `/etc/rc.conf` **bold** `t`'],
    ['<url> and <email>', '<p><url href="https://example.org/">site</url> <email xmlns="http://docbook.org/ns/docbook">me@example.org</email></p>', '[site](https://example.org/) <me@example.org>'],
    ['inline code whose <br/> separate commands', '<p>Then:<tt>mkdir /tmp/jail<br/>\n    mount -t devfs devfs /tmp/jail/dev</tt> and go.</p>', 'Then:\n\n```\nmkdir /tmp/jail\nmount -t devfs devfs /tmp/jail/dev\n```\n\nand go.'],
    ['a <programlisting> whose lines end in <br/>', '<p><programlisting>\n\t  $ gadget -v<br/>\n\t  gadget 1.0<br/>\n\t  $ gadget -q<br/>\n</programlisting></p>', '```\n\t  $ gadget -v\n\t  gadget 1.0\n\t  $ gadget -q\n```'],
    ['a <url/> with no words', '<p>See <url href="ftp://ftp.example.org/pub"/> now.</p>', 'See <ftp://ftp.example.org/pub> now.'],
    ['a relative link', '<p><a href="report-2019-10-2019-12.html#x">last time</a></p>', '[last time](https://www.freebsd.org/news/status/report-2019-10-2019-12.html#x)'],
    ['a list written between two items', '<ol><li>One</li><ul><li>a</li><li>b</li></ul><li>Two</li></ol>', '1. One\n\n   - a\n   - b\n\n2. Two'],
  ])('%s', (_label, xml, markdown) => {
    expect(bodyMarkdown(xml)).toBe(markdown);
  });

  it('removes the white space a wrapped line left in an <a href> or <url href>, with a warning naming its line', () => {
    const root = parseXmlTree('<body>\n<p><a href="https://example.org/a-\n  b">a</a>\n<url href="https://example.org/c/ d"/></p></body>').root;
    if (!root) throw new Error('did not parse');
    const notes: ReaderNote[] = [];
    expect(htmlToMarkdown(xmlToHast(root.children, notes), { baseUrl: BASE })).toBe('[a](https://example.org/a-b) <https://example.org/c/d>');
    expect(notes.map((n) => [n.severity, n.line])).toEqual([
      ['warning', 2],
      ['warning', 4],
    ]);
  });
});
