import { describe, expect, it } from 'vitest';
import { driverOfLink, findAcronymDefinitions, findParentheticals, longFormOf, mineAliases } from '../../lib/aliases';
import { fixtureEntry } from '../search/fixture-kb';

describe('longFormOf (Schwartz–Hearst)', () => {
  it.each([
    ['SR-IOV', 'the new Single Root I/O Virtualization', 'Single Root I/O Virtualization'],
    ['GSoC', 'students of the Google Summer of Code', 'Google Summer of Code'],
    ['HAST', 'we added Highly Available Storage', 'Highly Available Storage'],
  ])('%s in "%s"', (short, text, long) => expect(longFormOf(short, text)).toBe(long));

  it('finds nothing when the letters are not there in order', () => expect(longFormOf('XYZ', 'a quiet frob driver')).toBeUndefined());
});

describe('findAcronymDefinitions', () => {
  it('reads "long form (SF)" and "SF (long form)"', () => {
    expect(findAcronymDefinitions('We ported the Frob Network Adapter (FNA) driver. Later, WQX (Widget Queue Exchange) landed.')).toEqual([
      ['FNA', 'Frob Network Adapter'],
      ['WQX', 'Widget Queue Exchange'],
    ]);
  });

  it('refuses a long form that starts a sentence tail or holds a URL', () => {
    expect(findAcronymDefinitions('It runs on ARM and Marvell boards (AMB).')).toEqual([]);
    expect(findAcronymDefinitions('See http www.example.org/wiki (HEW).')).toEqual([]);
  });
});

describe('findParentheticals', () => {
  it('marks "aka", "formerly" and "or" between names as one thing, not between ordinary words', () => {
    expect(findParentheticals('Frob64 (or Widget64) boards, Quux (formerly Zork), possible (or desirable), 7.x (or 8.0)')).toEqual([
      { outside: 'Frob64', inside: 'Widget64', marked: true },
      { outside: 'Quux', inside: 'Zork', marked: true },
      { outside: 'possible', inside: 'desirable', marked: false },
    ]);
  });
});

describe('driverOfLink', () => {
  it('ties one man page in a link text to the driver directory of its URL', () => {
    expect(driverOfLink('fx(4) changes', 'https://git.example.org/src/log/sys/dev/frobx?range=1')).toEqual(['fx', 'frobx']);
    expect(driverOfLink('fa(4)/fb(4) changes', 'https://git.example.org/src/log/sys/dev/frob')).toBeUndefined();
    expect(driverOfLink('frobx(4) changes', 'https://git.example.org/src/log/sys/dev/frobx')).toBeUndefined();
  });
});

describe('mineAliases', () => {
  const entries = [
    fixtureEntry('2014-01-2014-03/a', { body: 'Support for Frob Network Adapters (FNA) and Frob64 (Widget64) boards.' }),
    fixtureEntry('2015-01-2015-03/b', { body: 'The Widget64 (Frob64) port and [fx(4) fixes](https://git.example.org/log/sys/dev/frobx).' }),
    fixtureEntry('2016-01-2016-03/c', { body: 'The Quux (Zork) tool, and Frob Network Adapters (FNA) again.' }),
  ];

  it('keeps acronyms, names given both ways round, and driver links, each with its evidence', () => {
    const pairs = mineAliases(entries).map((p) => [p.evidence, p.short, p.long, p.count, p.entryIds.length]);
    expect(pairs).toEqual([
      ['acronym', 'FNA', 'Frob Network Adapters', 2, 2],
      ['parenthetical', 'Frob64', 'Widget64', 1, 1],
      ['driver', 'fx', 'frobx', 1, 1],
      ['parenthetical', 'Widget64', 'Frob64', 1, 1],
    ]);
  });

  it('drops a name given in parentheses only one way round, unmarked', () => {
    expect(mineAliases(entries).some((p) => p.short === 'Quux')).toBe(false);
  });

  it('does not depend on the order of the entries', () => {
    expect(mineAliases([...entries].reverse())).toEqual(mineAliases(entries));
  });
});
