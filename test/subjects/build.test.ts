import { describe, expect, it } from 'vitest';
import { buildSubjects, parseSubjectCorrections } from '../../lib/subjects';
import { slugify, type Entry, type SubjectIndex } from '../../lib/model';
import { fixtureEntry } from '../search/fixture-kb';
import { filler, subjectCorpus, subjectCorpusProjects } from './fixture';

const entries = subjectCorpus();
const projects = subjectCorpusProjects(entries);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const build = (yaml?: string, ledger?: Record<string, string[]>) =>
  buildSubjects(entries, projects, { corrections: yaml === undefined ? undefined : parseSubjectCorrections(yaml, 'subjects.yml'), ledger });

describe('buildSubjects', () => {
  const index = build();
  const quux = index.bySlug.get('quuxvisor');

  it('finds a subject its efforts name in their titles, with a lane per project', () => {
    expect(quux?.title).toBe('Quuxvisor');
    expect(quux?.projects).toHaveLength(4);
    expect(ids(quux!.entries)).toEqual([
      '2010-01-2010-03/quuxvisor',
      '2011-01-2011-03/quuxvisor',
      '2012-01-2012-03/quuxvisor',
      '2013-01-2013-03/quuxvisor-live-migration',
      '2014-01-2014-03/quuxvisor-live-migration',
      '2014-07-2014-09/cloud-platform',
      '2015-01-2015-03/quuxvisormgr',
      '2016-01-2016-03/quuxvisormgr',
    ]);
  });

  it('counts a compound named after it when its entries name it too, and a section of its own', () => {
    expect(quux?.aliases).toContain('quuxvisormgr');
    expect(ids(quux!.entries)).toContain('2014-07-2014-09/cloud-platform');
  });

  it('lists an entry naming it in passing as a mention, not on the timeline', () => {
    expect(ids(quux!.mentions)).toEqual(['2012-07-2012-09/widget-toolkit']);
  });

  it('knows a driver by the other name its man page links establish', () => {
    const frob = index.bySlug.get('frobnet');
    expect(frob?.aliases).toContain('fx');
    expect(ids(frob!.entries)).toEqual(['2013-07-2013-09/frobnet-driver', '2014-07-2014-09/frobnet-driver']);
    expect(ids(frob!.mentions)).toEqual(['2014-07-2014-09/cloud-platform', '2015-07-2015-09/network-notes']);
  });

  it("finds no subject in a port's category, however many efforts' titles cite ports of it", () => {
    const porters = [2011, 2013, 2015, 2017].map((year, i) =>
      fixtureEntry(`${year}-01-${year}-03/port-${i}`, {
        title: `sysutils/quux${i}tool update`,
        contacts: [{ name: `Porter ${i}`, email: `porter${i}@example.org` }],
        body: `The sysutils/quux${i}tool port was updated. It now builds with sysutils/quuxlib.`,
      }),
    );
    const withPorts = [...entries, ...porters];
    const found = buildSubjects(withPorts, subjectCorpusProjects(withPorts));
    expect(found.bySlug.has('sysutils')).toBe(false);
    expect(found.byName.has('sysutils')).toBe(false);
  });

  it('takes a common word for a name when efforts title it and entries cite its manual page', () => {
    // "cage" is an ordinary word most entries write in passing; three efforts title it, and
    // entries cite cage(8) as the tool: it names a subject, as jail(8) does.
    const cages = (cited: number) => {
      const titled = ['Cage Resource Limits', 'Multi-address Cage Support', 'Service Cage Tooling'].map((title, i) =>
        fixtureEntry(`${2011 + 2 * i}-01-${2011 + 2 * i}-03/cage-${i}`, {
          title,
          contacts: [{ name: `Keeper ${i}`, email: `keeper${i}@example.org` }],
          body: `Work on the cage continued. Each cage now ${['limits memory', 'holds several addresses', 'runs one service'][i]}; the cage tooling was updated for it.`,
        }),
      );
      const passing = Array.from({ length: 16 }, (_, i) =>
        fixtureEntry(`${2010 + (i % 8)}-04-${2010 + (i % 8)}-06/note-${i}`, {
          title: `Unrelated work ${i}`,
          contacts: [{ name: `Writer ${i}`, email: `writer${i}@example.org` }],
          body: `Testing ran in a cage${i < cited ? ', set up with cage(8)' : ''}, among many other things this quarter.`,
        }),
      );
      const all = [...entries, ...titled, ...passing];
      return buildSubjects(all, subjectCorpusProjects(all));
    };
    expect(cages(5).bySlug.get('cage')?.entries.length).toBeGreaterThanOrEqual(3);
    expect(cages(2).bySlug.has('cage')).toBe(false);
  });

  it('takes two subjects for one when a name of one ends with the other and their timelines are mostly the same entries', () => {
    const who = (name: string) => [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }];
    // "Summer of Fun" and GSoF, the "Grand Summer of Fun": one programme under two names.
    const fun = [
      fixtureEntry('2010-01-2010-03/summer-of-fun', { title: 'Summer of Fun 2010', contacts: who('Ann Fun'), body: 'The Grand Summer of Fun (GSoF) funded five students.' }),
      fixtureEntry('2011-01-2011-03/summer-of-fun', { title: 'Summer of Fun 2011', contacts: who('Ann Fun'), body: 'GSoF students finished their work. The Summer of Fun went well.' }),
      fixtureEntry('2012-01-2012-03/grand-summer-of-fun', { title: 'Grand Summer of Fun 2012', contacts: who('Ben Fun'), body: 'Summer of Fun students: the GSoF projects are listed.' }),
      fixtureEntry('2013-01-2013-03/gsof', { title: 'GSoF 2013', contacts: who('Cai Fun'), body: 'GSoF again: the Summer of Fun had six students.' }),
      fixtureEntry('2014-01-2014-03/gsof', { title: 'GSoF 2014 Projects', contacts: who('Dot Fun'), body: 'The GSoF projects of the Summer of Fun.' }),
      fixtureEntry('2015-01-2015-03/timer-fixes', { title: 'Timer Fixes', contacts: who('Eli Time'), body: `${filler('timer', 12)} A Summer of Fun student helped.` }),
      fixtureEntry('2016-01-2016-03/port-work', { title: 'Port Work', contacts: who('Fay Port'), body: `${filler('port', 12)} Work from GSoF was merged.` }),
    ];
    const all = [...entries, ...fun];
    const found = buildSubjects(all, subjectCorpusProjects(all));
    const subject = found.byName.get('summer of fun');
    expect(subject?.slug).toBe('summer-of-fun');
    expect(found.byName.get('gsof')).toBe(subject);
    expect(subject?.aliases).toEqual(expect.arrayContaining(['GSoF', 'Grand Summer of Fun']));
    expect(found.bySlug.has('gsof')).toBe(false);
  });

  it('takes two subjects of unrelated names for one when nearly all their entries are the same', () => {
    // A sound driver known by its chip ("Zorbsound") and its kernel module ("klangwerk"): every
    // effort reporting on one reports on the other.
    const sound = ['Ann Tone', 'Ben Tone', 'Cai Tone'].flatMap((name, effort) =>
      [0, 1].map((n) => {
        const year = 2010 + 2 * effort + n;
        const title = ['Zorbsound Driver', 'Klangwerk Mixer', 'Zorbsound and Klangwerk'][effort]!;
        return fixtureEntry(`${year}-01-${year}-03/${slugify(title)}`, {
          title,
          contacts: [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }],
          body: 'Zorbsound cards now play through Klangwerk. The Klangwerk module drives every Zorbsound chip.\n\nZorbsound recording works in Klangwerk too.',
        });
      }),
    );
    const all = [...entries, ...sound];
    const found = buildSubjects(all, subjectCorpusProjects(all));
    const subject = found.byName.get('zorbsound');
    expect(subject?.entries).toHaveLength(6);
    expect(found.byName.get('klangwerk')).toBe(subject);
    // Under the name more titles give; the address the other would have had leads to it.
    expect(subject?.slug).toBe('klangwerk');
    expect(found.bySlug.has('zorbsound')).toBe(false);
    expect(found.redirects.get('zorbsound')).toBe('klangwerk');
  });

  it('keeps apart two subjects whose titles list them as two ("X and Y"), though the same entries name both', () => {
    // A hypervisor ("Plimvisor") and the cloud run on it ("Nimbocloud"): every effort reporting on
    // one reports on the other, and every title names the two side by side.
    const cloud = ['Ann Sky', 'Ben Sky', 'Cai Sky'].flatMap((name, effort) =>
      [0, 1].map((n) => {
        const year = 2010 + 2 * effort + n;
        const title = ['Plimvisor and Nimbocloud', 'Guest Tools for Plimvisor and Nimbocloud', 'Nimbocloud and Plimvisor Images'][effort]!;
        return fixtureEntry(`${year}-01-${year}-03/${slugify(title)}`, {
          title,
          contacts: [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }],
          body: 'Plimvisor guests now boot faster. Nimbocloud images use the new Plimvisor drivers.\n\nNimbocloud tests run on Plimvisor hosts.',
        });
      }),
    );
    const all = [...entries, ...cloud];
    const found = buildSubjects(all, subjectCorpusProjects(all));
    const [visor, sky] = [found.byName.get('plimvisor'), found.byName.get('nimbocloud')];
    expect(visor?.entries).toHaveLength(6);
    expect(sky?.entries).toHaveLength(6);
    expect(sky).not.toBe(visor);
    expect(visor?.aliases).not.toContain('Nimbocloud');
  });

  it('keeps apart two subjects one effort reports on, though it carries all its entries onto both timelines', () => {
    const who = (name: string) => [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }];
    // A radio team ports the "Zapdrv" driver on the "Glukpi" layer: two of its quarters are about
    // the driver, two about the layer, and the rest name both in a line. Each also has a report of its own.
    const about = (what: string): string => `Support for more cards came to ${what}.\n\nTests of ${what} ran on many laptops.`;
    const radio = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
      fixtureEntry(`${2010 + i}-01-${2010 + i}-03/radio-port`, {
        title: 'Radio Port',
        contacts: who('Ann Radio'),
        body: i < 2 ? `${about('Zapdrv')} The Glukpi layer helped.` : i < 4 ? `${about('Glukpi')} The Zapdrv driver helped.` : `${filler('radio', 8)}\n\nBoth Zapdrv and Glukpi were updated.\n\n${filler('radio', 8)}`,
      }),
    );
    const own = [
      fixtureEntry('2019-01-2019-03/zapdrv', { title: 'Zapdrv', contacts: who('Ben Zap'), body: about('Zapdrv') }),
      fixtureEntry('2020-01-2020-03/glukpi', { title: 'Glukpi', contacts: who('Cai Glu'), body: about('Glukpi') }),
      fixtureEntry('2020-04-2020-06/laptop-notes', { title: 'Laptop Notes', contacts: who('Dot Lap'), body: `${filler('laptop', 12)} Here Zapdrv and Glukpi run.` }),
      fixtureEntry('2020-07-2020-09/desk-notes', { title: 'Desk Notes', contacts: who('Eli Desk'), body: `${filler('desk', 12)} Here Zapdrv and Glukpi run.` }),
    ];
    const all = [...entries, ...radio, ...own];
    const found = buildSubjects(all, subjectCorpusProjects(all));
    const zap = found.byName.get('zapdrv');
    const glu = found.byName.get('glukpi');
    expect(zap?.entries).toHaveLength(9);
    expect(glu?.entries).toHaveLength(9);
    expect(zap).not.toBe(glu);
  });

  // Three efforts, two years each, whose titles all hold one word, as a subject's would.
  const threeEfforts = (word: string, titles: readonly [string, string, string]): Entry[] =>
    titles.flatMap((title, effort) => {
      const name = ['Hiroshi Tanabe', 'Mia Kato', 'Lea Ono'][effort]!;
      const contacts = [{ name, email: `${name.split(' ')[1]!.toLowerCase()}@example.org` }];
      return [2014, 2015].map((year) =>
        fixtureEntry(`${year + 2 * effort}-01-${year + 2 * effort}-03/${slugify(title)}`, { title, contacts, body: `${word} came up again this year. The ${word} work went on, ${word} being central.` }),
      );
    });

  it.each([
    ["a person's name", 'Tanabe', ['Tanabe Books', 'Sprocket Guide by Tanabe', 'Grommet Handbook by Tanabe']],
    ['a city', 'Chicago', ['Chicago Summit', 'Sprocket Sprint in Chicago', 'Grommet Meetup Chicago']],
  ] as const)('takes %s in the titles of three efforts for what it is, not a subject', (_, word, titles) => {
    const all = [...entries, ...threeEfforts(word, titles)];
    expect(buildSubjects(all, subjectCorpusProjects(all)).subjects.map((s) => s.slug)).toEqual(['frobnet', 'quuxvisor']);
  });

  it('indexes subjects by entry and by every name', () => {
    expect(index.byEntryId.get('2015-01-2015-03/quuxvisormgr')?.map((s) => s.slug)).toContain('quuxvisor');
    expect(index.byName.get('quuxvisormgr')?.slug).toBe('quuxvisor');
    // As a reader or a wiki page writes it in the plural.
    expect(index.byName.get('quuxvisors')?.slug).toBe('quuxvisor');
  });

  it('gives the same subjects whatever the order of the entries', () => {
    const again = buildSubjects([...entries].reverse(), subjectCorpusProjects([...entries].reverse()));
    const shape = (i: SubjectIndex) => i.subjects.map((s) => [s.slug, ids(s.entries), ids(s.mentions), s.aliases]);
    expect(shape(again)).toEqual(shape(index));
  });

  it('records its slugs in the ledger, and a published slug whose subject is gone redirects to the one holding its entries', () => {
    expect(index.ledger.quuxvisor).toEqual(ids(quux!.entries));
    const later = build(undefined, { 'old-hypervisor-name': ['2011-01-2011-03/quuxvisor'] });
    expect(later.redirects.get('old-hypervisor-name')).toBe('quuxvisor');
  });

  it('keeps a published subject that today\'s detection no longer finds, while an entry still reports on it', () => {
    // One effort's word is no subject of its own (fewer than three projects name it)...
    expect(index.bySlug.has('widget')).toBe(false);
    // ...but a page published for it, once, keeps showing it as the corpus changes.
    const later = build(undefined, { widget: ['2012-07-2012-09/widget-toolkit'], quuxvisor: ids(quux!.entries) });
    expect(ids(later.bySlug.get('widget')?.entries ?? [])).toEqual(['2012-07-2012-09/widget-toolkit']);
    expect(later.subjects.map((s) => s.slug)).toEqual([...index.subjects.map((s) => s.slug), 'widget'].sort());
    // A slug no entry names any more still leads to where its entries went.
    expect(build(undefined, { 'old-hypervisor-name': ['2011-01-2011-03/quuxvisor'] }).bySlug.has('old-hypervisor-name')).toBe(false);
  });

  it('goes on under the name it was published by when another of its names would become the main one', () => {
    // As when a projects.yml pin turned the published `ci` into "Continuous Integration".
    const later = build(undefined, { quuxvisormgr: ids(quux!.entries) });
    expect(later.bySlug.has('quuxvisor')).toBe(false);
    expect(ids(later.bySlug.get('quuxvisormgr')?.entries ?? [])).toEqual(ids(quux!.entries));
    expect(later.bySlug.get('quuxvisormgr')?.aliases).toContain('Quuxvisor');
  });

  it('drops a published subject when the editors drop it', () => {
    const later = build('drop: [widget]\n', { widget: ['2012-07-2012-09/widget-toolkit'] });
    expect(later.bySlug.has('widget')).toBe(false);
    expect(later.problems).toEqual([]);
  });
});

describe('subjects.yml', () => {
  it('adds and drops names, takes entries and projects in and out, renames with a redirect', () => {
    const index = build(
      [
        'subjects:',
        '  quuxvisor:',
        '    slug: quux',
        '    title: The Quuxvisor',
        '    aliases: { out: [quuxvisormgr] }',
        '    entries: { in: [2012-07-2012-09/widget-toolkit], out: [2014-07-2014-09/cloud-platform] }',
        '',
      ].join('\n'),
    );
    const quux = index.bySlug.get('quux');
    expect(quux?.title).toBe('The Quuxvisor');
    expect(index.redirects.get('quuxvisor')).toBe('quux');
    // Its old slug still names it: /wiki/Quuxvisor and a search for "quuxvisor" find it.
    expect(index.byName.get('quuxvisor')?.slug).toBe('quux');
    expect(ids(quux!.entries)).toContain('2012-07-2012-09/widget-toolkit');
    expect(ids(quux!.entries)).not.toContain('2014-07-2014-09/cloud-platform');
    // Its entries still name "quuxvisor" in their text: only mentions now.
    expect(ids(quux!.entries)).not.toContain('2015-01-2015-03/quuxvisormgr');
    expect(ids(quux!.mentions)).toContain('2015-01-2015-03/quuxvisormgr');
    expect(index.problems).toEqual([]);
  });

  it("shows an editor's title without moving the subject's address, which only slug: moves", () => {
    const index = build(['subjects:', '  quuxvisor:', '    title: Quuxvisor, the hypervisor of the widgets', ''].join('\n'));
    expect(index.bySlug.get('quuxvisor')?.title).toBe('Quuxvisor, the hypervisor of the widgets');
    expect(index.redirects.has('quuxvisor')).toBe(false);
    expect(index.problems).toEqual([]);
  });

  it('adds a subject the detector missed, drops one that is none, and redirects an old slug', () => {
    const index = build(['subjects:', '  migration:', '    aliases: { in: [live migration] }', 'drop: [frobnet]', 'redirects:', '  hypervisor: quuxvisor', ''].join('\n'));
    expect(ids(index.bySlug.get('migration')!.entries)).toEqual(['2013-01-2013-03/quuxvisor-live-migration', '2014-01-2014-03/quuxvisor-live-migration']);
    expect(index.bySlug.has('frobnet')).toBe(false);
    expect(index.redirects.get('hypervisor')).toBe('quuxvisor');
  });

  it('names the line of every correction it cannot apply, and applies the rest', () => {
    const index = build(
      [
        'subjects:',
        '  quuxvisor:',
        '    entries: { in: [2099-01-2099-03/nothing] }',
        '    aliases: { out: [not-a-name] }',
        '  nosuch: {}',
        'drop: [nothing-here]',
        'redirects:',
        '  quuxvisor: frobnet',
        '  older: no-subject',
        '',
      ].join('\n'),
    );
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'no entry "2099-01-2099-03/nothing"'],
      [4, '"not-a-name" is not a name of subject "quuxvisor"'],
      [5, 'no subject "nosuch": to add one, give it aliases or entries'],
      [6, 'no subject "nothing-here" to drop'],
      [8, '"quuxvisor" is a subject; it cannot redirect'],
      [9, 'redirect target "no-subject" is no subject'],
    ]);
    expect(index.bySlug.get('quuxvisor')?.entries.length).toBeGreaterThan(0);
  });

  it('shows an alias as the editors wrote it, refuses one whose words are a letter, and a subject of nothing', () => {
    const index = build(
      [
        'subjects:',
        '  quuxvisor:',
        '    aliases: { in: ["fx(4)", "Q++", Quux-Visor] }',
        '  frobnet:',
        '    slug: quuxvisor',
        '  nothing-at-all:',
        '    aliases: { in: [zzqqxx] }',
        '',
      ].join('\n'),
    );
    // A spelling readers type is kept though no entry writes it: it finds the subject.
    expect(index.bySlug.get('quuxvisor')?.aliases).toEqual(expect.arrayContaining(['fx(4)', 'Quux-Visor']));
    expect(index.problems.map((p) => [p.line, p.message])).toEqual([
      [3, '"Q++" is matched by its words ("q"), too short to name one subject: not added'],
      [5, 'subject "quuxvisor" already exists: give "frobnet"\'s names to it as aliases instead'],
      [7, 'no entry names subject "nothing-at-all" or its aliases: give it entries'],
    ]);
    expect(index.bySlug.has('nothing-at-all')).toBe(false);
    // The refused rename leaves both subjects where they were.
    expect(index.bySlug.get('frobnet')?.entries.length).toBe(2);
    expect(index.bySlug.get('quuxvisor')?.entries.length).toBe(8);
  });

  it('reports a file that is not valid YAML by line and finds the subjects all the same', () => {
    const index = build('subjects:\n  quuxvisor: [unclosed\n');
    expect(index.problems[0]).toMatchObject({ file: 'subjects.yml', line: expect.any(Number), message: expect.stringMatching(/^not valid YAML/) });
    expect(index.bySlug.has('quuxvisor')).toBe(true);
  });
});
