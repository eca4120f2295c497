import type { Element, ElementContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readContactParagraph, isRenderedContactParagraph } from '../../../lib/import/html/read-contact-paragraph';
import { readLinksTable } from '../../../lib/import/html/read-links-table';
import { readSponsorStatement, splitSponsorList } from '../../../lib/import/sponsors';
import { splitEntry } from '../../../lib/import/html/split-entry';

const BASE = 'https://www.freebsd.org/news/status/report-2030-01-2030-03.html';

function fragment(html: string): ElementContent[] {
  const root = unified().use(rehypeParse, { fragment: true }).parse(html);
  return root.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text');
}

function element(html: string): Element {
  const first = fragment(html).find((n): n is Element => n.type === 'element');
  if (!first) throw new Error(`no element in ${html}`);
  return first;
}

describe('readContactParagraph', () => {
  it.each([
    ['one person', 'Contact: Kim Lee &lt;<a href="mailto:kim@example.org">kim@example.org</a>&gt;', [{ name: 'Kim Lee', email: 'kim@example.org' }]],
    [
      'several people, one per line',
      'Contact: A One &lt;<a href="mailto:a@example.org">a@example.org</a>&gt;<br />Contact: B Two &lt;<a href="mailto:b@example.org">b@example.org</a>&gt;',
      [
        { name: 'A One', email: 'a@example.org' },
        { name: 'B Two', email: 'b@example.org' },
      ],
    ],
    ['an address written with spaces', 'Contact: Sam &lt;<a href="mailto: sam@example.net ">sam@example.net</a>&gt;', [{ name: 'Sam', email: 'sam@example.net' }]],
    ['no address', 'Contact:\n  Many\n  Hands\n &lt;<a href="mailto:"></a>&gt;', [{ name: 'Many Hands' }]],
    ['the address inside the name', 'Contact: Pat Doe pat@example.org &lt;<a href="mailto:"></a>&gt;', [{ name: 'Pat Doe', email: 'pat@example.org' }]],
    ['no name', 'Contact: &lt;<a href="mailto:team@example.org">team@example.org</a>&gt;', [{ name: 'team@example.org', email: 'team@example.org' }]],
    ['a colon in the name', 'Contact: Group: Web &lt;<a href="mailto:web@example.org">web@example.org</a>&gt;', [{ name: 'Group: Web', email: 'web@example.org' }]],
  ])('reads %s', (_what, inner, expected) => {
    expect(readContactParagraph(element(`<p>${inner}</p>`))).toEqual(expected);
  });

  it('tells the stylesheet contact paragraph from one its author wrote', () => {
    expect(isRenderedContactParagraph(element('<p>Contact: X &lt;<a href="mailto:">x</a>&gt;</p>'))).toBe(true);
    expect(isRenderedContactParagraph(element('<p>Contact: <a href="https://lists.example.org/x">x list</a><br />Contact: IRC #x</p>'))).toBe(false);
  });
});

describe('readSponsorStatement and splitSponsorList', () => {
  it.each([
    ['This project was sponsored by Sandvine, Inc.', ['Sandvine, Inc']],
    ['This project was sponsored by Acme Corp., and Beta Labs.', ['Acme Corp.', 'Beta Labs']],
    ['This project was sponsored by One, Two Ltd, and Three.', ['One', 'Two Ltd', 'Three']],
    ['This project was sponsored by Gamma, Inc, Delta, and Epsilon.', ['Gamma, Inc', 'Delta', 'Epsilon']],
    ['This project was sponsored in part by The Example Trust.', ['The Example Trust (in part)']],
    ['Sponsor: Example Hosting Ltd', ['Example Hosting Ltd']],
    ['Sponsor: North\nSponsor: South', ['North', 'South']],
    ['Sponsors: Alpha, Beta', ['Alpha, Beta']],
    ['Sponsored by: The Widget Fund', ['The Widget Fund']],
  ])('reads "%s"', (text, expected) => {
    expect(readSponsorStatement(element(`<p>${text}</p>`))).toEqual(expected);
  });

  it.each([
    ['a paragraph that only mentions sponsors', '<p>We are looking for sponsors.</p>'],
    ['an author sentence with markup', '<p>This project was sponsored by <a href="https://x.example">X</a> and run by Y.</p>'],
    ['a list', '<ul><li>Sponsor: no</li></ul>'],
    ['a Sponsor: line mixed with other lines', '<p>Event: a hackathon<br />Sponsor: Someone</p>'],
  ])('ignores %s', (_what, html) => {
    expect(readSponsorStatement(element(html))).toBeUndefined();
  });

  it('reads a stray <sponsor> element', () => {
    expect(readSponsorStatement(element('<sponsor>\n  Some Person\n</sponsor>'))).toEqual(['Some Person']);
  });

  it('keeps a single sponsor with a comma whole', () => {
    expect(splitSponsorList('Nowhere, the Netherlands')).toEqual(['Nowhere, the Netherlands']);
  });
});

describe('readLinksTable', () => {
  const row = (href: string, text: string): string =>
    `<tr><td><a href="${href}" title="${href}">${text}</a></td><td>URL: <a href="${href}" title="${text}">${href}</a></td></tr>`;
  const table = (...rows: string[]): Element => element(`<table title="Links"><tr><td>Links</td></tr>${rows.join('')}</table>`);

  it('reads one link per row and drops exact duplicate rows', () => {
    const { links, notes } = readLinksTable(table(row('https://a.example/x', 'A'), row('https://a.example/x', 'A'), row('https://b.example/', '')), BASE);
    expect(links).toEqual([
      { url: 'https://a.example/x', text: 'A' },
      { url: 'https://b.example/', text: '' },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps an absolute URL byte for byte', () => {
    expect(readLinksTable(table(row('HTTP://Example.ORG/A%20b', 'x')), BASE).links[0]?.url).toBe('HTTP://Example.ORG/A%20b');
  });

  it.each([
    ['a relative path', '../../doc/', 'https://www.freebsd.org/doc/', 0],
    ['a bare host name', 'www.example.org/x', 'http://www.example.org/x', 1],
    ['a bare address', 'team@example.org', 'mailto:team@example.org', 1],
    ['white space inside', 'https://example.org/a/ b', 'https://example.org/a/b', 1],
  ])('normalizes %s', (_what, href, url, warnings) => {
    const { links, notes } = readLinksTable(table(row(href, 't')), BASE);
    expect(links).toEqual([{ url, text: 't' }]);
    expect(notes).toHaveLength(warnings);
  });

  it('drops a row without any URL, with a warning', () => {
    const { links, notes } = readLinksTable(table(row('', '')), BASE);
    expect(links).toEqual([]);
    expect(notes.map((n) => n.message)).toEqual(['row of the Links table without a URL; dropped']);
  });
});

describe('splitEntry', () => {
  it('takes links, contacts, body, sponsors and tasks apart in stylesheet order', () => {
    const parts = splitEntry(
      fragment(
        '<table title="Links"><tr><td>Links</td></tr></table><p>Contact: A &lt;<a href="mailto:a@x.org">a@x.org</a>&gt;</p>' +
          '<p>Contact: B &lt;<a href="mailto:b@x.org">b@x.org</a>&gt;</p><p>Words.</p><p>This project was sponsored by Q.</p>' +
          '<h3>Open tasks:</h3><ol><li>One</li><li>Two</li></ol>',
      ),
    );
    expect(parts.linksTable?.tagName).toBe('table');
    expect(parts.contactParagraphs).toHaveLength(2);
    expect(parts.body.map((n) => (n.type === 'element' ? n.tagName : n.type))).toEqual(['p']);
    expect(parts.sponsors).toEqual(['Q']);
    expect(parts.tasks).toHaveLength(2);
  });

  it.each([
    ['an author <p>', '<p>Words.</p><p>Open tasks:</p><ul><li>First</li><li>Second</li></ul>'],
    ['bare text', '<p>Words.</p>\nOpen tasks:\n<ul><li>First</li><li>Second</li></ul>'],
  ])('reads a trailing "Open tasks:" list introduced by %s', (_what, html) => {
    const parts = splitEntry(fragment(html));
    expect(parts.tasks.map((li) => li.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))).toEqual(['First', 'Second']);
    expect(parts.body.filter((n) => n.type === 'element')).toHaveLength(1);
  });

  it('leaves an "Open tasks:" list alone when the body goes on after it', () => {
    const parts = splitEntry(fragment('<p>Open tasks:</p><ul><li>First</li></ul><p>More words.</p>'));
    expect(parts.tasks).toEqual([]);
  });

  it('reads bare "Sponsor:" lines after the body\'s last list, outside any paragraph, as sponsors', () => {
    const parts = splitEntry(fragment('<p>Done:</p><ul><li>Faster probe</li></ul>\nSponsor: Quoll Robotics\nSponsor: Numbat Trust\n'));
    expect(parts.sponsors).toEqual(['Quoll Robotics', 'Numbat Trust']);
    expect(parts.body.filter((n) => n.type === 'element')).toHaveLength(2);
    expect(parts.body.some((n) => n.type === 'text' && n.value.includes('Sponsor'))).toBe(false);
  });

  it('leaves bare text that says more than a sponsor in the body', () => {
    const parts = splitEntry(fragment('<ul><li>Faster probe</li></ul>\nThanks to all testers.\nSponsor: Quoll Robotics\n'));
    expect(parts.sponsors).toEqual([]);
  });

  it('leaves a sponsor sentence in the middle of the body alone', () => {
    const parts = splitEntry(fragment('<p>Sponsor: Early</p><p>Later words.</p>'));
    expect(parts.sponsors).toEqual([]);
    expect(parts.body).toHaveLength(2);
  });
});
