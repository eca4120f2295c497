import { describe, expect, it } from 'vitest';
import { collectPeople, collectPeopleIndex } from '../../lib/people';
import { peopleListRows, peopleSections, personView } from '../../lib/people/view';
import type { Project } from '../../lib/projects/types';
import { fixtureEntry } from '../search/fixture-kb';

const e1 = fixtureEntry('2014-01-2014-03/a', {
  contacts: [
    { name: 'Jürgen Weber', email: 'JW@example.org' },
    { name: 'Anna Berg', email: 'anna@example.org' },
  ],
});
const e2 = fixtureEntry('2014-04-2014-06/b', {
  contacts: [
    // The same address in another case and under another spelling of the name is the same person,
    // and so is the same name under another address.
    { name: 'Juergen Weber', email: 'jw@example.org' },
    { name: 'Anna Berg', email: 'anna.berg@example.net' },
    { name: 'Søren Weiß', email: 'sw@example.org' },
    { name: 'Core  Team' },
  ],
});
const e3 = fixtureEntry('2014-07-2014-09/c', {
  contacts: [
    { name: 'core team', email: 'not-an-address' },
    { name: 'Anna Berg', email: 'anna@example.org' },
    { name: 'Anna Berg', email: 'ANNA@example.org' },
  ],
});
const entries = [e1, e2, e3];

describe('collectPeople', () => {
  it('matches people by address first, else by name, with slugs from names made unique in first-seen order', () => {
    const people = collectPeople(entries);
    expect(people.map((p) => [p.slug, p.name, p.entryIds])).toEqual([
      ['jurgen-weber', 'Jürgen Weber', [e1.id, e2.id]],
      ['anna-berg', 'Anna Berg', [e1.id, e2.id, e3.id]],
      ['soren-weiss', 'Søren Weiß', [e2.id]],
      ['core-team', 'Core  Team', [e2.id, e3.id]],
    ]);
    expect(people[1]?.emails).toEqual(['anna@example.org', 'anna.berg@example.net']);
  });

  it('tells teams from people by name', () => {
    expect(collectPeople(entries).map((p) => [p.slug, p.kind])).toEqual([
      ['jurgen-weber', 'person'],
      ['anna-berg', 'person'],
      ['soren-weiss', 'person'],
      ['core-team', 'team'],
    ]);
  });

  it('names someone first named by an address alone by the name given later with it, and slugs them by it', () => {
    const first = fixtureEntry('2015-01-2015-03/d', { contacts: [{ name: 'mia@FreeBSD.org', email: 'mia@FreeBSD.org' }] });
    const later = fixtureEntry('2015-04-2015-06/e', { contacts: [{ name: 'Mia Kowalczyk', email: 'mia@FreeBSD.org' }] });
    const again = fixtureEntry('2015-07-2015-09/f', { contacts: [{ name: 'Mia Kowalczyk' }] });
    expect(collectPeople([first, later, again]).map((p) => [p.slug, p.name, p.kind, p.entryIds.length])).toEqual([
      ['mia-kowalczyk', 'Mia Kowalczyk', 'person', 3],
    ]);
  });

  it('lists no projects without a project index', () => {
    expect(collectPeople(entries).every((p) => p.projects.length === 0)).toBe(true);
  });
});

describe('collectPeopleIndex', () => {
  const alpha: Project = { slug: 'alpha', title: 'Alpha', titles: ['Alpha'], entries: [e1, e3], related: [] };
  const beta: Project = { slug: 'beta', title: 'Beta', titles: ['Beta'], entries: [e2], related: [] };
  const byEntryId = new Map([
    [e1.id, alpha],
    [e2.id, beta],
    [e3.id, alpha],
  ]);
  const index = collectPeopleIndex(entries, { byEntryId });

  it('gives each person the projects they reported on, in the order of their first entry in each', () => {
    expect(index.bySlug.get('jurgen-weber')?.projects).toEqual(['alpha', 'beta']);
    expect(index.bySlug.get('anna-berg')?.projects).toEqual(['alpha', 'beta']);
    expect(index.bySlug.get('core-team')?.projects).toEqual(['beta', 'alpha']);
  });

  it('gives each entry its people in the order of its contacts, each once', () => {
    expect(index.byEntryId.get(e2.id)?.map((p) => p.slug)).toEqual(['jurgen-weber', 'anna-berg', 'soren-weiss', 'core-team']);
    expect(index.byEntryId.get(e3.id)?.map((p) => p.slug)).toEqual(['core-team', 'anna-berg']);
  });

  it('finds every person by slug', () => {
    expect([...index.bySlug.keys()]).toEqual(index.people.map((p) => p.slug));
  });
});

describe('person views', () => {
  const alpha: Project = { slug: 'alpha', title: 'Alpha', titles: ['Alpha'], entries: [e1, e3], related: [] };
  const beta: Project = { slug: 'beta', title: 'Beta', titles: ['Beta'], entries: [e2], related: [] };
  const projects = {
    byEntryId: new Map([
      [e1.id, alpha],
      [e2.id, beta],
      [e3.id, alpha],
    ]),
  };
  const index = collectPeopleIndex(entries, projects);
  const getEntry = (id: string) => entries.find((e) => e.id === id);

  it('lists everyone by name with their counts and years', () => {
    const rows = peopleListRows(index.people);
    expect(rows.map((r) => r.slug)).toEqual(['anna-berg', 'core-team', 'jurgen-weber', 'soren-weiss']);
    expect(rows[0]).toEqual({ slug: 'anna-berg', name: 'Anna Berg', kind: 'person', entryCount: 3, projectCount: 2, spanText: '2014' });
  });

  it("gives a person's entries by year and their projects, most entries first", () => {
    const view = personView(index.bySlug.get('core-team')!, getEntry, projects);
    expect(view.years).toEqual([
      {
        year: 2014,
        entries: [
          expect.objectContaining({ id: e2.id, url: '/reports/2014-04-2014-06/b', project: { slug: 'beta', title: 'Beta' } }),
          expect.objectContaining({ id: e3.id, project: { slug: 'alpha', title: 'Alpha' } }),
        ],
      },
    ]);
    expect(view.projects.map((p) => [p.slug, p.count, p.first.id])).toEqual([
      ['beta', 1, '2014-04-2014-06'],
      ['alpha', 1, '2014-07-2014-09'],
    ]);
    expect(personView(index.bySlug.get('jurgen-weber')!, getEntry, projects).projects.map((p) => p.slug)).toEqual(['alpha', 'beta']);
  });
});

describe('peopleSections', () => {
  it('puts people first, then teams, then lists, and leaves out an empty kind', () => {
    const list = fixtureEntry('2014-10-2014-12/g', { contacts: [{ name: 'Widgets mailing list', email: 'freebsd-widgets@FreeBSD.org' }] });
    const sections = peopleSections(peopleListRows(collectPeople([list, ...entries])));
    expect(sections.map((s) => [s.kind, s.rows.map((r) => r.slug)])).toEqual([
      ['person', ['anna-berg', 'jurgen-weber', 'soren-weiss']],
      ['team', ['core-team']],
      ['list', ['widgets-mailing-list']],
    ]);
    expect(peopleSections(peopleListRows(collectPeople([e1]))).map((s) => s.kind)).toEqual(['person']);
  });
});
