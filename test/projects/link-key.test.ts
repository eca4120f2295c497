import { describe, expect, it } from 'vitest';
import { citedUrls, inPersonalSpace, linkKey, unescapeMarkdown, urlsInMarkdown, urlsInText } from '../../lib/projects/link-key';
import { makeEntry } from './make-entry';
import { wikiPageName } from '../../lib/projects/people';

describe('wikiPageName', () => {
  it('runs a full name together as a wiki names a person, without accents or remarks', () => {
    expect(wikiPageName('Ada Example')).toBe('adaexample');
    expect(wikiPageName('Zoë Van Example (docs)')).toBe('zoevanexample');
  });

  it('gives nothing for one word, which may name a project or a team', () => {
    expect(wikiPageName('Gadgeteers')).toBeUndefined();
  });
});

describe('inPersonalSpace', () => {
  const names = ['adaexample'];
  const key = (url: string): string => linkKey(url)!;

  it('takes a page under the person\'s name, and the page of their name itself', () => {
    expect(inPersonalSpace(key('https://wiki.example.org/AdaExample/RadioNotes'), names)).toBe(true);
    expect(inPersonalSpace(key('https://wiki.example.org/AdaExample'), names)).toBe(true);
  });

  it('leaves a topic page, another person\'s space and a forge repository alone', () => {
    expect(inPersonalSpace(key('https://wiki.example.org/RadioNotes/AdaExample'), names)).toBe(false);
    expect(inPersonalSpace(key('https://wiki.example.org/BobExample/RadioNotes'), names)).toBe(false);
    expect(inPersonalSpace(key('https://github.com/adaexample/radio'), names)).toBe(false);
  });
});

describe('urlsInMarkdown', () => {
  // As the import writes a bare address: its scheme escaped so it stays text, `_`, `&`, `~` and `.` escaped inside it.
  const text = 'Builds at https\\://ci.example.org/job/gizmo\\_nightly/ and notes at http\\://www\\.example.net/\\~pia/notes.html.\n' +
    'Open reports: https://bugs.example.org/list.cgi?product=Gizmo\\&status=open';

  it('reads the escapes as Markdown does, so each address is the one a reader follows', () => {
    expect(urlsInMarkdown(text)).toEqual([
      'https://ci.example.org/job/gizmo_nightly/',
      'http://www.example.net/~pia/notes.html',
      'https://bugs.example.org/list.cgi?product=Gizmo&status=open',
    ]);
    // Read as written, two are no address at all and the third names another query.
    expect(urlsInText(text)).toEqual(['https://bugs.example.org/list.cgi?product=Gizmo\\&status=open']);
  });

  it('keeps a text without escapes, and a backslash before a letter, as they are', () => {
    expect(unescapeMarkdown('C:\\new https://example.org/a_b')).toBe('C:\\new https://example.org/a_b');
  });

  it('gives threading the same link key for an escaped address in the text as for the link itself', () => {
    const linked = makeEntry('2031-01-2031-03', 'a', { links: [{ url: 'https://wiki.example.org/Gizmo_Farm', text: 'wiki' }] });
    const written = makeEntry('2031-04-2031-06', 'b', { body: 'See https\\://wiki.example.org/Gizmo\\_Farm for the schedule.' });
    expect(citedUrls(written).map(linkKey)).toEqual(citedUrls(linked).map(linkKey));
  });
});
