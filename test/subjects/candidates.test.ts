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
