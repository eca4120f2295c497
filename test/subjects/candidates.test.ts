import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/model';
import { buildSubjects } from '../../lib/subjects';
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

describe('names only the text writes', () => {
  const subjectsOf = (entries: Entry[]) => buildSubjects([...subjectCorpus(), ...entries], subjectCorpusProjects([...subjectCorpus(), ...entries]));

  it('makes a subject of a name entries write as one and report on, though no title names it', () => {
    const qmap = subjectsOf(textOnly('QMAP')).bySlug.get('qmap');
    expect(qmap?.entries.map((e) => e.id)).toEqual(['2016-01-2016-03/memory-placement', '2017-01-2017-03/memory-placement']);
    expect(qmap?.mentions).toHaveLength(3);
  });

  it('takes no person writing the reports for a subject, however capitalised', () => {
    expect(subjectsOf(textOnly('Quorly')).bySlug.has('quorly')).toBe(true);
    expect(subjectsOf(textOnly('Quorly', 'Ann Quorly')).bySlug.has('quorly')).toBe(false);
  });
});
