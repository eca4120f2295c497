import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search';
import { AliasTable } from '../../lib/search/vocabulary/aliases';
import { Compounds } from '../../lib/search/vocabulary/compounds';
import { Stems } from '../../lib/search/vocabulary/stems';
import { Vocabulary } from '../../lib/search/vocabulary/vocabulary';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const Q1 = '2019-01-2019-03';
const Q2 = '2020-01-2020-03';
const Q3 = '2021-01-2021-03';
const filler = 'Work went on through the quarter and more is planned.';

const entries = [
  // The corpus defines an acronym once; other entries write only one of its names.
  fixtureEntry(`${Q1}/widget-storage`, { title: 'Widget Storage', body: `The Frobnicating Widget Storage (FWS) keeps widgets. ${filler}` }),
  fixtureEntry(`${Q2}/fws-update`, { title: 'Storage Update', body: `FWS now mirrors over the network. ${filler}` }),
  fixtureEntry(`${Q3}/long-name`, { title: 'Replication', body: `Frobnicating widget storage replicates between hosts. ${filler}` }),
  fixtureEntry(`${Q3}/unrelated`, { title: 'Widgets', body: `Widgets are drawn faster. ${filler}` }),
  // A compound written as one word, as two, and inside an address.
  fixtureEntry(`${Q1}/quuxbusting`, { title: 'QuuxBusting Team', body: `Quuxes were closed by the dozen. ${filler}` }),
  fixtureEntry(`${Q2}/quux-busting`, { title: 'Closing Quuxes', body: `A weekend of quux busting closed many. ${filler}` }),
  fixtureEntry(`${Q3}/mail`, { title: 'Release Notes', body: `Write to quux-team@ with questions. ${filler} ${filler}` }),
  fixtureEntry(`${Q3}/team`, { title: 'Meetings', body: `The quux team meets weekly. ${filler}` }),
  fixtureEntry(`${Q1}/openzorp`, { title: 'Filesystems', body: `OpenZorp, an open file system, was imported. ${filler}` }),
  fixtureEntry(`${Q2}/zapfrob`, { title: 'Daemons', body: `The zapfrob daemon starts at boot. ${filler}` }),
  // A reader's word and the writers' endings of it.
  fixtureEntry(`${Q2}/trail`, { title: 'Event Trails', body: `Every login is audited; the audit trail is kept. ${filler}` }),
  // Enough other entries that a name in three of them is not a common word.
  ...Array.from({ length: 12 }, (_, i) => fixtureEntry(`${Q2}/note-${i}`, { title: `Note ${i}`, body: `${filler} ${i % 2 ? 'A quux was filed.' : 'The team met.'}` })),
];

const engine = createSearchEngine(fixtureKb(entries));
const ids = (text: string): string[] => engine.search({ text, limit: 10, offset: 0 }).results.map((r) => r.id);

describe('aliases the corpus defines', () => {
  it('find the long name for the short one, and the short one for the long', () => {
    expect(ids('fws')).toEqual(expect.arrayContaining([`${Q1}/widget-storage`, `${Q2}/fws-update`, `${Q3}/long-name`]));
    expect(ids('fws')).not.toContain(`${Q3}/unrelated`);
    expect(ids('frobnicating widget storage').slice(0, 3).sort()).toEqual([`${Q1}/widget-storage`, `${Q2}/fws-update`, `${Q3}/long-name`]);
  });

  it('are a man page’s too: fws(4) finds what fws finds', () => {
    expect(ids('fws(4)').sort()).toEqual(ids('fws').sort());
  });

  it('need the long name as a phrase, not its words anywhere', () => {
    const table = new AliasTable([['FWS', 'Frobnicating Widget Storage']], new Vocabulary(['frobnicating', 'fws', 'storage', 'widget'], Uint32Array.of(1, 1, 1, 1)), 10);
    expect(table.spansOf(['fws'])).toEqual([{ start: 0, end: 1, others: [{ termIds: [0, 3, 2], phrase: ' frobnicating widget storage ' }] }]);
    expect(table.spansOf(['the', 'frobnicating', 'widget', 'storage'])).toMatchObject([{ start: 1, end: 4, others: [{ termIds: [1] }] }]);
    expect(table.spansOf(['frobnicating', 'storage'])).toEqual([]);
  });

  it('are not chained: two long names of one acronym are not each other', () => {
    const vocabulary = new Vocabulary(['machine', 'memory', 'virtual', 'vm'], Uint32Array.of(1, 1, 2, 2));
    const table = new AliasTable([['VM', 'virtual memory'], ['VM', 'virtual machine']], vocabulary, 10);
    expect(table.spansOf(['vm'])[0]?.others).toHaveLength(2);
    expect(table.spansOf(['virtual', 'memory']).flatMap((s) => s.others)).toEqual([{ termIds: [3] }]);
  });

  it('leave out a name nearly every row holds', () => {
    const vocabulary = new Vocabulary(['dom0', 'host'], Uint32Array.of(1, 9));
    expect(new AliasTable([['Dom0', 'host']], vocabulary, 10).spansOf(['dom0'])).toEqual([]);
  });
});

describe('compounds', () => {
  it('read two words as the one term the corpus also writes, and one word as two', () => {
    expect(ids('quux busting').slice(0, 2).sort()).toEqual([`${Q1}/quuxbusting`, `${Q2}/quux-busting`]);
    expect(ids('quuxbusting').slice(0, 2).sort()).toEqual([`${Q1}/quuxbusting`, `${Q2}/quux-busting`]);
  });

  it('find the compounds that end in a word, as the word', () => {
    expect(ids('zorp')).toContain(`${Q1}/openzorp`);
    const vocabulary = new Vocabulary(['boot', 'bootloader', 'downloader', 'load', 'loader', 'open', 'openzfs', 'zfs'], Uint32Array.of(9, 4, 1, 5, 6, 8, 3, 7));
    const compounds = new Compounds(vocabulary);
    expect(compounds.endingIn('loader').map((i) => vocabulary.terms[i])).toEqual(['bootloader']);
    expect(compounds.endingIn('zfs').map((i) => vocabulary.terms[i])).toEqual(['openzfs']);
  });

  it('take no word of the dictionary, nor a compound written more often than the word, for a use of it', () => {
    // ULE, the scheduler: "schedule" and "module" are words of their own; "sysctl" outnumbers CTL.
    const terms = ['ctl', 'mod', 'module', 'sched', 'schedule', 'sys', 'sysctl', 'ule'];
    const vocabulary = new Vocabulary(terms, Uint32Array.of(15, 4, 300, 20, 250, 40, 150, 6));
    const compounds = new Compounds(vocabulary);
    expect(compounds.endingIn('ule')).toEqual([]);
    expect(compounds.endingIn('ctl')).toEqual([]);
    const rare = new Vocabulary(terms, Uint32Array.of(200, 4, 300, 20, 250, 40, 150, 6));
    expect(new Compounds(rare).endingIn('ctl').map((i) => rare.terms[i])).toEqual(['sysctl']);
  });

  it('read two words as a term that clips them', () => {
    expect(ids('zap frobnicator')[0]).toBe(`${Q2}/zapfrob`);
  });

  it('score a compound as the words it joins, not by the rarity of an address', () => {
    const found = ids('quux team');
    expect(found.indexOf(`${Q3}/team`)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(`${Q3}/team`)).toBeLessThan(found.indexOf(`${Q3}/mail`));
  });
});

describe('stems', () => {
  it('find the other endings of a word, below the word as typed', () => {
    expect(ids('auditing')).toEqual([`${Q2}/trail`]);
    const stems = new Stems(new Vocabulary(['audit', 'audited', 'auditing', 'audits', 'ufs', 'ufsid'], Uint32Array.of(5, 2, 1, 3, 4, 1)));
    expect(stems.variantsOf('auditing')).toEqual([0, 3, 1]);
    expect(stems.variantsOf('ufs')).toEqual([]);
  });

  it('leave out a word of the same stem but another meaning', () => {
    const stems = new Stems(new Vocabulary(['virtual', 'virtualization', 'virtualized'], Uint32Array.of(9, 3, 2)));
    expect(stems.variantsOf('virtualization')).toEqual([2]);
  });
});
