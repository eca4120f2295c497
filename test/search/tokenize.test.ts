import { describe, expect, it } from 'vitest';
import { foldText, normalizeForPhrase, tokenize, tokenizeGroups } from '../../lib/search/tokenize';

describe('tokenize keeps identifiers whole as well as split', () => {
  it.each([
    ['SR-IOV', ['sr-iov', 'sr', 'iov', 'sriov']],
    // A man page's section is no word of it: "FreeBSD 8" is not about bsdconfig(8).
    ['ixgbe(4)', ['ixgbe(4)', 'ixgbe']],
    ['sysutils/vmstated', ['sysutils/vmstated', 'sysutils', 'vmstated']],
    ['D12345', ['d12345']],
    ['vm_map', ['vm_map', 'vm', 'map', 'vmmap']],
    // A man page whose name is an identifier also gives that name, as entries write it without the section.
    ['snd_hda(4)', ['snd_hda(4)', 'snd', 'hda', 'snd_hda', 'sndhda']],
    // So does a port origin or a platform, after its slash.
    ['sysutils/vm-bhyve', ['sysutils/vm-bhyve', 'sysutils', 'vm', 'bhyve', 'vm-bhyve', 'vmbhyve']],
    ['FreeBSD/RISC-V', ['freebsd/risc-v', 'freebsd', 'risc', 'v', 'risc-v', 'riscv']],
    // C++ is not C: its "++" stays, alone and as a part.
    ['C++', ['c++']],
    ['libc++', ['libc++']],
    ['C/C++', ['c/c++', 'c', 'c++']],
    // A number after a dot is no number of its own: a release's major is, its minor, a fraction or an amendment is not.
    ['10.0-RELEASE', ['10.0-release', '10', '10.0', 'release']],
    ['802.11', ['802.11', '802']],
    ['802.11ac', ['802.11ac', '802', '11ac']],
    ['XFCE 4.14', ['xfce', '4.14', '4']],
    ['13.2.1-p3', ['13.2.1-p3', '13', '13.2', '13.2.1', 'p3']],
    ['OpenSSL 3.0.9', ['openssl', '3.0.9', '3', '3.0']],
    ['stable/11', ['stable/11', 'stable', '11']],
    ['Jürgen', ['jurgen']],
  ])('%s', (text, terms) => {
    expect(tokenize(text)).toEqual(terms);
  });

  it('leaves trailing punctuation out of an identifier', () => {
    expect(tokenize('Install sysutils/vmstated.')).toEqual(['install', 'sysutils/vmstated', 'sysutils', 'vmstated']);
    expect(tokenize('(see ixgbe(4)),')).toEqual(['see', 'ixgbe(4)', 'ixgbe']);
  });

  it('gives each word its offsets in the original text', () => {
    const [group] = tokenizeGroups('  Über SR-IOV');
    expect(group).toMatchObject({ term: 'uber', start: 2, end: 6 });
    expect(tokenizeGroups('  Über SR-IOV')[1]).toMatchObject({ term: 'sr-iov', start: 7, end: 13 });
  });

  it('keeps only the parts of a run too long to be an identifier', () => {
    const url = 'https://example.org/a/very/long/path/that/nobody/types';
    expect(tokenize(url)).toEqual(['https', 'example', 'org', 'a', 'very', 'long', 'path', 'that', 'nobody', 'types']);
  });

  it('finds nothing in punctuation, markup or regular-expression metacharacters', () => {
    expect(tokenize('?!.,;:()[]{}*+^$|\\')).toEqual([]);
    expect(tokenize('<script>alert(1)</script>')).toEqual(['script', 'alert(1)', 'alert', 'script']);
  });
});

describe('foldText', () => {
  it('lowercases and strips accents without changing the length', () => {
    for (const text of ['Łódź Žlutý kůň', 'İstanbul', 'MAÑANA', 'e\u0301', '😀 x']) {
      expect(foldText(text)).toHaveLength(text.length);
    }
    expect(foldText('MAÑANA Café')).toBe('manana cafe');
  });

  it('folds letters whose mark is part of the letter, as people type them', () => {
    expect(foldText('Dag-Erling Smørgrav, Napierała, Đorđe')).toBe('dag-erling smorgrav, napierala, dorde');
    expect(tokenize('SMØRGRAV')).toEqual(['smorgrav']);
  });
});

describe('normalizeForPhrase', () => {
  it('reduces text to its plain words between single spaces', () => {
    expect(normalizeForPhrase('Network-Stack  Virtualization!')).toBe(' network stack virtualization ');
  });
});
