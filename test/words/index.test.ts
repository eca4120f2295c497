import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../lib/words';

describe('isCommonWord', () => {
  it('holds the words of a mid-sized English dictionary, in both spellings', () => {
    for (const word of ['address', 'library', 'jail', 'graphics', 'colour', 'color']) expect(isCommonWord(word)).toBe(true);
  });

  it('holds the words made of them by common endings', () => {
    for (const word of ['upstreaming', 'scalability', 'synchronisation', 'jails']) expect(isCommonWord(word)).toBe(true);
  });

  it('does not hold the names of FreeBSD things', () => {
    for (const word of ['netmap', 'bhyve', 'zfs', 'capsicum', 'freebsd', 'libstdc']) expect(isCommonWord(word)).toBe(false);
  });
});
