import type { Entry } from '../../lib/model';
import { threadProjects } from '../../lib/projects';
import { fixtureEntry } from '../search/fixture-kb';

// A small corpus written for the subject tests: a hypervisor ("Quuxvisor") reported on by its
// own team, by a migration effort and by a GUI named after it ("quuxvisormgr"), mentioned in passing
// by a toolkit, with a section of its own in a cloud platform's report; and a driver ("frobnet")
// whose man page links name its directory "frobx".
const ada = { name: 'Ada Quux', email: 'ada@example.org' };
const bo = { name: 'Bo Migrate', email: 'bo@example.org' };
const cy = { name: 'Cy Widget', email: 'cy@example.org' };
const di = { name: 'Di Cloud', email: 'di@example.org' };
const ed = { name: 'Ed Gui', email: 'ed@example.org' };
const fa = { name: 'Fa Net', email: 'fa@example.org' };

export const filler = (topic: string, n: number): string => Array.from({ length: n }, (_, i) => `The ${topic} work went on, step ${i + 1} of the plan.`).join(' ');

export function subjectCorpus(): Entry[] {
  return [
    fixtureEntry('2010-01-2010-03/quuxvisor', { title: 'Quuxvisor', contacts: [ada], body: 'Quuxvisor boots its first guest.\n\nQuuxvisor needs hardware support.' }),
    fixtureEntry('2011-01-2011-03/quuxvisor', { title: 'Quuxvisor', contacts: [ada], body: 'Quuxvisor runs two guests at once.' }),
    fixtureEntry('2012-01-2012-03/quuxvisor', { title: 'Quuxvisor', contacts: [ada], body: 'Quuxvisor gained a debugger stub.' }),
    fixtureEntry('2013-01-2013-03/quuxvisor-live-migration', { title: 'Quuxvisor Live Migration', contacts: [bo], body: 'Guests move between hosts while running.' }),
    fixtureEntry('2014-01-2014-03/quuxvisor-live-migration', { title: 'Quuxvisor Live Migration', contacts: [bo], body: 'Migration of guests with many disks.' }),
    fixtureEntry('2015-01-2015-03/quuxvisormgr', { title: 'quuxvisormgr', contacts: [ed], body: 'A desktop tool to manage quuxvisor guests.' }),
    fixtureEntry('2016-01-2016-03/quuxvisormgr', { title: 'quuxvisormgr', contacts: [ed], body: 'The tool now shows each quuxvisor guest console.' }),
    fixtureEntry('2012-07-2012-09/widget-toolkit', {
      title: 'Widget Toolkit',
      contacts: [cy],
      body: `${filler('widget', 12)}\n\nThe toolkit was tested under quuxvisor.\n\n${filler('widget', 12)}`,
    }),
    fixtureEntry('2014-07-2014-09/cloud-platform', {
      title: 'Cloud Platform',
      contacts: [di],
      body: `${filler('cloud', 30)} The hosts use frobnet cards.\n\n## Quuxvisor support\n\n${filler('guest', 20)}\n\n${filler('guest', 10)}`,
    }),
    fixtureEntry('2013-07-2013-09/frobnet-driver', {
      title: 'Frobnet Driver',
      contacts: [fa],
      body: 'The frobnet driver supports the new cards. See [fx(4) changes](https://git.example.org/src/log/sys/dev/frobnet).',
    }),
    fixtureEntry('2014-07-2014-09/frobnet-driver', { title: 'Frobnet Driver', contacts: [fa], body: 'The frobnet driver gained offloads.' }),
    fixtureEntry('2015-07-2015-09/network-notes', {
      title: 'Network Notes',
      contacts: [cy],
      body: `${filler('routing', 15)}\n\nThe fx driver now shares code with others.\n\n${filler('socket', 15)}`,
    }),
  ];
}

export function subjectCorpusProjects(entries: readonly Entry[] = subjectCorpus()) {
  return threadProjects(entries);
}
