import { makeEntry } from './make-entry';

export const Q = ['2010-01-2010-03', '2010-04-2010-06', '2010-07-2010-09', '2010-10-2010-12', '2011-01-2011-03'] as const;
export const ada = { name: 'Ada Example', email: 'ada@example.org' };
export const bob = { name: 'Bob Example', email: 'bob@example.org' };
export const cy = { name: 'Cy Example', email: 'cy@example.org' };

export const driverText =
  'The frobnicator driver gained receive side scaling, checksum offload and a rewritten interrupt handler for the quadport adapters.';

/** A small knowledge base: a driver renamed in its third period, a look-alike title by others, filler. */
export function frobCorpus() {
  return [
    makeEntry(Q[0], 'frob-driver', { title: 'Frob 10G Driver', contacts: [ada], links: [{ url: 'https://git.example.org/ada/frob', text: 'tree' }], body: driverText }),
    makeEntry(Q[1], 'frob-driver', { title: 'Frob 10G Driver', contacts: [ada], links: [{ url: 'https://git.example.org/ada/frob/', text: 'tree' }], body: driverText }),
    makeEntry(Q[2], 'frob-4-updates', { title: 'frob(4) Updates', contacts: [ada], links: [{ url: 'http://git.example.org/ada/frob', text: 'tree' }], body: `${driverText} Quadport adapters now pass traffic.` }),
    makeEntry(Q[0], 'wireless', { title: 'Wireless', contacts: [bob], body: 'Beacon handling in the access point code and scanning for the legacy chipset.' }),
    makeEntry(Q[4], 'wireless', { title: 'Wireless Networking', contacts: [cy], body: 'A new rate control algorithm, mesh routing and regulatory domain tables.' }),
    ...Q.map((q, i) => makeEntry(q, `filler-${i}`, { title: `Unrelated Work Number ${'abcde'[i]}`, contacts: [{ name: `Person ${i}` }], body: `Topic ${'vwxyz'[i]} and nothing else.` })),
  ];
}
