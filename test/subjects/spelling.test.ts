import { describe, expect, it } from 'vitest';
import { CorpusWords } from '../../lib/subjects/corpus-words';
import { spellingOf, spellingsOf } from '../../lib/subjects/detect';
import { fixtureEntry } from '../search/fixture-kb';

describe('how entries write a name', () => {
  it('reads the spelling from the prose, not from addresses and paths', () => {
    const entries = [
      fixtureEntry('2019-01-2019-03/mirrors', { title: 'Mirrors', body: 'The QFTP mirrors moved to ftp://qftp.example.org/pub and https://example.org/qftp/.\n\nQFTP now serves every release.' }),
      fixtureEntry('2020-01-2020-03/mirrors', { title: 'Mirrors', body: 'Fetch from qftp://mirror.example.org or see net/qftp.\n\nQFTP keeps working.' }),
    ];
    const corpus = new CorpusWords(entries, (e) => e.slug);
    expect(spellingOf('qftp', corpus.docs)).toBe('QFTP');
  });

  it('takes a title first, and a name with a one-letter part with or without its hyphen', () => {
    const entries = [
      fixtureEntry('2019-01-2019-03/port', { title: 'FreeBSD/QISC-V Port', body: 'The qiscv port boots.' }),
      fixtureEntry('2020-01-2020-03/port', { title: 'QISC-V Port', body: 'It has packages.' }),
      fixtureEntry('2021-01-2021-03/port', { title: 'QISCV Update', body: 'More packages.' }),
    ];
    const corpus = new CorpusWords(entries, (e) => e.slug);
    expect(spellingsOf('qiscv', corpus.docs)).toEqual([
      { spelling: 'QISC-V', count: 2 },
      { spelling: 'QISCV', count: 1 },
    ]);
  });
});
