import { describe, expect, it } from 'vitest';
import { collectPeopleIndex } from '../../lib/people';
import { projectSummaryToJson, projectToJson } from '../../lib/projects/json';
import { fixtureEntry } from '../search/fixture-kb';
import type { Project } from '../../lib/model';

const older = fixtureEntry('2014-01-2014-03/sr-iov', {
  title: 'PCI SR-IOV Infrastructure',
  contacts: [{ name: 'Marta Lindqvist', email: 'marta@example.org' }],
  links: [{ url: 'https://git.example.org/iov/', text: 'Branch' }],
  tasks: ['Review'],
  body: 'Virtual functions.',
});
const newer = fixtureEntry('2015-10-2015-12/sr-iov', {
  title: 'PCI SR-IOV Support',
  contacts: [{ name: 'Marta Lindqvist', email: 'marta@example.org' }],
  links: [{ url: 'http://git.example.org/iov', text: '' }],
  tasks: ['A second driver'],
});
const project: Project = { slug: 'sr-iov', title: 'PCI SR-IOV Support', titles: [older.title, newer.title], entries: [older, newer], related: ['ixgbe'] };

describe('project JSON', () => {
  it('for kb projects: the contract fields of each entry, in time order, with the project slug', () => {
    const json = projectSummaryToJson(project);
    expect(json).toMatchObject({ slug: 'sr-iov', title: 'PCI SR-IOV Support', url: '/projects/sr-iov', related: ['ixgbe'], span: { first: 2014, last: 2015 } });
    expect(json.titles).toEqual(['PCI SR-IOV Infrastructure', 'PCI SR-IOV Support']);
    expect(json.entries.map((e) => e.id)).toEqual([older.id, newer.id]);
    expect(Object.keys(json.entries[0] ?? {}).sort()).toEqual(['category', 'id', 'project', 'report', 'slug', 'title', 'url']);
    expect(json.entries.every((e) => e.project === 'sr-iov')).toBe(true);
    expect(json.entries[1]?.url).toBe('/reports/2015-10-2015-12/sr-iov');
  });

  it('for the API: entries in full, people over time, deduplicated links, open tasks', () => {
    const json = projectToJson(project, collectPeopleIndex(project.entries));
    expect(json.entries[0]).toMatchObject({ id: older.id, project: 'sr-iov', body: 'Virtual functions.' });
    expect(json.people).toEqual([
      { slug: 'marta-lindqvist', name: 'Marta Lindqvist', url: '/people/marta-lindqvist', first: '2014-01-2014-03', last: '2015-10-2015-12', count: 2 },
    ]);
    expect(json.links).toEqual([{ url: 'http://git.example.org/iov', text: 'Branch', count: 2 }]);
    expect(json.openTasks).toEqual(['A second driver']);
    expect(json.latest).toBe('2015-10-2015-12');
    // One JSON document: nothing in it that JSON.stringify would drop or mangle.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
