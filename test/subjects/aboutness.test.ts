import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/model';
import { evidenceOf, standingOf, standings, type NameEvidence, type Standing } from '../../lib/subjects/aboutness';
import { CorpusWords } from '../../lib/subjects/corpus-words';
import { fixtureEntry } from '../search/fixture-kb';
import { filler } from './fixture';

const none: NameEvidence = { title: false, filed: false, share: 0, units: 0, mentions: 0, section: 0, lead: false, examples: 0 };

describe('standingOf', () => {
  it('puts an entry whose title, or whose project’s titles, name the subject on its timeline', () => {
    expect(standingOf({ ...none, title: true, mentions: 0 }, false)).toBe('core');
    expect(standingOf({ ...none, mentions: 1 }, true)).toBe('core');
  });

  it('counts a text about the subject: a quarter of it opening with the subject, or half of it', () => {
    expect(standingOf({ ...none, share: 0.3, mentions: 2, lead: true }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.3, mentions: 2, lead: false }, false)).toBe('mention');
    expect(standingOf({ ...none, share: 0.6, mentions: 2, lead: false }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.9, mentions: 1, lead: true }, false)).toBe('mention');
  });

  it('counts a quarter of the text naming the subject again and again, whatever the entry opens with', () => {
    expect(standingOf({ ...none, share: 0.3, mentions: 5, lead: false }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.3, mentions: 4, lead: false }, false)).toBe('mention');
    expect(standingOf({ ...none, share: 0.1, mentions: 9, lead: false }, false)).toBe('mention');
  });

  it('leaves an entry naming the subject mostly as an example of something else, whatever share of its text that is', () => {
    expect(standingOf({ ...none, share: 0.8, mentions: 2, lead: true, examples: 1 }, false)).toBe('mention');
    expect(standingOf({ ...none, share: 0.8, mentions: 3, lead: true, examples: 1 }, false)).toBe('core');
    // Its title naming it still makes it a report on it.
    expect(standingOf({ ...none, title: true, mentions: 2, examples: 2 }, false)).toBe('core');
  });

  it('counts a long section under a heading naming it, however long the entry', () => {
    expect(standingOf({ ...none, share: 0.05, mentions: 1, section: 200 }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.05, mentions: 1, section: 40 }, false)).toBe('mention');
  });
});

describe('standings', () => {
  // A runtime team reports each quarter; two of its eight entries are about "Quuxlang", the
  // others name it in a line. A toolkit effort is about it once in five.
  const runtime = (i: number, about: boolean): Entry =>
    fixtureEntry(`${2010 + i}-01-${2010 + i}-03/runtime-team`, {
      title: 'Runtime Team',
      body: about ? 'Quuxlang now builds on arm64.\n\nQuuxlang gained a faster collector.' : `${filler('runtime', 8)}\n\nQuuxlang was updated.\n\n${filler('runtime', 8)}`,
    });
  const toolkit = (i: number, about: boolean): Entry =>
    fixtureEntry(`${2010 + i}-04-${2010 + i}-06/widget-toolkit`, {
      title: 'Widget Toolkit',
      body: about ? 'Quuxlang bindings for the toolkit.\n\nQuuxlang examples were added.' : `${filler('widget', 8)}\n\nQuuxlang was used in a test.\n\n${filler('widget', 8)}`,
    });
  const entries = [...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => runtime(i, i < 2)), ...[0, 1, 2, 3, 4].map((i) => toolkit(i, i === 0))];
  const corpus = new CorpusWords(entries, (e) => e.slug);
  const found = standings(corpus, ['quuxlang'], () => false);
  const standingIn = (slug: string): Standing[] => entries.flatMap((e, i) => (e.slug === slug ? [found.get(i)!] : []));

  it('takes an effort’s passing mentions onto the timeline once it is about the subject in a quarter of them', () => {
    expect(standingIn('runtime-team')).toEqual(Array<Standing>(8).fill('core'));
  });

  it('leaves the passing mentions of an effort about it only once', () => {
    expect(standingIn('widget-toolkit')).toEqual(['core', 'mention', 'mention', 'mention', 'mention']);
  });
});

describe('an effort about a subject in nearly all its entries', () => {
  // A driver team reports each quarter on porting "Zorbwifi"; one quarter it writes of "the
  // wireless work" without the name. A network team names it in three entries of six.
  const driver = (i: number): Entry =>
    fixtureEntry(`${2010 + i}-01-${2010 + i}-03/driver-team`, {
      title: 'Wireless Driver Team',
      body: i === 3 ? 'The wireless work now scans all bands.\n\nFirmware loading is faster.' : 'Zorbwifi now associates with more networks.\n\nZorbwifi firmware was updated.',
    });
  const network = (i: number): Entry =>
    fixtureEntry(`${2010 + i}-04-${2010 + i}-06/network-team`, {
      title: 'Network Team',
      body: i < 3 ? 'Zorbwifi gained a new rate control.\n\nZorbwifi was tested on laptops.' : 'The routing table was rewritten.\n\nSockets got faster.',
    });
  const entries = [...[0, 1, 2, 3].map(driver), ...[0, 1, 2, 3, 4, 5].map(network)];
  const found = standings(new CorpusWords(entries, (e) => e.slug), ['zorbwifi'], () => false);
  const standingIn = (slug: string): (Standing | undefined)[] => entries.flatMap((e, i) => (e.slug === slug ? [found.get(i)] : []));

  it('takes the entry that does not name it onto the timeline too: three in four of them are on it', () => {
    expect(standingIn('driver-team')).toEqual(Array<Standing>(4).fill('core'));
    expect(found.byEffort.has(3)).toBe(true);
  });

  it('leaves the other entries of an effort that reports on it in half of them', () => {
    expect(standingIn('network-team')).toEqual(['core', 'core', 'core', undefined, undefined, undefined]);
  });
});

describe('evidenceOf', () => {
  it('counts the times a name is given as an example, however "e.g." is written', () => {
    // A storage tool, tried on two hypervisors among others: about the tool, not about Quuxvisor.
    const tool = fixtureEntry('2017-01-2017-03/disk-image-tool', {
      title: 'Disk Image Tool',
      body: 'The image tool now writes sparse files for hypervisors such as Quuxvisor and Blipvisor.\n\nIt was tried on a few guests (e.g. Quuxvisor ones) with good results.',
    });
    const one = new CorpusWords([tool], (e) => e.slug);
    const evidence = evidenceOf(one.docs[0]!, ['quuxvisor']);
    expect(evidence).toMatchObject({ mentions: 2, examples: 2, lead: true });
    expect(evidence.share).toBeGreaterThan(0.5);
    expect(standingOf(evidence, false)).toBe('mention');
  });

  // "Zorp Layout Shufflage" is named once; its word "shufflage" is a key of the subject too.
  const entry = fixtureEntry('2015-01-2015-03/heap-work', {
    title: 'Heap Work',
    body: `The Zorp Layout Shufflage code moved.\n\n${filler('heap', 10)}\n\nShufflage of stacks is next.`,
  });
  const corpus = new CorpusWords([entry], (e) => e.slug);

  it('counts a name once where a longer and a shorter key both match it', () => {
    const evidence = evidenceOf(corpus.docs[0]!, ['zorp layout shufflage', 'shufflage']);
    expect(evidence.mentions).toBe(2);
    expect(evidence.units).toBe(2);
  });

  it('brings no entry by a partial key alone, but counts it where another key brings the entry', () => {
    const other = fixtureEntry('2016-01-2016-03/stack-work', { title: 'Stack Work', body: 'Shufflage of stacks landed.' });
    const both = new CorpusWords([entry, other], (e) => e.slug);
    const found = standings(both, ['zorp layout shufflage', 'shufflage'], () => false, new Set(['shufflage']));
    expect([...found.keys()]).toEqual([0]);
    expect(found.get(0)).toBe('mention');
  });
});

describe('the file name an entry was filed under', () => {
  // A team's quarterly report titled after the wider effort, filed under the driver it works on.
  const body = `${filler('radio', 10)}\n\nThe zapdrv driver now passes the new tests.\n\n${filler('radio', 10)}`;
  const filed = (format: 'adoc' | 'markdown'): Entry => ({
    ...fixtureEntry('2021-01-2021-03/zapdrv', { title: 'Radio Cards Update', body }),
    source: { format, file: format === 'adoc' ? 'adoc/report-2021-01-2021-03/zapdrv.adoc' : '2021-01-2021-03/zapdrv.md' },
  });

  it('counts as a title: a report filed under the subject’s name is about it, though its text names it once', () => {
    const corpus = new CorpusWords([filed('adoc')], (e) => e.slug);
    const evidence = evidenceOf(corpus.docs[0]!, ['zapdrv']);
    expect(evidence).toMatchObject({ title: false, filed: true, mentions: 1 });
    expect(standingOf(evidence, false)).toBe('core');
  });

  it('brings an entry whose text never names the subject: its author filed it under the name', () => {
    const silent = (format: 'adoc' | 'markdown'): Entry => ({
      ...fixtureEntry('2022-01-2022-03/zapdrv-firmware', { title: 'Radio Cards Update', body: `${filler('radio', 10)}\n\nThe firmware loader is faster.` }),
      source: { format, file: format === 'adoc' ? 'adoc/report-2022-01-2022-03/zapdrv-firmware.adoc' : '2022-01-2022-03/zapdrv-firmware.md' },
    });
    const found = (format: 'adoc' | 'markdown'): Standing | undefined => standings(new CorpusWords([silent(format)], (e) => e.slug), ['zapdrv'], () => false).get(0);
    expect(found('adoc')).toBe('core');
    expect(found('markdown')).toBeUndefined();
  });

  it('is only read where authors name their files: a slug made from another format’s title says nothing', () => {
    const corpus = new CorpusWords([filed('markdown')], (e) => e.slug);
    const evidence = evidenceOf(corpus.docs[0]!, ['zapdrv']);
    expect(evidence.filed).toBe(false);
    expect(standingOf(evidence, false)).toBe('mention');
  });
});

describe('Standings.byEffort', () => {
  it('records the entries an effort carries onto the timeline, not those its text puts there', () => {
    const team = (i: number, about: boolean): Entry =>
      fixtureEntry(`${2010 + i}-01-${2010 + i}-03/runtime-team`, {
        title: 'Runtime Team',
        body: about ? 'Quuxlang now builds on arm64.\n\nQuuxlang gained a faster collector.' : `${filler('runtime', 8)}\n\nQuuxlang was updated.\n\n${filler('runtime', 8)}`,
      });
    const corpus = new CorpusWords([0, 1, 2, 3].map((i) => team(i, i < 2)), (e) => e.slug);
    const found = standings(corpus, ['quuxlang'], () => false);
    expect([...found.values()]).toEqual(Array<Standing>(4).fill('core'));
    expect([...found.byEffort].sort()).toEqual([2, 3]);
  });
});
