import { describe, expect, it } from 'vitest';
import { expandEntities } from '../../../lib/import/xml/entities';
import type { ReaderNote } from '../../../lib/import/types';
import { readContacts } from '../../../lib/import/xml/read-contacts';
import { readLinks } from '../../../lib/import/xml/read-links';
import { parseXmlTree, type XmlElement } from '../../../lib/import/xml/xml-tree';
import { fixtureEntities } from './fixture';

const BASE = 'https://www.freebsd.org/news/status/report-2005-01-2005-03.html';

function project(inner: string): XmlElement {
  const root = parseXmlTree(expandEntities(`<project>${inner}</project>`, fixtureEntities).text).root;
  if (!root) throw new Error('fixture did not parse');
  return root;
}

describe('readContacts', () => {
  it.each([
    ['given and common', '<person><name><given>Ada</given><common>Quill</common></name><email>a@x.org</email></person>', [{ name: 'Ada Quill', email: 'a@x.org' }]],
    ['parts with no space between them', '<person><name><given>Ada</given><middle>B.</middle><common>Quill</common></name><email>a@x.org</email></person>', [{ name: 'Ada B. Quill', email: 'a@x.org' }]],
    ['plain name, padded and empty email', '<person><name>\n  Bo   Stream </name><email>  </email></person>', [{ name: 'Bo Stream' }]],
    ['only an email', '<person><email>list@x.org</email></person>', [{ name: 'list@x.org', email: 'list@x.org' }]],
    ['email inside name', '<person><name><given>Site</given><common>Admins</common><email>admins@x.org</email></name></person>', [{ name: 'Site Admins', email: 'admins@x.org' }]],
    ['&a.login.email; in a person', '<person>&a.jdoe.email;</person>', [{ name: 'Jane Doe', email: 'jdoe@FreeBSD.org' }]],
    ['&a.login.email; straight in contact', '&a.mlopez.email;', [{ name: 'María López', email: 'mlopez@FreeBSD.org' }]],
    ['&a.login; as the name', '<person><name>&a.jdoe;</name><email>jdoe@FreeBSD.org</email></person>', [{ name: 'Jane Doe', email: 'jdoe@FreeBSD.org' }]],
    ['two name/email pairs in one person', '<person><name>One</name><email>1@x.org</email><name>Two</name><email>2@x.org</email></person>', [{ name: 'One', email: '1@x.org' }, { name: 'Two', email: '2@x.org' }]],
    ['one name with two addresses', '<person><name>Wide</name><email>w@x.org</email><email>w@y.com</email></person>', [{ name: 'Wide', email: 'w@x.org' }, { name: 'Wide', email: 'w@y.com' }]],
    ['a person nested in a person', '<person><name>Outer</name><email>o@x.org</email><person><name>Inner</name><email>i@x.org</email></person></person>', [{ name: 'Outer', email: 'o@x.org' }, { name: 'Inner', email: 'i@x.org' }]],
    ['an empty person', '<person><name> </name><email/></person>', []],
  ])('%s', (_label, markup, expected) => {
    expect(readContacts(project(`<contact>${markup}</contact>`), [])).toEqual(expected);
  });

  it('reads every <contact> of a project', () => {
    const p = project('<contact><person><name>A</name><email>a@x</email></person></contact><contact><person><name>B</name><email>b@x</email></person></contact>');
    expect(readContacts(p, []).map((c) => c.name)).toEqual(['A', 'B']);
  });

  it('drops a stray angle bracket from an address, with a warning at its line', () => {
    const notes: ReaderNote[] = [];
    const p = project('<contact>\n<person><name>Ann</name><email>ann@x.org&gt;</email></person>\n<person><name>Bo</name>\n<email>&lt;bo@x.org&gt;</email></person></contact>');
    expect(readContacts(p, notes)).toEqual([
      { name: 'Ann', email: 'ann@x.org' },
      { name: 'Bo', email: 'bo@x.org' },
    ]);
    expect(notes.map((n) => [n.line, n.message])).toEqual([
      [2, 'contact address "ann@x.org>" has a stray angle bracket; read as ann@x.org'],
      [4, 'contact address "<bo@x.org>" has a stray angle bracket; read as bo@x.org'],
    ]);
  });
});

describe('readLinks', () => {
  it('keeps absolute URLs as written and resolves relative ones against the report page', () => {
    const { links, notes } = readLinks(
      project(`<links>
        <url href="HTTP://Example.ORG/A%20b?x=1&amp;y=2">Mixed <tt>case</tt></url>
        <url href="report-2004-07-2004-12.html#x"/>
        <url href="/doc/index.html">site root</url>
        <url href="mailto:someone@x.org">mail</url>
      </links>`),
      BASE,
    );
    expect(links).toEqual([
      { url: 'HTTP://Example.ORG/A%20b?x=1&y=2', text: 'Mixed case' },
      { url: 'https://www.freebsd.org/news/status/report-2004-07-2004-12.html#x', text: '' },
      { url: 'https://www.freebsd.org/doc/index.html', text: 'site root' },
      { url: 'mailto:someone@x.org', text: 'mail' },
    ]);
    expect(notes).toEqual([]);
  });

  it('repairs a scheme-less host, a bare address and a wrapped URL, each with a warning', () => {
    const { links, notes } = readLinks(
      project(`<links>
        <url href="www.example.org">Example</url>
        <url href="people@example.org"/>
        <url href="http://example.org/long/ path"/>
      </links>`),
      BASE,
    );
    expect(links.map((l) => l.url)).toEqual(['http://www.example.org', 'mailto:people@example.org', 'http://example.org/long/path']);
    expect(notes.map((n) => [n.severity, n.line])).toEqual([
      ['warning', 2],
      ['warning', 3],
      ['warning', 4],
    ]);
  });

  it('drops a link that would run a script, however its scheme is written, with a warning', () => {
    const { links, notes } = readLinks(
      project(`<links>
        <url href="javascript:alert(1)">Click</url>
        <url href=" JaVaScRiPt:alert(2)">Click</url>
        <url href="data:text/html;base64,PHNjcmlwdD4=">Data</url>
        <url href="vbscript:msgbox">VB</url>
        <url href="https://example.org/javascript:ok">Kept</url>
      </links>`),
      BASE,
    );
    expect(links).toEqual([{ url: 'https://example.org/javascript:ok', text: 'Kept' }]);
    expect(notes.map((n) => [n.line, n.message.endsWith('would run a script; dropped')])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, true],
    ]);
  });

  it('reads URLs written as bare text in <links>, takes the text for an empty href, and drops an empty link with a warning', () => {
    const { links, notes } = readLinks(
      project('<links>\nhttps://a.example/x  \n ftp://b.example/y .\n<url href="">https://c.example/</url>\n<url href=""></url></links>'),
      BASE,
    );
    expect(links.map((l) => l.url)).toEqual(['https://a.example/x', 'ftp://b.example/y', 'https://c.example/']);
    expect(notes).toEqual([{ severity: 'warning', line: 5, message: 'link with an empty href and no URL in its text; dropped' }]);
  });

  it('adds words written after a link to that link\'s text, with a warning naming their line', () => {
    const { links, unlinked, notes } = readLinks(
      project('<links>\n  <url href="https://a.example/wiki">Wiki</url>\n  kept by the\n  docs team\n  <url href="https://a.example/src">Source</url>\n  https://a.example/mirror (slow)\n</links>'),
      BASE,
    );
    expect(links).toEqual([
      { url: 'https://a.example/wiki', text: 'Wiki kept by the docs team' },
      { url: 'https://a.example/src', text: 'Source' },
      // A bare URL has no text of its own: the words follow the URL, which stays in sight.
      { url: 'https://a.example/mirror', text: 'https://a.example/mirror (slow)' },
    ]);
    expect(unlinked).toEqual([]);
    expect(notes).toEqual([
      { severity: 'warning', line: 3, message: 'text "kept by the docs team" after a link in <links>; added to the end of that link\'s text' },
      { severity: 'warning', line: 6, message: 'text "(slow)" after a link in <links>; added to the end of that link\'s text' },
    ]);
  });

  it('puts words written before the first link at the start of its text, in the order written', () => {
    const { links, notes } = readLinks(project('<links>See\n<em>also</em> <url href="https://a.example/">the site</url></links>'), BASE);
    expect(links).toEqual([{ url: 'https://a.example/', text: 'See also the site' }]);
    expect(notes.map((n) => [n.line, n.message])).toEqual([
      [1, 'text "See" before a link in <links>; put at the start of that link\'s text'],
      [2, 'text "also" before a link in <links>; put at the start of that link\'s text'],
    ]);
  });

  it('hands back words with no link at all, with a warning', () => {
    const { links, unlinked, notes } = readLinks(project('<links>\n  none yet\n</links>'), BASE);
    expect(links).toEqual([]);
    expect(unlinked).toEqual([{ text: 'none yet', line: 2 }]);
    expect(notes).toEqual([{ severity: 'warning', line: 2, message: 'text "none yet" in <links> holds no link; kept in the body' }]);
  });

  it('drops a stray punctuation mark between links without a warning', () => {
    const { links, notes } = readLinks(project('<links><url href="https://a.example/1">One</url>.\n <url href="https://a.example/2">Two</url> ,;</links>'), BASE);
    expect(links.map((l) => l.text)).toEqual(['One', 'Two']);
    expect(notes).toEqual([]);
  });
});
