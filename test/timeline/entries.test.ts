import { describe, expect, it } from 'vitest';
import { collectPeopleIndex } from '../../lib/people';
import { buildTimelineEntries, latestFirst, peopleOverTime } from '../../lib/timeline';
import { fixtureEntry } from '../search/fixture-kb';

// Two threads interleaved, as a subject's timeline shows them: each entry's gap and changes are
// measured against the previous entry of its own thread, not against its neighbour in the list.
const alice = { name: 'Alice Ek', email: 'alice@example.org' };
const bob = { name: 'Bob Ahl', email: 'bob@example.org' };
const a1 = fixtureEntry('2014-01-2014-03/hyper', { title: 'Hyper', contacts: [alice], tasks: ['Add snapshots'] });
const b1 = fixtureEntry('2014-04-2014-06/hyper-gui', { title: 'Hyper GUI', contacts: [bob] });
const a2 = fixtureEntry('2014-10-2014-12/hyper', { title: 'Hyper', contacts: [alice, bob], tasks: [] });
const entries = [a1, b1, a2];
const reports = ['2014-01-2014-03', '2014-04-2014-06', '2014-07-2014-09', '2014-10-2014-12'].map((id) => ({ id }));
const people = collectPeopleIndex(entries);

describe('buildTimelineEntries', () => {
  it('compares each entry with the previous one of its thread', () => {
    const threads = new Map([
      [a1.id, 'hyper'],
      [b1.id, 'gui'],
      [a2.id, 'hyper'],
    ]);
    const timeline = buildTimelineEntries(entries, { reports, people }, (e) => threads.get(e.id)!);
    expect(timeline.map((e) => e.changes === null)).toEqual([true, true, false]);
    expect(timeline[2]!.gapBefore).toBe(2);
    expect(timeline[2]!.changes!.joined.map((p) => p.name)).toEqual(['Bob Ahl']);
    expect(timeline[2]!.changes!.tasks.disappeared).toEqual(['Add snapshots']);
  });

  it('treats every entry as one thread by default', () => {
    const timeline = buildTimelineEntries(entries, { reports, people });
    expect(timeline[1]!.changes!.joined.map((p) => p.name)).toEqual(['Bob Ahl']);
    expect(timeline[2]!.gapBefore).toBe(1);
  });
});

describe('peopleOverTime', () => {
  it('tells the people from the teams and lists named as contacts', () => {
    const withTeam = [fixtureEntry('2015-01-2015-03/hyper', { contacts: [alice, { name: 'Hyper Team', email: 'hyper-team@example.org' }] })];
    expect(peopleOverTime(withTeam, collectPeopleIndex(withTeam)).map((p) => [p.name, p.kind])).toEqual([
      ['Alice Ek', 'person'],
      ['Hyper Team', 'team'],
    ]);
  });
});

describe('latestFirst', () => {
  it('puts those named most recently first, those of more entries first among them', () => {
    const carol = { name: 'Carol Orm', email: 'carol@example.org' };
    const history = [
      fixtureEntry('2001-06/hyper', { contacts: [carol] }),
      fixtureEntry('2014-01-2014-03/hyper', { contacts: [alice] }),
      fixtureEntry('2020-01-2020-03/hyper', { contacts: [alice, bob] }),
      fixtureEntry('2020-04-2020-06/hyper', { contacts: [alice, bob] }),
      fixtureEntry('2020-04-2020-06/hyper-gui', { contacts: [alice] }),
    ];
    const spans = peopleOverTime(history, collectPeopleIndex(history));
    expect(spans.map((p) => p.name)).toEqual(['Carol Orm', 'Alice Ek', 'Bob Ahl']);
    expect(latestFirst(spans).map((p) => p.name)).toEqual(['Alice Ek', 'Bob Ahl', 'Carol Orm']);
  });

  it("leads to each one's latest entry of the timeline, not only its period", () => {
    const history = [
      fixtureEntry('2014-01-2014-03/hyper', { contacts: [alice, bob] }),
      fixtureEntry('2020-04-2020-06/hyper-gui', { contacts: [alice] }),
    ];
    const urls = Object.fromEntries(peopleOverTime(history, collectPeopleIndex(history)).map((p) => [p.name, p.lastUrl]));
    expect(urls).toEqual({ 'Alice Ek': '/reports/2020-04-2020-06/hyper-gui', 'Bob Ahl': '/reports/2014-01-2014-03/hyper' });
  });
});
