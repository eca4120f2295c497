import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../lib/import/adoc';
import { readContactParagraph } from '../../lib/import/html/read-contact-paragraph';
import { readSpelledAddress, seemsSpelledAddress, splitSpelledAddress } from '../../lib/model';
import type { ReaderNote } from '../../lib/import/types';
import { readContacts } from '../../lib/import/xml/read-contacts';
import { parseXmlTree } from '../../lib/import/xml/xml-tree';

/** Addresses written with "@" and "." spelled out are the person's address, not part of their name. */

describe('readSpelledAddress', () => {
  it.each([
    ['quill_at_example_dot_org', 'quill@example.org'],
    ['Quill_at_Example_dot_org', 'Quill@Example.org'],
    ['jane-at-example.org', 'jane@example.org'],
    ['jane(at)example(dot)org', 'jane@example.org'],
    ['jane [at] mail [dot] example [dot] net', 'jane@mail.example.net'],
    ['jane at example dot org', 'jane@example.org'],
    ['jane at example.org', 'jane@example.org'],
    ['first.last_at_example_dot_co_dot_uk', 'first.last@example.co.uk'],
  ])('reads %s as %s', (written, address) => {
    expect(readSpelledAddress(written)).toBe(address);
  });

  it.each([
    ['an address written plainly', 'jane@example.org'],
    ['no "at"', 'jane'],
    ['two "at"s', 'jane_at_home_at_example_dot_org'],
    ['no domain once read', 'jane_at_localhost'],
    ['a word that holds "at"', 'catalyst.example.org'],
    ['"-at-" without letters around it', '-at-example.org'],
  ])('reads nothing from %s', (_what, written) => {
    expect(readSpelledAddress(written)).toBeUndefined();
  });

  it('takes "at" as a word only where asked', () => {
    expect(readSpelledAddress('jane at example.org', false)).toBeUndefined();
  });
});

describe('splitSpelledAddress', () => {
  it.each([
    ['Jane Invented jane-at-example.org', { name: 'Jane Invented', email: 'jane@example.org' }],
    ['Jane Invented (jane_at_example_dot_org)', { name: 'Jane Invented', email: 'jane@example.org' }],
    ['Jane Invented, jane(at)example(dot)org', { name: 'Jane Invented', email: 'jane@example.org' }],
    ['jane-at-example.org', { name: 'jane@example.org', email: 'jane@example.org' }],
  ])('splits %s', (text, expected) => {
    expect(splitSpelledAddress(text)).toEqual(expected);
  });

  it.each(['Jane Invented jane at example dot org', 'The Sprocket Team', 'Jane Invented, Widget Corp'])('leaves "%s" alone', (text) => {
    expect(splitSpelledAddress(text)).toBeUndefined();
  });

  it('tells a spelled-out address it cannot read from a plain name', () => {
    expect(seemsSpelledAddress('Jane Invented jane at example dot org')).toBe(true);
    expect(seemsSpelledAddress('Jane Invented jane_at_example')).toBe(true);
    expect(seemsSpelledAddress('Jane Invented, engineer at Widget Corp')).toBe(false);
    expect(seemsSpelledAddress('Jane Invented, Sprocket Engineer at Widget.org')).toBe(false);
    expect(seemsSpelledAddress('Jane Invented (jane at widget.org)')).toBe(true);
    expect(seemsSpelledAddress('The Sprocket Team')).toBe(false);
  });
});

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

describe('an AsciiDoc Contact line with its address spelled out', () => {
  async function read(contact: string) {
    return readAdocEntry({ file: 'q/sprocket.adoc', text: `=== Sprocket Driver\n\nContact: ${contact}\n\nThe sprocket driver attaches.\n`, baseUrl: BASE });
  }

  it.each([
    ['the last word, without <…>', 'Jane Invented jane-at-example.org'],
    ['inside <…>', 'Jane Invented <jane at example dot org>'],
    ['in parentheses', 'Jane Invented (jane_at_example_dot_org)'],
  ])('gives the person the address where it is %s, with no warning', async (_where, contact) => {
    const { entry, problems } = await read(contact);
    expect(entry?.contacts).toEqual([{ name: 'Jane Invented', email: 'jane@example.org' }]);
    expect(problems).toEqual([]);
  });

  it('warns at its file and line where the name ends cannot be told', async () => {
    const { entry, problems } = await read('Jane Invented jane at example dot org');
    expect(entry?.contacts).toEqual([{ name: 'Jane Invented jane at example dot org' }]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'q/sprocket.adoc',
        line: 3,
        message:
          'the contact "Jane Invented jane at example dot org" seems to spell an address out ("at", "dot") where it cannot be told from the name; it is read as a name, and the person gets no address (upstream should write Name <user@example.org>)',
      },
    ]);
  });

  it('says nothing of a name that only holds the word "at"', async () => {
    const { entry, problems } = await read('Jane Invented at Widget Corp');
    expect(entry?.contacts).toEqual([{ name: 'Jane Invented at Widget Corp' }]);
    expect(problems).toEqual([]);
  });
});

describe('an XML <email> with its address spelled out', () => {
  const contacts = (email: string, notes: ReaderNote[] = []) => {
    const root = parseXmlTree(`<project><contact><person><name>Bo Invented</name><email>${email}</email></person></contact></project>`).root;
    if (!root) throw new Error('fixture did not parse');
    return readContacts(root, notes);
  };

  it.each(['bo_at_example_dot_org', 'bo at example.org', 'bo at example dot org'])('reads %s as the address', (email) => {
    expect(contacts(email)).toEqual([{ name: 'Bo Invented', email: 'bo@example.org' }]);
  });

  it('keeps one it cannot read as written, with a warning', () => {
    const notes: ReaderNote[] = [];
    expect(contacts('bo_at_example', notes)).toEqual([{ name: 'Bo Invented', email: 'bo_at_example' }]);
    expect(notes.map((n) => n.message)).toEqual(['contact address "bo_at_example" spells "at" or "dot" out in a way that does not read as one address; kept as written']);
  });
});

describe('an HTML contact line with its address spelled out', () => {
  const paragraph = (inner: string): Element => {
    const root = unified().use(rehypeParse, { fragment: true }).parse(`<p>${inner}</p>`);
    const p = root.children.find((n): n is Element => n.type === 'element');
    if (!p) throw new Error('fixture did not parse');
    return p;
  };

  it('reads the mailto: link the stylesheet made of it', () => {
    const inner = 'Contact: Bo Invented &lt;<a href="mailto:bo_at_example_dot_org">bo_at_example_dot_org</a>&gt;';
    expect(readContactParagraph(paragraph(inner))).toEqual([{ name: 'Bo Invented', email: 'bo@example.org' }]);
  });

  it('reads one at the end of the name, where the link is empty', () => {
    expect(readContactParagraph(paragraph('Contact: Bo Invented bo-at-example.org &lt;<a href="mailto:"></a>&gt;'))).toEqual([{ name: 'Bo Invented', email: 'bo@example.org' }]);
  });
});
