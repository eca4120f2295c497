import { describe, expect, it } from 'vitest';
import { Speller } from '../../lib/search/vocabulary/spell';
import { maxEditsFor, osaDistance } from '../../lib/words';
import { Vocabulary } from '../../lib/search/vocabulary/vocabulary';

function vocabulary(frequencies: Record<string, number>): Vocabulary {
  const terms = Object.keys(frequencies).sort();
  return new Vocabulary(terms, Uint32Array.from(terms, (t) => frequencies[t] ?? 0));
}

describe('osaDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it.each([
    ['bhyve', 'bhyve', 0],
    ['bhyev', 'bhyve', 1], // a swap of two letters is one edit
    ['linuxolator', 'linuxulator', 1],
    ['capsicm', 'capsicum', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // optimal string alignment does not edit a substring twice
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('stops early above the bound', () => {
    expect(osaDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('Speller', () => {
  const speller = new Speller(
    vocabulary({ bhyve: 40, bhyveload: 3, linuxulator: 38, linuxolator: 4, capsicum: 12, ports: 900, port: 800, enlightenment: 1, english: 30, zfs: 160, fsz: 2 }),
  );

  it('corrects a transposition', () => {
    expect(speller.suggest('bhyev')?.term).toBe('bhyve');
  });

  it('corrects within two edits for long words', () => {
    expect(speller.suggest('capsicm')?.term).toBe('capsicum');
    expect(speller.suggest('linuxxulatr')?.term).toBe('linuxulator');
  });

  it('puts back two missing letters, which deletions of the terms alone cannot find', () => {
    expect(speller.suggest('enlightment')?.term).toBe('enlightenment');
    expect(speller.suggest('enlightment')?.distance).toBe(2);
  });

  it('prefers the more frequent of two equally near terms', () => {
    expect(speller.suggest('linuxalator')?.term).toBe('linuxulator');
  });

  it('honours a minimum frequency', () => {
    expect(speller.suggest('linuxolator', 10)?.term).toBe('linuxulator');
  });

  it('corrects a three-letter word by a swap of two neighbouring letters only, to the more frequent', () => {
    expect(speller.suggest('zsf')).toEqual({ term: 'zfs', distance: 1, frequency: 160 });
    expect(speller.suggest('fzs')).toEqual({ term: 'zfs', distance: 1, frequency: 160 });
    expect(speller.suggest('zfz')).toBeUndefined();
  });

  it("corrects a name with a number without changing the number's digits, and never to or from a word without one", () => {
    const named = new Speller(vocabulary({ amd64: 300, arm64: 200, amd32: 900, i386: 250, ext4: 9, ext2: 30, r12346: 2, amd: 40, aarch: 3 }));
    expect(named.suggest('am64')?.term).toBe('amd64');
    expect(named.suggest('amd46')?.term).toBe('amd64');
    expect(named.suggest('arn64')?.term).toBe('arm64');
    expect(named.suggest('i368')?.term).toBe('i386');
    expect(named.suggest('eext4')?.term).toBe('ext4');
    // Another number is another thing: ext3 is no misspelling of ext2 nor ext4.
    expect(named.suggest('ext3')).toBeUndefined();
    // Reordered beyond one slip of two neighbouring digits, a number is another number.
    const versions = new Speller(vocabulary({ python312: 40 }));
    expect(versions.suggest('python231')).toBeUndefined();
    expect(versions.suggest('python213')).toBeUndefined();
    expect(versions.suggest('python132')?.term).toBe('python312');
    expect(named.suggest('r12345')).toBeUndefined();
    expect(named.suggest('amdd')?.term).toBe('amd');
    expect(named.suggest('aarch6')).toBeUndefined();
  });

  it('leaves short words, numbers and identifiers alone', () => {
    expect(maxEditsFor(3)).toBe(0);
    expect(speller.suggest('prt')).toBeUndefined();
    expect(speller.suggest('r12345')).toBeUndefined();
    expect(speller.suggest('sr-iov')).toBeUndefined();
  });
});
