import { describe, expect, it } from 'vitest';
import { buildSubjects } from '../../lib/subjects';
import { isPlainWord } from '../../lib/subjects/plain-words';
import type { Entry } from '../../lib/model';
import { fixtureEntry } from '../search/fixture-kb';
import { filler, subjectCorpus, subjectCorpusProjects } from './fixture';

describe('isPlainWord', () => {
  const apart = (first: string, second: string) => `${first} ${second}` === 'web pages';
  it('takes dictionary words, their endings on a doubled consonant and words done again', () => {
    expect(isPlainWord('revamp')).toBe(true);
    expect(isPlainWord('pluggable')).toBe(true);
    expect(isPlainWord('reassembly')).toBe(true);
  });
  it('takes two words run together only where entries also write them apart', () => {
    expect(isPlainWord('webpages', apart)).toBe(true);
    expect(isPlainWord('webpages')).toBe(false);
    expect(isPlainWord('portmaster', apart)).toBe(false);
  });
  it('leaves made-up names alone', () => {
    expect(isPlainWord('quuxvisor', apart)).toBe(false);
  });
});

// One translation effort titles its work "... of the Webpages" year after year; two other efforts
// write of web pages and webpages in passing, in lower case.
const translator = { name: 'Ul Translate', email: 'ul@example.org' };
const translation = (year: number, title = 'Translation of the Webpages'): Entry =>
  fixtureEntry(`${year}-01-${year}-03/webpages-translation`, {
    title,
    contacts: [translator],
    body: `The webpages were put into Esperanto this quarter. ${filler('translation', 3)}\n\nThe webpages now build from one source.`,
  });
const passing = (year: number, who: string): Entry =>
  fixtureEntry(`${year}-04-${year}-06/${who}-notes`, {
    title: `${who} Notes`,
    contacts: [{ name: `${who} Writer`, email: `${who.toLowerCase()}@example.org` }],
    body: `${filler(who.toLowerCase(), 20)} Our web pages link to the webpages of the project.\n\n${filler(who.toLowerCase(), 20)}`,
  });

function build(extra: readonly Entry[]) {
  const entries = [...subjectCorpus(), ...extra];
  return buildSubjects(entries, subjectCorpusProjects(entries));
}

describe('a name of plain words one effort alone reports on', () => {
  const others = [passing(2011, 'Mirror'), passing(2013, 'Docs'), passing(2015, 'Cluster')];

  it('is that effort’s words for its work, no subject', () => {
    expect(build([translation(2010), translation(2011), translation(2012), ...others]).bySlug.has('webpages')).toBe(false);
  });

  it('is a subject when a title gives it on its own: the thing itself', () => {
    expect(build([translation(2010), translation(2011, 'The Webpages'), translation(2012), ...others]).bySlug.has('webpages')).toBe(true);
  });
});
