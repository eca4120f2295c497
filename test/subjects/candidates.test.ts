import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/model';
import { buildSubjects } from '../../lib/subjects';
import { findCandidates, namesASubject } from '../../lib/subjects/candidates';
import { CorpusWords } from '../../lib/subjects/corpus-words';
import { buildCitationIndex } from '../../lib/references/citations';
import { fixtureEntry } from '../search/fixture-kb';
import { subjectCorpus, subjectCorpusProjects } from './fixture';

// A package builder ("zorbbuild") that no title names: three efforts report work on it, and two
// entries cite its port, one the port of its development version.
const builder = (port: string): Entry[] => [
  fixtureEntry('2016-01-2016-03/package-cluster', {
    title: 'Package Cluster',
    contacts: [{ name: 'Gus Build', email: 'gus@example.org' }],
    body: `Zorbbuild now builds every package of the tree in a clean jail, and zorbbuild keeps logs of each build. The cluster runs zorbbuild from ${port}.`,
  }),
  fixtureEntry('2018-01-2018-03/ports-qa', {
    title: 'Ports QA',
    contacts: [{ name: 'Hal Check', email: 'hal@example.org' }],
    body: 'Zorbbuild gained a check for stale files, and zorbbuild reports them per port. Install ports-mgmt/zorbbuild to try it.',
  }),
  fixtureEntry('2019-01-2019-03/emulated-builds', {
    title: 'Emulated Builds',
    contacts: [{ name: 'Ivy Emu', email: 'ivy@example.org' }],
    body: 'Packages for other architectures are built with zorbbuild under an emulator.\n\nThe emulator itself grew faster.',
  }),
];

describe('subject candidates', () => {
  const found = (port: string): boolean => {
    const entries = [...subjectCorpus(), ...builder(port)];
    return buildSubjects(entries, subjectCorpusProjects(entries)).bySlug.has('zorbbuild');
  };

  it("counts a port's development version as the port: two entries cite the program, so it is a candidate", () => {
    expect(found('ports-mgmt/zorbbuild-devel')).toBe(true);
  });

  it('needs two citing entries: another program cited once leaves it out', () => {
    expect(found('ports-mgmt/zorbbuild-extras')).toBe(false);
  });

  it('takes a cited program by its name, though a title would not start or end one with its words ("update")', () => {
    const updater = builder('ports-mgmt/zorbbuild').map((e) => ({ ...e, body: e.body.replace(/zorbbuild/gi, 'zorb-update(8)') }));
    const entries = [...subjectCorpus(), ...updater];
    expect(buildSubjects(entries, subjectCorpusProjects(entries)).bySlug.has('zorb-update')).toBe(true);
  });
});

// A name only the text writes ("QMAP"): two entries of one effort are about it, three others
// name it in passing, no title names it and nothing cites it.
const textOnly = (name: string, author = 'Jo Place'): Entry[] => {
  const filler = 'The rest of the quarter went to reviews, release testing and answering questions on the lists.';
  return [
    fixtureEntry('2016-01-2016-03/memory-placement', { title: 'Memory Placement', contacts: [{ name: author }], body: `Then ${name} places pages near the CPU using them, and ${name} tables cover every domain.\n\nDone.` }),
    fixtureEntry('2017-01-2017-03/memory-placement', { title: 'Memory Placement', contacts: [{ name: author }], body: `Now ${name} migrates pages, and ${name} exports statistics.` }),
    fixtureEntry('2018-01-2018-03/scheduler-notes', { title: 'Scheduler Notes', contacts: [{ name: 'Kai Sched' }], body: `${filler}\n\n${filler}\n\nThe scheduler asks ${name} where to run threads.` }),
    fixtureEntry('2019-01-2019-03/benchmarks', { title: 'Benchmarks', contacts: [{ name: 'Lee Bench' }], body: `${filler}\n\n${filler}\n\nRuns were made with ${name} on and off.` }),
    fixtureEntry('2020-01-2020-03/lab', { title: 'Lab', contacts: [{ name: 'Max Lab' }], body: `${filler}\n\n${filler}\n\nThe lab machines run ${name}.` }),
  ];
};

describe('names nearly every entry names', () => {
  const stats = { named: Array.from({ length: 300 }, (_, i) => i), titled: [1, 2], projects: 40, years: 20 };
  it("are the reports' common vocabulary, no subject, unless a digit makes them a designation", () => {
    expect(namesASubject('driver', stats, 3000)).toBe(false);
    expect(namesASubject('www', stats, 3000)).toBe(false);
    expect(namesASubject('amd64', stats, 3000)).toBe(true);
    // A number alone is no name at all.
    expect(namesASubject('2010', stats, 3000)).toBe(false);
    expect(namesASubject('amd64', { ...stats, projects: 1 }, 3000)).toBe(false);
  });
});

describe('names only the text writes', () => {
  const subjectsOf = (entries: Entry[]) => buildSubjects([...subjectCorpus(), ...entries], subjectCorpusProjects([...subjectCorpus(), ...entries]));

  it('makes a subject of a name entries write as one and report on, though no title names it', () => {
    const qmap = subjectsOf(textOnly('QMAP')).bySlug.get('qmap');
    expect(qmap?.entries.map((e) => e.id)).toEqual(['2016-01-2016-03/memory-placement', '2017-01-2017-03/memory-placement']);
    expect(qmap?.mentions).toHaveLength(3);
  });

  it('takes a name always written in lower case for one when a title opens with it so, as a library or program is named', () => {
    const lower = textOnly('quorlib');
    const titled = (title: string): Entry[] => lower.map((e, i) => (i === 0 ? { ...e, title } : e));
    expect(subjectsOf(lower).bySlug.has('quorlib')).toBe(false);
    expect(subjectsOf(titled('quorlib: Pages Near Their CPU')).bySlug.get('quorlib')?.entries.map((e) => e.id)).toEqual([
      '2016-01-2016-03/memory-placement',
      '2017-01-2017-03/memory-placement',
    ]);
    // A capital at a title's start is the title's, and says nothing of how the name is written.
    expect(subjectsOf(titled('Quorlib: Pages Near Their CPU')).bySlug.has('quorlib')).toBe(false);
    // A title opening on a longer name that holds it ("quorlib_probe(2)") opens with that name, not this one.
    expect(subjectsOf(titled('quorlib_probe(2) and Pages Near Their CPU')).bySlug.has('quorlib')).toBe(false);
  });

  it('takes no person writing the reports for a subject, however capitalised', () => {
    expect(subjectsOf(textOnly('Quorly')).bySlug.has('quorly')).toBe(true);
    expect(subjectsOf(textOnly('Quorly', 'Ann Quorly')).bySlug.has('quorly')).toBe(false);
  });

  it('takes no city for a name: a place the entries meet in is no subject', () => {
    expect(subjectsOf(textOnly('Winnipeg')).bySlug.has('winnipeg')).toBe(false);
  });

  it('takes no roman numeral for a name, however capitalised', () => {
    expect(subjectsOf(textOnly('III')).bySlug.has('iii')).toBe(false);
  });
});

describe('possessives in titles', () => {
  it("reads no word of a name in a possessive's s: \"Zorb's pager\" gives zorb and pager, not \"s pager\"", () => {
    const entries = [
      fixtureEntry('2016-01-2016-03/zorb-pager', { title: "Zorb's pager", contacts: [{ name: 'Ann Page' }], body: 'The pager pages.' }),
      fixtureEntry('2017-01-2017-03/zorb-pager', { title: 'Zorb’s Pager', contacts: [{ name: 'Ann Page' }], body: 'The pager pages faster.' }),
    ];
    const keys = [...findCandidates(new CorpusWords(entries, (e) => e.id), buildCitationIndex(entries)).keys()];
    expect(keys).toEqual(expect.arrayContaining(['zorb', 'pager', 'zorb pager']));
    expect(keys.filter((k) => k.split(' ').includes('s'))).toEqual([]);
  });
});

describe('numbers and function words in titles', () => {
  // Three efforts title their third phase or edition so; no subject is "3rd" or "III".
  const who = (name: string) => [{ name }];
  const entries = [
    ...subjectCorpus(),
    fixtureEntry('2016-01-2016-03/handbook-3rd-edition', { title: 'Handbook, 3rd Edition', contacts: who('Ann Book'), body: 'The 3rd edition of the handbook is out.' }),
    fixtureEntry('2017-01-2017-03/handbook-3rd-edition', { title: 'Handbook, 3rd Edition', contacts: who('Ann Book'), body: 'The 3rd edition sold well.' }),
    fixtureEntry('2018-01-2018-03/office-3rd-quarter', { title: 'Office Team: 3rd Quarter', contacts: who('Ben Office'), body: 'In the 3rd quarter the office team moved.' }),
    fixtureEntry('2019-01-2019-03/vexo-phase-iii', { title: 'Vexo Support, Phase III', contacts: who('Cai Port'), body: 'Phase III of Vexo support boots SMP.' }),
    fixtureEntry('2020-01-2020-03/quor-phase-iii', { title: 'Quor Phase III', contacts: who('Dot Port'), body: 'Phase III of the Quor port has drivers.' }),
    fixtureEntry('2021-01-2021-03/zorb-phase-iii', { title: 'Zorb Phase III', contacts: who('Eli Port'), body: 'Zorb Phase III is done.' }),
  ];
  const index = buildSubjects(entries, subjectCorpusProjects(entries));

  it('makes no subject of "aka", however many titles use it', () => {
    const aka = [
      ...subjectCorpus(),
      fixtureEntry('2016-04-2016-06/zorb-aka-zorbix', { title: 'Zorb aka Zorbix', contacts: who('Fay Zorb'), body: 'Zorb, aka Zorbix, boots.' }),
      fixtureEntry('2017-04-2017-06/quor-aka-quorn', { title: 'Quor aka Quorn', contacts: who('Gus Quor'), body: 'Quor, aka Quorn, runs.' }),
      fixtureEntry('2018-04-2018-06/vexo-aka-vex', { title: 'Vexo aka Vex', contacts: who('Hal Vex'), body: 'Vexo, aka Vex, has drivers.' }),
    ];
    expect(buildSubjects(aka, subjectCorpusProjects(aka)).bySlug.has('aka')).toBe(false);
  });

  it('makes no subject of an ordinal or a roman numeral', () => {
    expect(index.bySlug.has('3rd')).toBe(false);
    expect(index.bySlug.has('iii')).toBe(false);
    expect(index.bySlug.has('phase-iii')).toBe(false);
  });
});
