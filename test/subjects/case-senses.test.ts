import { describe, expect, it } from 'vitest';
import { buildSubjects } from '../../lib/subjects';
import { definesAcronym, namesAnotherThing } from '../../lib/subjects/case-senses';
import type { Entry } from '../../lib/model';
import { fixtureEntry } from '../search/fixture-kb';
import { filler, subjectCorpus, subjectCorpusProjects } from './fixture';

const who = (name: string) => [{ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }];
const entry = (body: string, title = 'Glimmer Bridge'): Pick<Entry, 'title' | 'body' | 'links' | 'tasks'> => ({ title, body, links: [], tasks: [] });

// Invented: "QBS", a queue block store, and "zf", a zone filter program, each with a timeline;
// and a bridge card's entries, where "QBs" are its quiet buses and "ZF" its zone function.
function corpus(): Entry[] {
  const qbs = ['2010', '2012', '2014', '2016'].map((y, n) =>
    fixtureEntry(`${y}-01-${y}-03/qbs-${n}`, { title: n < 2 ? 'QBS' : 'Tiered Blocks in QBS', contacts: who(n < 2 ? 'Ann Store' : 'Dan Tier'), body: `The QBS layer keeps queue blocks. QBS got faster in step ${n}.` }),
  );
  const zf = ['2011', '2013', '2015', '2017'].map((y, n) =>
    fixtureEntry(`${y}-01-${y}-03/zf-${n}`, { title: n < 2 ? 'zf' : 'Rate Limits for zf', contacts: who(n < 2 ? 'Bob Filter' : 'Eve Rate'), body: `zf drops packets by zone. The zf rules load at boot, step ${n}.` }),
  );
  const bridge = ['2014', '2018'].map((y) =>
    fixtureEntry(`${y}-04-${y}-06/glimmer-bridge`, {
      title: 'Glimmer Bridge Card',
      contacts: who('Cai Bridge'),
      body:
        'Each card has a Quiet Bus (QB) per port and a controller, known as a Zone Function, or ZF. ' +
        'The QBs share the ZF. Each QB is reset by the ZF.\n\nThe ZF now hands QBs to guests. QBs and the ZF are tested.\n\nMore QBs per ZF are planned.',
    }),
  );
  const other = Array.from({ length: 20 }, (_, i) =>
    fixtureEntry(`${2010 + (i % 8)}-07-${2010 + (i % 8)}-09/note-${i}`, { title: `${['Timer', 'Clock', 'Sensor', 'Printer', 'Mailer'][i % 5]!} Notes ${i}`, contacts: who(`Writer${i} Note`), body: filler('timer', 6) }),
  );
  const passing = fixtureEntry('2019-01-2019-03/storage-notes', {
    title: 'Storage Notes',
    contacts: who('Fay Notes'),
    body: `${filler('storage', 12)}\n\nTests ran on QBS behind zf.\n\n${filler('disk', 12)}`,
  });
  return [...subjectCorpus(), ...other, ...qbs, ...zf, ...bridge, passing];
}

describe('a name written in a case that tells another thing apart', () => {
  it('reads an acronym with a small plural "s" as the plural of the shorter acronym the entry writes', () => {
    expect(namesAnotherThing(entry('Two QBs, each QB on its own port.'), 'qbs', 'QBS')).toBe(true);
    // No "QB" alone: "QBs" may be the name itself, as the reports write it.
    expect(namesAnotherThing(entry('The QBs layer stores blocks.'), 'qbs', 'QBS')).toBe(false);
    expect(namesAnotherThing(entry('QBS stores blocks; each QB and the QBs.'), 'qbs', 'QBS')).toBe(false);
  });

  it('reads an acronym the entry spells out as what it spells out, not a subject written in another case', () => {
    expect(definesAcronym('a controller, known as a Zone Function, or ZF.', 'ZF')).toBe(true);
    expect(definesAcronym('the Zone of the Filter (ZF) code', 'ZF')).toBe(true);
    expect(definesAcronym('the new driver (ZF) code', 'ZF')).toBe(false);
    expect(namesAnotherThing(entry('Each Zone Function (ZF) is reset; the ZF restarts.'), 'zf', 'zf')).toBe(true);
    // Spelt out as the subject is written, it is the subject.
    expect(namesAnotherThing(entry('The Zone Filter (ZF) loads; ZF drops packets.'), 'zf', 'ZF')).toBe(false);
    // Not spelt out, or its title names it: the subject.
    expect(namesAnotherThing(entry('The ZF drops packets.'), 'zf', 'zf')).toBe(false);
    expect(namesAnotherThing(entry('Each Zone Function (ZF) is reset.', 'ZF and Zones'), 'zf', 'zf')).toBe(false);
  });

  it('keeps such an entry off the timelines of the subjects written so', () => {
    const all = corpus();
    const found = buildSubjects(all, subjectCorpusProjects(all));
    const timeline = (slug: string) => found.subjects.find((s) => s.slug === slug)?.entries.map((e) => e.id) ?? [];
    expect(timeline('qbs')).toHaveLength(4);
    expect(timeline('zf')).toHaveLength(4);
    for (const slug of ['qbs', 'zf']) expect(timeline(slug).filter((id) => id.includes('glimmer'))).toEqual([]);
  });
});
