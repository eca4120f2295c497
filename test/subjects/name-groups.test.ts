import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/model';
import { buildSubjects } from '../../lib/subjects';
import { oneSlipApart } from '../../lib/subjects/name-groups';
import { fixtureEntry } from '../search/fixture-kb';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

const who = (name: string) => [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }];

// A firewall ("frobwall") whose second version's reports call it "frobwall2" and "frobwall" alike,
// and a platform ("vexo64") whose reports never call it "vexo": another thing that shares its stem.
const firewall = (): Entry[] => [
  fixtureEntry('2016-01-2016-03/frobwall', { title: 'Frobwall', contacts: who('Jo Wall'), body: 'Frobwall filters packets.\n\nFrobwall rules load faster.' }),
  fixtureEntry('2017-01-2017-03/frobwall', { title: 'Frobwall', contacts: who('Jo Wall'), body: 'Frobwall gained tables.' }),
  fixtureEntry('2018-01-2018-03/frobwall2-rules', { title: 'Rule Sets for frobwall2', contacts: who('Kim Rule'), body: 'The frobwall2 rule syntax replaces the old frobwall syntax.' }),
  fixtureEntry('2019-01-2019-03/frobwall2-nat', { title: 'NAT in frobwall2', contacts: who('Lu Nat'), body: 'frobwall2 now translates addresses, as frobwall never did.' }),
  fixtureEntry('2018-07-2018-09/vexo', { title: 'Vexo', contacts: who('Mo Chip'), body: 'Vexo boards boot.' }),
  fixtureEntry('2019-07-2019-09/vexo', { title: 'Vexo', contacts: who('Mo Chip'), body: 'Vexo boards run SMP.' }),
  fixtureEntry('2019-10-2019-12/vexo64', { title: 'Vexo64 Port', contacts: who('Ned Port'), body: 'The vexo64 port runs multiuser.' }),
  fixtureEntry('2020-01-2020-03/vexo64', { title: 'Vexo64 Port', contacts: who('Ned Port'), body: 'The vexo64 port has packages.' }),
  fixtureEntry('2020-04-2020-06/vexo64-on-boards', { title: 'vexo64 on New Boards', contacts: who('Oz Board'), body: 'vexo64 now boots on two new boards.' }),
  fixtureEntry('2018-04-2018-06/board-farm', { title: 'Board Farm', contacts: who('Pat Farm'), body: 'The farm has vexo boards and a vexo64 box.' }),
  fixtureEntry('2020-07-2020-09/board-farm', { title: 'Board Farm', contacts: who('Pat Farm'), body: 'More vexo boards joined the farm.' }),
  fixtureEntry('2019-04-2019-06/kernel-notes', { title: 'Kernel Notes', contacts: who('Quin Note'), body: 'Timers were fixed on vexo.' }),
];

describe('subject names', () => {
  const entries = [...subjectCorpus(), ...firewall()];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('takes a version of a name written with one digit for the name, when its entries name it too', () => {
    const wall = index.bySlug.get('frobwall');
    expect(wall?.aliases).toContain('frobwall2');
    expect(wall?.entries.map((e) => e.id)).toContain('2019-01-2019-03/frobwall2-nat');
    expect(index.bySlug.has('frobwall2')).toBe(false);
    // Another name of it is its address too, as /wiki/frobwall2 finds it.
    expect(index.redirects.get('frobwall2')).toBe('frobwall');
  });

  it('takes a version no title gives, cited as a port, for the name when its entries name it too', () => {
    const desktop = [
      fixtureEntry('2016-01-2016-03/zarbdesk', { title: 'Zarbdesk Desktop', contacts: who('Ro Desk'), body: 'Zarbdesk was updated: x11-wm/zarbdesk4 builds again.' }),
      fixtureEntry('2017-01-2017-03/zarbdesk', { title: 'Zarbdesk Desktop', contacts: who('Ro Desk'), body: 'Zarbdesk themes arrived with x11-wm/zarbdesk4.' }),
      fixtureEntry('2018-07-2018-09/zarbdesk-panel', { title: 'Zarbdesk Panel Applets', contacts: who('Sy Top'), body: 'New applets for the zarbdesk4 panel, x11/zarbdesk4-panel, and for Zarbdesk menus.' }),
      fixtureEntry('2019-04-2019-06/desktop-notes', { title: 'Desktop Notes', contacts: who('Ty Note'), body: 'Among desktops, Zarbdesk (x11-wm/zarbdesk4) got a new release.' }),
    ];
    const withDesktop = [...entries, ...desktop];
    const found = buildSubjects(withDesktop, subjectCorpusProjects(withDesktop));
    expect(found.bySlug.get('zarbdesk')?.aliases).toContain('zarbdesk4');
    expect(found.bySlug.has('zarbdesk4')).toBe(false);
  });

  it('keeps apart a name with digits whose entries never name the shorter one', () => {
    expect(index.bySlug.get('vexo')?.aliases).toEqual([]);
    expect(index.bySlug.get('vexo64')?.entries).toHaveLength(3);
  });
});

describe("a name's daemon", () => {
  // A report on the hypervisor's daemon ("quuxvisord(8)") that never names the hypervisor alone.
  const daemon = (written: string): Entry[] => [
    fixtureEntry('2017-01-2017-03/remote-guest-control', {
      title: 'Remote Guest Control',
      contacts: who('Uma Remote'),
      body: `A new ${written} accepts connections from remote consoles and starts guests on request.\n\nThe ${written} configuration file gained an include directive.`,
    }),
  ];
  const subjectOf = (written: string) => {
    const entries = [...subjectCorpus(), ...daemon(written)];
    return buildSubjects(entries, subjectCorpusProjects(entries)).bySlug.get('quuxvisor');
  };

  it('is a name of it when entries write it as a program: a report on the daemon is on its timeline', () => {
    expect(subjectOf('quuxvisord(8)')?.aliases).toContain('quuxvisord');
    expect(subjectOf('quuxvisord(8)')?.entries.map((e) => e.id)).toContain('2017-01-2017-03/remote-guest-control');
  });

  it('is no name of it when never written as a program', () => {
    expect(subjectOf('quuxvisord')?.entries.map((e) => e.id)).not.toContain('2017-01-2017-03/remote-guest-control');
  });
});

describe('a compound the short name stands for', () => {
  // "hwzap(4)" is the driver and "ZAP" the counters it drives: the ZAP entries name hwzap too, the
  // hwzap entries never say ZAP alone, and "HW" reads as a name (written in capitals).
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/zap-counters', { title: 'ZAP Counters', contacts: who('Ann Count'), body: 'ZAP counters are read through hwzap(4). The HW counters need no patches.' }),
    fixtureEntry('2017-01-2017-03/zap-counters', { title: 'ZAP Counters', contacts: who('Ann Count'), body: 'ZAP sampling landed in hwzap(4); zapstat(8) shows the HW events.' }),
    fixtureEntry('2018-01-2018-03/zap-tools', { title: 'ZAP Tools', contacts: who('Ben Tool'), body: 'The ZAP tools read hwzap logs. HW support grows.' }),
    fixtureEntry('2019-01-2019-03/hwzap-for-vexo', { title: 'hwzap for Vexo', contacts: who('Cai Port'), body: 'hwzap(4) now runs on Vexo. HW events are counted.' }),
    fixtureEntry('2020-01-2020-03/hwzap-for-vexo', { title: 'hwzap for Vexo', contacts: who('Cai Port'), body: 'hwzap(4) counts cache misses on Vexo.' }),
    fixtureEntry('2021-01-2021-03/hwzap-sampling', { title: 'hwzap Sampling', contacts: who('Dot Sample'), body: 'hwzap(4) samples call chains.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('joins the short name to the compound when most entries naming it name the compound too', () => {
    const subject = index.byName.get('zap');
    expect(subject).toBeDefined();
    expect(subject).toBe(index.byName.get('hwzap'));
    expect(subject?.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['2016-01-2016-03/zap-counters', '2019-01-2019-03/hwzap-for-vexo']));
  });
});

describe('a compound of a name written in capitals', () => {
  // "QAM" is written in capitals; "OpenQAM" keeps them, so its entries are QAM's. "Qambridge", a
  // town whose summits talk about QAM, only begins with the same letters.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/qam-transport', { title: 'QAM Transport', contacts: who('Ann Wave'), body: 'QAM frames now go through the transport layer. QAM tests pass.' }),
    fixtureEntry('2017-01-2017-03/qam-transport', { title: 'QAM Transport', contacts: who('Ann Wave'), body: 'QAM frames are checksummed.' }),
    fixtureEntry('2018-01-2018-03/qam-tuning', { title: 'QAM Tuning', contacts: who('Ben Tune'), body: 'QAM tuning is faster.' }),
    fixtureEntry('2019-01-2019-03/openqam', { title: 'OpenQAM', contacts: who('Cai Open'), body: 'OpenQAM brings the QAM stack of another system.' }),
    fixtureEntry('2020-01-2020-03/openqam', { title: 'OpenQAM', contacts: who('Cai Open'), body: 'OpenQAM follows QAM upstream.' }),
    fixtureEntry('2017-04-2017-06/qambridge-summit', { title: 'Qambridge Summit', contacts: who('Dot Meet'), body: 'At the Qambridge summit we talked about QAM and jails.' }),
    fixtureEntry('2019-04-2019-06/qambridge-summit', { title: 'Qambridge Summit', contacts: who('Dot Meet'), body: 'The Qambridge summit had talks on QAM, disks and more.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('joins the compound that writes the name in capitals, and not a word that only starts with its letters', () => {
    const qam = index.byName.get('qam');
    expect(qam?.aliases).toContain('OpenQAM');
    expect(qam?.entries.map((e) => e.id)).toContain('2019-01-2019-03/openqam');
    expect(qam?.aliases).not.toContain('Qambridge');
    expect(qam?.entries.map((e) => e.id)).not.toContain('2017-04-2017-06/qambridge-summit');
  });
});

describe('a name with a one-letter part', () => {
  // "QAM-V" is a port of its own, not QAM; "eQAM", the embedded QAM, is QAM.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/qam-transport', { title: 'QAM Transport', contacts: who('Ann Wave'), body: 'QAM frames now go through the transport layer. QAM tests pass.' }),
    fixtureEntry('2017-01-2017-03/qam-transport', { title: 'QAM Transport', contacts: who('Ann Wave'), body: 'QAM frames are checksummed.' }),
    fixtureEntry('2018-01-2018-03/qam-tuning', { title: 'QAM Tuning', contacts: who('Ben Tune'), body: 'QAM tuning is faster.' }),
    fixtureEntry('2019-01-2019-03/eqam', { title: 'eQAM Support', contacts: who('Cai Chip'), body: 'eQAM chips speak QAM on one die.' }),
    fixtureEntry('2020-01-2020-03/eqam', { title: 'eQAM Support', contacts: who('Cai Chip'), body: 'eQAM chips use the QAM transport.' }),
    fixtureEntry('2019-04-2019-06/qam-v-port', { title: 'QAM-V Port', contacts: who('Dan Port'), body: 'The QAM-V port boots multiuser. QAM-V has its own memory model.' }),
    fixtureEntry('2020-04-2020-06/qam-v-port', { title: 'QAM-V Port', contacts: who('Dan Port'), body: 'The QAM-V port has packages.' }),
    fixtureEntry('2021-04-2021-06/qam-v-boards', { title: 'QAM-V Boards', contacts: who('Eve Board'), body: 'Two QAM-V boards from new vendors boot.' }),
    fixtureEntry('2022-04-2022-06/qam-v-toolchain', { title: 'Toolchain for QAM-V', contacts: who('Fay Tool'), body: 'The compiler emits QAM-V code.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));
  const ids = (slug: string): string[] => index.bySlug.get(slug)?.entries.map((e) => e.id) ?? [];

  it('keeps a name written with a hyphen and one letter apart from the name before the hyphen', () => {
    expect(index.byName.get('qamv')?.slug).toBe('qam-v');
    expect(ids('qam-v')).toContain('2021-04-2021-06/qam-v-boards');
    expect(ids('qam')).not.toContain('2019-04-2019-06/qam-v-port');
    expect(ids('qam')).toContain('2016-01-2016-03/qam-transport');
  });

  it('answers the name typed without its hyphen', () => {
    expect(index.redirects.get('qamv')).toBe('qam-v');
  });

  it('joins a compound of one letter and a name its entries name too', () => {
    expect(index.byName.get('qam')?.aliases).toContain('eQAM');
    expect(ids('qam')).toContain('2019-01-2019-03/eqam');
  });
});

describe('an acronym spelled out as different things', () => {
  // "VQM" is a queue manager in some entries and a video mode in others: neither long form is a
  // name of the VQM subject. "SPX" is spelled out two ways that read as one: both are its names.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/vqm', { title: 'VQM', contacts: who('Ann Queue'), body: 'The Virtual Queue Manager (VQM) schedules disk queues.' }),
    fixtureEntry('2017-01-2017-03/vqm', { title: 'VQM', contacts: who('Ann Queue'), body: 'VQM queues are fair now.' }),
    fixtureEntry('2018-01-2018-03/vqm-for-vexo', { title: 'VQM for Vexo', contacts: who('Ben Port'), body: 'VQM runs on Vexo.' }),
    fixtureEntry('2019-01-2019-03/console-modes', { title: 'Console Modes', contacts: who('Cai Mode'), body: 'The vesa quiet mode (VQM) hides boot messages. The vesa quiet mode is on by default.' }),
    fixtureEntry('2020-01-2020-03/console-modes', { title: 'Console Modes', contacts: who('Cai Mode'), body: 'The vesa quiet mode now works on laptops.' }),
    fixtureEntry('2016-04-2016-06/spx', { title: 'SPX', contacts: who('Dot Packet'), body: 'Sequenced Packet Exchange (SPX) is back.' }),
    fixtureEntry('2017-04-2017-06/spx', { title: 'SPX', contacts: who('Dot Packet'), body: 'The sequenced packets exchange (SPX) code is tested.' }),
    fixtureEntry('2018-04-2018-06/spx-tools', { title: 'SPX Tools', contacts: who('Eli Tool'), body: 'SPX has tools.' }),
    fixtureEntry('2019-04-2019-06/network-notes', { title: 'Network Notes', contacts: who('Fay Net'), body: 'SPX sockets were fixed.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('joins neither long form to it', () => {
    const vqm = index.byName.get('vqm');
    expect(vqm?.aliases).toEqual([]);
    expect([...(vqm?.entries ?? []), ...(vqm?.mentions ?? [])].map((e) => e.id)).not.toContain('2020-01-2020-03/console-modes');
  });

  it('joins two spellings of one long form', () => {
    expect(index.byName.get('spx')?.aliases).toEqual(expect.arrayContaining(['Sequenced Packet Exchange']));
    expect(index.byName.get('sequenced packets exchange')).toBe(index.byName.get('spx'));
  });
});

describe('a short form one entry glosses', () => {
  // One entry writes "Quorbit Mapper (QM)"; no title names "QM", and "SHA-QM" is another thing.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/quorbit-mapper', { title: 'Quorbit Mapper', contacts: who('Ann Map'), body: 'The Quorbit Mapper (QM) maps frames. The Quorbit Mapper is fast.' }),
    fixtureEntry('2017-01-2017-03/quorbit-mapper', { title: 'Quorbit Mapper', contacts: who('Ann Map'), body: 'The Quorbit Mapper now drops late frames.' }),
    fixtureEntry('2018-01-2018-03/quorbit-mapper-for-vexo', { title: 'Quorbit Mapper for Vexo', contacts: who('Ben Port'), body: 'The Quorbit Mapper runs on Vexo.' }),
    fixtureEntry('2020-01-2020-03/network-notes', { title: 'Network Notes', contacts: who('Dot Net'), body: 'A Quorbit Mapper bug was fixed.' }),
    fixtureEntry('2019-01-2019-03/sha-qm', { title: 'Hashing Speed', contacts: who('Cai Hash'), body: 'SHA-QM instructions make hashing faster. SHA-QM is used when the CPU has it.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('adds to the subject it names, but brings no entry of its own', () => {
    const mapper = index.bySlug.get('quorbit-mapper');
    expect(mapper?.entries).toHaveLength(3);
    expect([...(mapper?.entries ?? []), ...(mapper?.mentions ?? [])].map((e) => e.id)).not.toContain('2019-01-2019-03/sha-qm');
    expect(mapper?.aliases).toEqual([]);
  });
});

describe('a word of a longer name', () => {
  // "Shufflage" is only ever titled as part of "Zorp Layout Shufflage", the expansion of ZLS: a name of
  // that subject, not one of its own; and not the name ZLS goes by, however many titles hold it.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2014-01-2014-03/zorp-layout-shufflage', { title: 'Zorp Layout Shufflage (ZLS)', contacts: who('Ann Sec'), body: 'Zorp Layout Shufflage (ZLS) moves the stack. ZLS is on by default.' }),
    fixtureEntry('2015-01-2015-03/zorp-layout-shufflage', { title: 'Zorp Layout Shufflage', contacts: who('Ann Sec'), body: 'ZLS now moves shared libraries.' }),
    fixtureEntry('2016-01-2016-03/zls-for-vexo', { title: 'ZLS for Vexo', contacts: who('Ben Port'), body: 'ZLS runs on Vexo.' }),
    fixtureEntry('2017-01-2017-03/zls-tests', { title: 'ZLS Tests', contacts: who('Cai Test'), body: 'ZLS has regression tests.' }),
    fixtureEntry('2018-01-2018-03/heap-layout', { title: 'Heap Work', contacts: who('Dot Heap'), body: 'Shufflage of the heap landed. The heap shufflage is on for every program, and shufflage is cheap.' }),
    fixtureEntry('2019-01-2019-03/security-notes', { title: 'Security Review', contacts: who('Eli Note'), body: 'Shufflage was discussed, and ZLS too.' }),
    fixtureEntry('2020-01-2020-03/linker-notes', { title: 'Linker Changes', contacts: who('Fay Link'), body: 'The linker leaves room for shufflage.' }),
    fixtureEntry('2021-01-2021-03/stack-notes', { title: 'Stack Changes', contacts: who('Gus Stack'), body: 'Stacks see some shufflage now.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('takes it for a name of the subject whose longer name titles always hold it in', () => {
    const zls = index.byName.get('zls');
    expect(zls?.slug).toBe('zls');
    expect(index.bySlug.has('shufflage')).toBe(false);
    // No other name of it to show: a word of one.
    expect(zls?.aliases).toEqual(['Zorp Layout Shufflage']);
    // It adds to what entries naming ZLS say, but brings none that names it no other way.
    expect(zls?.entries.map((e) => e.id)).toContain('2019-01-2019-03/security-notes');
    expect([...(zls?.entries ?? []), ...(zls?.mentions ?? [])].map((e) => e.id)).not.toContain('2018-01-2018-03/heap-layout');
  });
});

describe('names written as one word', () => {
  // "Quor-Nix", a distribution, is written as one word; "quor" boards are another thing, named more.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/quor', { title: 'Quor', contacts: who('Ann Board'), body: 'Quor boards boot.' }),
    fixtureEntry('2017-01-2017-03/quor', { title: 'Quor', contacts: who('Ann Board'), body: 'Quor boards run SMP.' }),
    fixtureEntry('2018-01-2018-03/quor-nix', { title: 'Quor-Nix', contacts: who('Ben Distro'), body: 'Quor-Nix is a desktop distribution.' }),
    fixtureEntry('2019-01-2019-03/quor-nix-desktop', { title: 'Quor-Nix Desktop', contacts: who('Cai Desk'), body: 'Quor-Nix now installs a desktop.' }),
    fixtureEntry('2020-01-2020-03/lab', { title: 'Lab', contacts: who('Dot Lab'), body: 'The lab has quor boards, some running Quor-Nix.' }),
    fixtureEntry('2021-01-2021-03/notes', { title: 'Notes', contacts: who('Eli Note'), body: 'Timers were fixed on quor, and Quor-Nix has the fix.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('keeps it beside a shorter name its words begin with, however much more that one is named', () => {
    expect(index.bySlug.get('quor-nix')?.entries.map((e) => e.id)).toEqual(['2018-01-2018-03/quor-nix', '2019-01-2019-03/quor-nix-desktop']);
  });
});

describe('names written apart', () => {
  // "Zorbloader" is written "Zorb Loader" in one title; "atqux" is never "at qux", which one entry
  // writes only because a sentence runs on.
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/zorbloader', { title: 'Zorbloader', contacts: who('Ann Boot'), body: 'Zorbloader boots disks.' }),
    fixtureEntry('2017-01-2017-03/zorbloader', { title: 'Zorbloader', contacts: who('Ann Boot'), body: 'Zorbloader reads menus.' }),
    fixtureEntry('2018-01-2018-03/zorb-loader-menus', { title: 'Menus for the Zorb Loader', contacts: who('Ben Menu'), body: 'The zorb loader draws menus.' }),
    // Entries writing it apart in their text whose titles write it together: its apart spelling is still an alias.
    fixtureEntry('2020-04-2020-06/zorbloader-themes', { title: 'Zorbloader Themes', contacts: who('Gil Theme'), body: 'Themes for the zorb loader.' }),
    fixtureEntry('2021-04-2021-06/zorbloader-themes', { title: 'Zorbloader Themes', contacts: who('Gil Theme'), body: 'More themes for the zorb loader.' }),
    fixtureEntry('2019-01-2019-03/boot-farm', { title: 'Boot Farm', contacts: who('Cai Farm'), body: 'The farm boots with zorbloader and atqux.' }),
    fixtureEntry('2016-04-2016-06/atqux', { title: 'Atqux', contacts: who('Dot Qux'), body: 'Atqux sorts tables.' }),
    fixtureEntry('2017-04-2017-06/atqux', { title: 'Atqux', contacts: who('Dot Qux'), body: 'Atqux merges tables.' }),
    fixtureEntry('2018-04-2018-06/atqux-tables', { title: 'Atqux Tables', contacts: who('Eli Table'), body: 'Atqux tables are smaller.' }),
    fixtureEntry('2021-01-2021-03/sort-bench', { title: 'Sort Bench', contacts: who('Gus Bench'), body: 'The bench times atqux against two other sorts.' }),
    fixtureEntry('2020-01-2020-03/table-notes', { title: 'Table Notes', contacts: who('Fay Note'), body: 'We looked at qux tables and others.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('joins a one-word name and the two words a title writes it as', () => {
    const loader = index.bySlug.get('zorbloader');
    expect(loader?.aliases).toContain('Zorb Loader');
    expect(loader?.entries.map((e) => e.id)).toContain('2018-01-2018-03/zorb-loader-menus');
    // Its other spelling is an address of it too.
    expect(index.redirects.get('zorb-loader')).toBe('zorbloader');
  });

  it('does not split a name where one part is an ordinary word no title writes apart', () => {
    const atqux = index.bySlug.get('atqux');
    expect(atqux?.entries).toHaveLength(3);
    expect([...(atqux?.entries ?? []), ...(atqux?.mentions ?? [])].map((e) => e.id)).not.toContain('2020-01-2020-03/table-notes');
  });
});

describe('singular and plural', () => {
  // "QMAC" is a network driver, "Qmacs" an editor: no plural of it. "ZFQL" lists are "ZFQLs".
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/qmac-driver', { title: 'QMAC Driver', contacts: who('Ann Net'), body: 'The QMAC driver attaches on two boards.' }),
    fixtureEntry('2017-01-2017-03/qmac-driver', { title: 'QMAC Driver', contacts: who('Ann Net'), body: 'The QMAC driver does checksum offload.' }),
    fixtureEntry('2018-01-2018-03/board-support', { title: 'Board Support', contacts: who('Ben Board'), body: 'Both boards have a QMAC port.' }),
    fixtureEntry('2019-01-2019-03/network-tests', { title: 'Network Tests', contacts: who('Gus Test'), body: 'The tests now cover QMAC and two other drivers.' }),
    fixtureEntry('2016-04-2016-06/qmacs', { title: 'Qmacs', contacts: who('Cai Edit'), body: 'Qmacs was updated in the ports tree.' }),
    fixtureEntry('2017-04-2017-06/qmacs', { title: 'Qmacs', contacts: who('Cai Edit'), body: 'Qmacs gained a new major mode.' }),
    fixtureEntry('2018-04-2018-06/editors', { title: 'Editors', contacts: who('Dot Edit'), body: 'The editors team updated Qmacs and two others.' }),
    fixtureEntry('2016-07-2016-09/zfql', { title: 'ZFQL Support', contacts: who('Eli List'), body: 'ZFQL support was added to two file systems.' }),
    fixtureEntry('2017-07-2017-09/zfql', { title: 'ZFQL Support', contacts: who('Eli List'), body: 'ZFQL support was added to a third file system.' }),
    fixtureEntry('2018-07-2018-09/zfqls-everywhere', { title: 'ZFQLs on Every File System', contacts: who('Fay List'), body: 'ZFQLs now work on every file system.' }),
    fixtureEntry('2020-01-2020-03/backup-tools', { title: 'Backup Tools', contacts: who('Ivy Backup'), body: 'Backups now keep ZFQLs.' }),
    fixtureEntry('2019-07-2019-09/file-system-features', { title: 'File System Features', contacts: who('Hal Feature'), body: 'Every ZFQL is checked now, and ZFQLs can be listed.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('joins an acronym and its plural written in capitals', () => {
    expect(index.bySlug.get('zfql')?.entries.map((e) => e.id)).toContain('2018-07-2018-09/zfqls-everywhere');
    expect(index.bySlug.has('zfqls')).toBe(false);
  });

  it('keeps apart a capitalised word that only looks like an acronym plus "s"', () => {
    const qmac = index.bySlug.get('qmac');
    expect(qmac?.entries.map((e) => e.id)).toEqual(['2016-01-2016-03/qmac-driver', '2017-01-2017-03/qmac-driver']);
    expect(qmac?.aliases).toEqual([]);
    expect(qmac?.mentions.map((e) => e.id)).not.toContain('2018-04-2018-06/editors');
  });
});

describe('a misspelt name in parentheses', () => {
  // A wave viewer ("QWave") whose own reports, and others, write "waveform" often; one entry of a
  // test farm spells its name out with a slip of the pen ("Wavefrom"), once in the whole corpus.
  const viewer = (year: number, body: string): Entry =>
    fixtureEntry(`${year}-01-${year}-03/qwave`, { title: 'QWave', contacts: who('Ann Wave'), body });
  const notes = (year: number, body: string): Entry =>
    fixtureEntry(`${year}-04-${year}-06/sound-notes`, { title: 'Sound Notes', contacts: who('Ben Sound'), body });
  const entries = [
    ...subjectCorpus(),
    viewer(2016, 'QWave draws each waveform of a track.\n\nQWave zooms into a waveform.'),
    viewer(2017, 'QWave exports a waveform as an image.'),
    viewer(2018, 'QWave compares two waveform views.'),
    viewer(2019, 'QWave plays the waveform it shows.'),
    notes(2016, 'Mixers now show a waveform.'),
    notes(2017, 'Recorders keep a waveform preview, drawn with QWave.'),
    notes(2018, 'Each waveform is cached.'),
    notes(2019, 'The waveform cache shrank.'),
    notes(2020, 'A waveform can be printed.'),
    notes(2021, 'Waveform colours follow the theme.'),
    fixtureEntry('2020-07-2020-09/test-farm', {
      title: 'Test Farm',
      contacts: who('Cai Farm'),
      body: 'The farm runs the sound tools each night. QWave (Quick Wavefrom) is among them.\n\nThe farm also builds QWave.',
    }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('takes no alias from it', () => {
    const qwave = index.byName.get('qwave');
    expect(qwave?.slug).toBe('qwave');
    expect(qwave?.aliases).toEqual([]);
  });

  it('tells a slip inside a word from a word with a letter more at either end', () => {
    expect(oneSlipApart('wavefrom', 'waveform')).toBe(true);
    expect(oneSlipApart('wavveform', 'waveform')).toBe(true);
    expect(oneSlipApart('wavform', 'waveform')).toBe(true);
    expect(oneSlipApart('waveferm', 'waveform')).toBe(true);
    expect(oneSlipApart('waveforms', 'waveform')).toBe(false);
    expect(oneSlipApart('swaveform', 'waveform')).toBe(false);
    expect(oneSlipApart('waveforx', 'waveform')).toBe(false);
    expect(oneSlipApart('waevform', 'waveform')).toBe(true);
    expect(oneSlipApart('waveofrm', 'waveform')).toBe(true);
    expect(oneSlipApart('wavefomr', 'waveform')).toBe(false);
    expect(oneSlipApart('waveform', 'waveform')).toBe(false);
  });
});
