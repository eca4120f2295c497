import { describe, expect, it } from 'vitest';
import { inPersonalSpace, linkKey } from '../../lib/projects/link-key';
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
