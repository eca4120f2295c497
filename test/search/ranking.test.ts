import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search';
import { ORDERING } from '../../lib/search/order';
import { parseQuery } from '../../lib/search/query';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const Q1 = '2019-01-2019-03';
const Q2 = '2020-01-2020-03';
const Q3 = '2021-01-2021-03';
const filler = 'Work went on through the quarter and more is planned.';

const entries = [
  // A title against many passing mentions in a body.
  fixtureEntry(`${Q1}/sleep`, { title: 'Suspend/Resume Improvements', body: `Laptops suspend and resume. ${filler}` }),
  fixtureEntry(`${Q2}/snapshots`, {
    title: 'Guest Snapshots',
    body: 'A guest can suspend. Suspend writes memory out; resume reads it back. Suspend, resume, suspend and resume again. Suspend often.',
  }),
  // A man page and a port written as names, against passing mentions of the identifier.
  fixtureEntry(`${Q1}/boot-loader`, { title: 'Boot Loader', body: `The loader reads its configuration in Lua now. ${filler}` }),
  fixtureEntry(`${Q2}/board-port`, { title: 'Board Port', body: `The board boots through loader(8) from an SD card. ${filler} ${filler}` }),
  fixtureEntry(`${Q1}/webcamd`, { title: 'webcamd', body: `The daemon runs Linux webcam drivers in user space. ${filler}` }),
  fixtureEntry(`${Q3}/home-theater`, { title: 'Home Theater', body: `Remote controls work with multimedia/webcamd. ${filler}` }),
  // A name with a version number in the title.
  fixtureEntry(`${Q3}/tb-stack`, { title: 'Thunderbolt3/USB4 stack', body: `A new controller driver. ${filler}` }),
  fixtureEntry(`${Q2}/hotplug`, { title: 'PCIe Hot-plug', body: `Hot-plug is also what thunderbolt docks need. ${filler}` }),
  // A word nearly every entry has, against a rarer one in a title.
  ...Array.from({ length: 20 }, (_, i) => fixtureEntry(`${Q1}/freebsd-${i}`, { title: `Note ${i}`, body: `FreeBSD runs on board ${i}.` })),
  fixtureEntry(`${Q2}/ethernet`, { title: 'Ethernet Drivers', body: 'Two new drivers.' }),
  fixtureEntry(`${Q3}/freebsd-misc`, { title: 'Miscellany', body: 'FreeBSD gained an ethernet driver among many other things this quarter.' }),
  // A question whose verb the answer need not hold.
  fixtureEntry(`${Q1}/automounter`, { title: 'New Automounter', body: `Maps are mounted on access. ${filler}` }),
  fixtureEntry(`${Q3}/foundation`, { title: 'Foundation', body: 'Staff wrote documentation and reviewed the automounter among other things.' }),
  // A question in the asker's words: the entry about its subject against one holding every word in passing.
  fixtureEntry(`${Q2}/zebra-port`, { title: 'Zebra Port', body: `The zebra port boots multi-user. ${filler}` }),
  fixtureEntry(`${Q3}/summary`, { title: 'Quarterly Summary', body: `Things stand well: a port of tools, a zebra mention, and more. ${filler} ${filler}` }),
  // A name beside the plain words a reader asks with, against an entry holding those words and the name in passing.
  fixtureEntry(`${Q1}/quuxdb`, { title: 'Quuxdb Driver', body: `The Quuxdb driver attaches to more boards. ${filler}` }),
  fixtureEntry(`${Q3}/desktop`, { title: 'Desktop Notes', body: `A graphics card: a quuxdb. ${filler} ${filler}` }),
  ...Array.from({ length: 4 }, (_, i) => fixtureEntry(`${Q2}/misc-${i}`, { title: `Misc ${i}`, body: `Quuxdb ran here too. ${filler}` })),
  // A number and its unit written together, against the two words apart in passing.
  fixtureEntry(`${Q1}/fast-nic`, { title: 'Zorb 40G Driver Update', body: `The driver now offloads checksums. ${filler}` }),
  fixtureEntry(`${Q2}/fast-net`, { title: 'Network Notes', body: `The 40Gigabit cards work. ${filler}` }),
  fixtureEntry(`${Q3}/slow-nic`, { title: 'Zorb Gigabit Driver', body: `About 40 boards were tested. ${filler}` }),
  // A standard's amendment, with its family and without.
  fixtureEntry(`${Q1}/radio-full`, { title: 'Radio Notes', body: `The card speaks 802.11qz now. ${filler}` }),
  fixtureEntry(`${Q3}/radio-short`, { title: 'More Radio Notes', body: `11qz rates were tuned. ${filler}` }),
  // A word behind a modifier, against the same words without it.
  fixtureEntry(`${Q2}/zoo-stack`, { title: 'Zoo Stack Virtualization', body: `Each pen now gets its own copy. ${filler}` }),
  fixtureEntry(`${Q3}/zoo-locking`, { title: 'Zoo Stack', body: `Finer locks throughout the zoo stack. ${filler}` }),
  // A network driver named only by its interfaces.
  fixtureEntry(`${Q1}/hyper-nic`, { title: 'Hypervisor Guest Drivers', body: `Interfaces qz0 and qz1 keep their addresses across reboots. ${filler}` }),
  // A team's report naming a thing among many, against an entry on that thing.
  fixtureEntry(`${Q3}/foundation-q3`, {
    title: 'The Foundation',
    category: 'freebsd-team-reports',
    body: `Grants went to grommetd, grommetd packaging, laptops, CI and events. ${filler} ${filler}`,
  }),
  fixtureEntry(`${Q3}/core-team`, { title: 'Core Team', category: 'freebsd-team-reports', contacts: [{ name: 'Quentin Zorrilla' }], body: `${filler} ${filler}` }),
  fixtureEntry(`${Q2}/review-notes`, { title: 'Review Notes', body: `Quentin Zorrilla reviewed it and Quentin Zorrilla tested it. ${filler}` }),
  fixtureEntry(`${Q2}/translations`, {
    title: 'Translations',
    category: 'documentation',
    body: `The grommetd chapter and the grommetd FAQ were translated, with the release notes. ${filler} ${filler}`,
  }),
  fixtureEntry(`${Q1}/session-tools`, { title: 'Session Tools', body: `The session daemon grommetd now restarts cleanly. ${filler}` }),
  // Names written in other letters.
  fixtureEntry(`${Q2}/wireless`, { title: 'Wireless', contacts: [{ name: 'Bjoern A. Zeeb', email: 'bz@example.org' }], body: filler }),
  fixtureEntry(`${Q3}/security`, { title: 'Security', contacts: [{ name: 'Dag-Erling Smørgrav', email: 'des@example.org' }], body: filler }),
  // A title calling its entry a status report, beside one about reports.
  fixtureEntry(`${Q1}/sprocket`, { title: 'Sprocket Status Report', body: `FreeBSD sprocket bugs were fixed and its bugs list is short. ${filler}` }),
  fixtureEntry(`${Q2}/defect-tracker`, { title: 'Defect Report Tracker', body: `Where FreeBSD bugs are filed. ${filler} ${filler} ${filler}` }),
];

const engine = createSearchEngine(fixtureKb(entries));
const ids = (text: string): string[] => engine.search({ text, limit: 10, offset: 0 }).results.map((r) => r.id);

describe('ranking beyond BM25F', () => {
  it('puts the words in a title above the same words repeated in a body', () => {
    expect(ids('suspend resume')[0]).toBe(`${Q1}/sleep`);
  });

  it('reads a man page as the thing it names, not as a rare word', () => {
    expect(ids('loader(8)')).toEqual([`${Q1}/boot-loader`, `${Q2}/board-port`]);
  });

  it('finds a port origin where only the port name is written', () => {
    expect(ids('multimedia/webcamd')).toEqual([`${Q1}/webcamd`, `${Q3}/home-theater`]);
  });

  it('reads a number and the word after it as entries write them together: 40 gigabit as 40G and 40Gigabit', () => {
    expect(ids('zorb 40 gigabit')[0]).toBe(`${Q1}/fast-nic`);
    expect(ids('40 gigabit')).toContain(`${Q2}/fast-net`);
  });

  it('reads a standard\'s amendment also as entries write it without its family: 802.11qz as 11qz', () => {
    expect(ids('802.11qz')).toEqual([`${Q1}/radio-full`, `${Q3}/radio-short`]);
  });

  it('reads a word behind a modifier also alone: per-pen as pen', () => {
    expect(ids('per-pen zoo stack')[0]).toBe(`${Q2}/zoo-stack`);
  });

  it('finds a network driver by the interfaces entries name, its name and a unit number: qz(4) as qz0', () => {
    expect(ids('qz(4)')).toEqual([`${Q1}/hyper-nic`]);
  });

  it("puts an entry on a thing before a team's or the documentation's report naming it in passing", () => {
    expect(ids('grommetd')[0]).toBe(`${Q1}/session-tools`);
    expect(ids('grommetd')).toHaveLength(3);
  });

  it("keeps a team's report its writer is searched by where it was", () => {
    expect(ids('Quentin Zorrilla')[0]).toBe(`${Q3}/core-team`);
  });

  it('reads "Status Report" in a title as what every entry is, not as its subject', () => {
    expect(ids('report bugs')[0]).toBe(`${Q2}/defect-tracker`);
    expect(ids('sprocket status report')[0]).toBe(`${Q1}/sprocket`);
  });

  it('counts a name with a version number as the name', () => {
    expect(ids('thunderbolt')).toEqual([`${Q3}/tb-stack`, `${Q2}/hotplug`]);
  });

  it('does not let a word nearly every entry has decide "all words before some"', () => {
    expect(ids('freebsd ethernet')[0]).toBe(`${Q2}/ethernet`);
    expect(ids('freebsd ethernet')).toContain(`${Q3}/freebsd-misc`);
  });

  it('answers a question by its subject, not by its verb', () => {
    expect(ids('who wrote the automounter')).toEqual([`${Q1}/automounter`, `${Q3}/foundation`]);
  });

  it("answers a question by the entry about its subject, not by one holding the asker's words", () => {
    expect(ids('where does the zebra port stand')[0]).toBe(`${Q2}/zebra-port`);
    expect(ids('where does the zebra port stand')).toContain(`${Q3}/summary`);
  });

  it('weighs a plain word the reader asks with below the name beside it', () => {
    expect(ids('can I use a Quuxdb graphics card').slice(0, 2)).toEqual([`${Q1}/quuxdb`, `${Q3}/desktop`]);
  });

  it('finds names written without their letters', () => {
    expect(ids('Björn Zeeb')[0]).toBe(`${Q2}/wireless`);
    expect(ids('Smorgrav')).toEqual([`${Q3}/security`]);
  });
});

describe('parseQuery', () => {
  it('drops the verb of a question, and only of a question', () => {
    const optional = (text: string): string[] => parseQuery(text).words.filter((w) => w.optional).map((w) => w.group.term);
    expect(optional('who wrote the automounter')).toEqual(['who', 'wrote', 'the']);
    expect(optional('why was gcc removed from base')).toEqual(['why', 'was', 'removed', 'from']);
    expect(optional('removed drivers')).toEqual([]);
    // Nouns that double as verbs stay: they name the subject.
    expect(optional('who works on the arm64 port')).toEqual(['who', 'works', 'on', 'the']);
  });

  it('notes the words typed with a capital where capitals tell words apart', () => {
    const capitalized = (text: string): string[] => parseQuery(text).words.filter((w) => w.capitalized).map((w) => w.group.term);
    expect(capitalized('Can I use an NVIDIA graphics card')).toEqual(['i', 'nvidia']);
    expect(capitalized('Jails on arm64')).toEqual([]);
    expect(capitalized('ZFS boot')).toEqual(['zfs']);
    // In title case or all capitals no word stands out.
    expect(capitalized('Network Stack Virtualization')).toEqual([]);
    expect(capitalized('NVIDIA GRAPHICS')).toEqual([]);
  });

  it('gives a transliterated spelling of umlauts', () => {
    expect(parseQuery('Björn Jürgen ø Zeeb').words.map((w) => w.variants)).toEqual([['bjoern'], ['juergen'], ['oe'], []]);
  });
});

describe('aboutness', () => {
  const weak = 'Among other things, the zorkfs cache was tuned.';
  const about = createSearchEngine(
    fixtureKb([
      fixtureEntry(`${Q1}/zorkfs`, { title: 'ZorkFS', body: `ZorkFS is a file system. ZorkFS mounts. ${filler}`, project: 'zorkfs' }),
      fixtureEntry(`${Q2}/zorkfs`, { title: 'ZorkFS', body: `ZorkFS gained snapshots. ${filler}`, project: 'zorkfs' }),
      fixtureEntry(`${Q3}/a-foundation`, { title: 'Storage Report', body: `${weak} ${filler}`, project: 'a-foundation' }),
      fixtureEntry(`${Q3}/zorkfs-news`, { title: 'Storage News', body: `${weak} ${filler}`, project: 'zorkfs' }),
      ...Array.from({ length: 10 }, (_, i) => fixtureEntry(`${Q1}/other-${i}`, { title: `Other ${i}`, body: filler, project: `other-${i}` })),
    ]),
  );

  it("puts a project's weaker entry about a subject above the same words in another project's entry", () => {
    const found = about.search({ text: 'zorkfs', limit: 10, offset: 0 }).results.map((r) => r.id);
    expect(found.slice(0, 2).sort()).toEqual([`${Q1}/zorkfs`, `${Q2}/zorkfs`]);
    expect(found.slice(2)).toEqual([`${Q3}/zorkfs-news`, `${Q3}/a-foundation`]);
  });
});

describe("a query in the reader's own words", () => {
  const subjectOf = new Map([
    [`${Q1}/quuxcrypt`, ['quuxcrypt']],
    [`${Q2}/quuxcrypt-boot`, ['quuxcrypt']],
  ]);
  const entries = [
    fixtureEntry(`${Q1}/quuxcrypt`, { title: 'Quuxcrypt', body: `Whole disk encryption for every provider. Disk encryption keys sit in the last sector. ${filler}`, project: 'quuxcrypt' }),
    fixtureEntry(`${Q2}/quuxcrypt-boot`, { title: 'Booting from Quuxcrypt Providers', body: `The loader asks for the passphrase, and encryption of the boot disk works. ${filler}`, project: 'quuxcrypt-boot' }),
    fixtureEntry(`${Q3}/laptop-installer`, { title: 'Laptop Installer', body: `Pick a disk, a layout, and whole disk encryption if you like. ${filler} ${filler}`, project: 'laptop-installer' }),
    ...Array.from({ length: 10 }, (_, i) => fixtureEntry(`${Q1}/other-${i}`, { title: `Other ${i}`, body: filler, project: `other-${i}` })),
  ];
  const withSubjects = createSearchEngine(fixtureKb(entries), { subjectsOf: (e) => subjectOf.get(e.id) ?? [] });
  const without = createSearchEngine(fixtureKb(entries));
  const ids = (engine: typeof without, text: string): string[] => engine.search({ text, limit: 10, offset: 0 }).results.map((r) => r.id);

  it('brings the other entries of the subject its best results are on before passing uses of its words', () => {
    expect(ids(without, 'whole disk encryption').slice(0, 2)).toEqual([`${Q1}/quuxcrypt`, `${Q3}/laptop-installer`]);
    expect(ids(withSubjects, 'whole disk encryption').slice(0, 3)).toEqual([`${Q1}/quuxcrypt`, `${Q2}/quuxcrypt-boot`, `${Q3}/laptop-installer`]);
  });

  it('weighs a subject by the share of its entries the query reaches: a broad one a strong entry is on says less', () => {
    const narrow = ['frame-a', 'frame-b', 'frame-c'].map((s) => `${Q1}/${s}`);
    const broad = [`${Q2}/memory-notes`, `${Q2}/allocator`, ...Array.from({ length: 12 }, (_, i) => `${Q3}/memory-${i}`)];
    const subjects = new Map<string, string[]>([...narrow.map((id): [string, string[]] => [id, ['zorbframes']]), ...broad.map((id): [string, string[]] => [id, ['memory']])]);
    const kb = fixtureKb([
      fixtureEntry(narrow[0]!, { title: 'Zorbframes', body: `Huge frames for the kernel: huge frames save lookups. ${filler}`, project: 'a' }),
      fixtureEntry(narrow[1]!, { title: 'Zorbframes on Boards', body: `Frames now work on small boards. ${filler}`, project: 'b' }),
      fixtureEntry(narrow[2]!, { title: 'Zorbframes Promotion', body: `Frames are promoted sooner. ${filler}`, project: 'c' }),
      fixtureEntry(broad[0]!, { title: 'Memory Notes', body: `Huge frames reach the allocator; huge frames everywhere. ${filler}`, project: 'd' }),
      fixtureEntry(broad[1]!, { title: 'Allocator', body: `Frames are freed faster. ${filler}`, project: 'e' }),
      ...broad.slice(2).map((id, i) => fixtureEntry(id, { title: `Memory ${i}`, body: filler, project: `m${i}` })),
    ]);
    const engine = createSearchEngine(kb, { subjectsOf: (e) => subjects.get(e.id) ?? [] });
    const rankOf = (id: string): number => ids(engine, 'huge frames').indexOf(id);
    expect(rankOf(broad[1]!)).toBeGreaterThanOrEqual(0);
    expect(rankOf(narrow[1]!)).toBeLessThan(rankOf(broad[1]!));
    const saved = ORDERING.subjectReach;
    ORDERING.subjectReach = 0;
    try {
      expect(rankOf(narrow[1]!)).toBeGreaterThan(rankOf(broad[1]!));
    } finally {
      ORDERING.subjectReach = saved;
    }
  });

  it("measures a subject's reach among the entries a filter lets through: a year asked for does not make it broad", () => {
    const inYear = [`${Q1}/frame-a`, `${Q1}/frame-b`];
    const later = Array.from({ length: 8 }, (_, i) => `${Q3}/later-${i}`);
    const kb = fixtureKb([
      fixtureEntry(inYear[0]!, { title: 'Zorbframes', body: `Huge frames for the kernel. ${filler}`, project: 'a' }),
      fixtureEntry(inYear[1]!, { title: 'Zorbframes Again', body: `Frames on boards. ${filler}`, project: 'b' }),
      ...later.map((id, i) => fixtureEntry(id, { title: `Later ${i}`, body: filler, project: `l${i}` })),
      fixtureEntry(`${Q1}/other`, { title: 'Other', body: `Huge boards. ${filler}`, project: 'o' }),
    ]);
    // The same entries, the later ones on the subject's timeline or not: outside the year asked for, they change nothing.
    const scoreIn = (members: readonly string[]): number | undefined =>
      createSearchEngine(kb, { subjectsOf: (e) => (members.includes(e.id) ? ['zorbframes'] : []) })
        .search({ text: 'huge frames', limit: 10, offset: 0, from: '2019-01', to: '2019-12' })
        .results.find((r) => r.id === inYear[1])?.score;
    expect(scoreIn(inYear)).toBeDefined();
    expect(scoreIn([...inYear, ...later])).toBe(scoreIn(inYear));
  });

  it("reads a question as the reader's words though its pronoun \"I\" has a capital: only the words a result needs can name something", () => {
    const question = 'where do I find whole disk encryption';
    expect(parseQuery(question).words.find((w) => w.group.term === 'i')?.capitalized).toBe(true);
    expect(ids(withSubjects, question).slice(0, 3)).toEqual([`${Q1}/quuxcrypt`, `${Q2}/quuxcrypt-boot`, `${Q3}/laptop-installer`]);
  });

  it('leaves a query that names something as it ranks it', () => {
    expect(ids(withSubjects, 'disk Encryption')).toEqual(ids(without, 'disk Encryption'));
    expect(ids(withSubjects, 'quuxcrypt disk')).toEqual(ids(without, 'quuxcrypt disk'));
  });
});

describe('a title that is the query', () => {
  const entries = [
    fixtureEntry(`${Q1}/widget-collection`, {
      title: 'The FreeBSD Widget Collection',
      category: 'freebsd-team-reports',
      body: `The widget collection grew by forty widgets. ${filler} ${filler} ${filler} ${filler} ${filler} ${filler}`,
    }),
    fixtureEntry(`${Q2}/widget-collection-themes`, { title: 'Widget Collection Colour Themes', body: `Every widget in the collection gets a dark theme. ${filler}` }),
    ...Array.from({ length: 12 }, (_, i) => fixtureEntry(`${Q3}/freebsd-note-${i}`, { title: `Note ${i}`, body: `FreeBSD notes, number ${i}.` })),
  ];
  const engine = createSearchEngine(fixtureKb(entries));
  const first = (text: string): string | undefined => engine.search({ text, limit: 10, offset: 0 }).results[0]?.id;

  it('comes before a title that holds the query and more, with function words and words most entries hold aside', () => {
    expect(first('widget collection')).toBe(`${Q1}/widget-collection`);
    expect(first('collection widget')).toBe(`${Q1}/widget-collection`);
    // A query word most entries hold is aside in the query as in the title.
    expect(first('freebsd widget collection')).toBe(`${Q1}/widget-collection`);
  });

  it('decides only where the query is the whole title; without the rule the shorter, denser entry comes first', () => {
    expect(first('widget collection themes')).toBe(`${Q2}/widget-collection-themes`);
    const bare = createSearchEngine(fixtureKb(entries));
    const saved = ORDERING.exactTitle;
    ORDERING.exactTitle = 0;
    try {
      expect(bare.search({ text: 'widget collection', limit: 10, offset: 0 }).results[0]?.id).toBe(`${Q2}/widget-collection-themes`);
    } finally {
      ORDERING.exactTitle = saved;
    }
  });
});

describe('a width and a name written together', () => {
  const entries = [
    fixtureEntry(`${Q1}/zorb64`, { title: 'FreeBSD/zorb64', body: `The zorb64 port boots multi-user on two boards. ${filler}` }),
    fixtureEntry(`${Q2}/wide-notes`, { title: 'Wide Notes', body: `Some 64-bit work, a zorb board in passing, more 64-bit counters. ${filler}` }),
    ...Array.from({ length: 6 }, (_, i) => fixtureEntry(`${Q3}/note-${i}`, { title: `Note ${i}`, body: filler })),
  ];
  const engine = createSearchEngine(fixtureKb(entries));
  const ids = (text: string): string[] => engine.search({ text, limit: 10, offset: 0 }).results.map((r) => r.id);

  it('reads "64-bit zorb" and "zorb 64-bit" as entries name the architecture: zorb64', () => {
    expect(ids('64-bit zorb')[0]).toBe(`${Q1}/zorb64`);
    expect(ids('zorb 64-bit')[0]).toBe(`${Q1}/zorb64`);
  });

  it('leaves a width beside a word the index does not join it with as it was', () => {
    expect(ids('64-bit counters')[0]).toBe(`${Q2}/wide-notes`);
  });
});

describe("a project's entry in other words", () => {
  // Two entries of one project about the query, a third of it lacking one of its words, and an
  // entry of another project holding both, one of them in its title, the other in passing.
  const entries = [
    fixtureEntry(`${Q1}/quoxd-sync`, { title: 'Quoxd Sync', body: `Quoxd sync copies blocks between hosts. Sync is synchronous. ${filler}`, project: 'quoxd' }),
    fixtureEntry(`${Q2}/quoxd-sync`, { title: 'Quoxd Sync', body: `Quoxd sync survived a failover. ${filler}`, project: 'quoxd' }),
    fixtureEntry(`${Q3}/quoxd-monitor`, { title: 'Monitoring Quoxd', body: `A module reports the daemon's state. ${filler} ${filler}`, project: 'quoxd' }),
    fixtureEntry(`${Q3}/cluster-sync`, { title: 'Cluster Sync', body: `A quoxd node joined. ${filler} ${filler}`, project: 'cluster' }),
    ...Array.from({ length: 8 }, (_, i) => fixtureEntry(`${Q1}/other-${i}`, { title: `Other ${i}`, body: filler, project: `other-${i}` })),
  ];
  const engine = createSearchEngine(fixtureKb(entries));

  it('comes before an entry of another project that holds every word, one of them in passing', () => {
    const found = engine.search({ text: 'quoxd sync', limit: 10, offset: 0 }).results.map((r) => r.id);
    expect(found.indexOf(`${Q3}/quoxd-monitor`)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(`${Q3}/quoxd-monitor`)).toBeLessThan(found.indexOf(`${Q3}/cluster-sync`));
  });
});
