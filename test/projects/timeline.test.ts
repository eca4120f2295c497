import { describe, expect, it } from 'vitest';
import type { Entry, Project } from '../../lib/model';
import { collectPeopleIndex } from '../../lib/people';
import { buildProjectTimeline, projectListRows, projectNeighbours, summarizeProject } from '../../lib/projects/timeline';
import { citedLinks, gapLabel, taskChangeSummary } from '../../lib/timeline';
import { fixtureEntry } from '../search/fixture-kb';

const marta = { name: 'Marta Lindqvist', email: 'marta@example.org' };
const olle = { name: 'Olle Berg', email: 'olle@example.org' };
const ines = { name: 'Ines Duarte', email: 'ines@example.org' };

const first = fixtureEntry('2014-01-2014-03/widget', {
  title: 'Widget Framework',
  contacts: [marta, olle],
  links: [{ url: 'https://Git.Example.org/widget/', text: 'Repository' }],
  sponsors: ['Example Corp'],
  tasks: ['Write the manual page.', 'Port to arm64'],
  body: 'The **widget** framework lets drivers [describe](https://example.org/d) their knobs.\n\nSecond paragraph.',
});
const second = fixtureEntry('2014-04-2014-06/widget', {
  title: 'Widget Framework',
  contacts: [marta],
  links: [
    { url: 'http://git.example.org/widget', text: '' },
    { url: 'https://wiki.example.org/Widget', text: 'Wiki' },
  ],
  sponsors: ['Example Corp', 'Other Foundation'],
  tasks: ['write the manual page', 'Add a sysctl interface.'],
});
// Two regular periods (2014 Q3 and Q4) and a summit lie between the second entry and this one.
const third = fixtureEntry('2015-01-2015-03/widgets', {
  title: 'Widgets',
  contacts: [marta, ines],
  links: [{ url: 'https://git.example.org/widget/', text: 'Widget repository' }],
  sponsors: ['other foundation'],
  tasks: [],
});

const entries: Entry[] = [first, second, third];
const project: Project = { slug: 'widgets', title: 'Widgets', titles: ['Widget Framework', 'Widgets'], entries, related: ['gadgets'] };
const reports = ['2014-01-2014-03', '2014-04-2014-06', '2014-07-2014-09', '2014-09-devsummit', '2014-10-2014-12', '2015-01-2015-03', '2015-04-2015-06'].map(
  (id) => ({ id }),
);
const people = collectPeopleIndex(entries);
const timeline = buildProjectTimeline(project, { reports, people });

describe('summarizeProject', () => {
  it('counts entries per year from the first to the last, zeros included', () => {
    const gap = fixtureEntry('2017-01-2017-03/widgets', {});
    const summary = summarizeProject({ ...project, entries: [...entries, gap] });
    expect(summary.perYear).toEqual([
      { year: 2014, count: 2 },
      { year: 2015, count: 1 },
      { year: 2016, count: 0 },
      { year: 2017, count: 1 },
    ]);
    expect(summary.span).toEqual({ first: 2014, last: 2017 });
    expect(summary.latest.id).toBe('2017-01-2017-03');
    expect(summary.entryCount).toBe(4);
  });
});

describe('buildProjectTimeline', () => {
  it('lists the entries oldest first, each with its report, title at the time, people and excerpt', () => {
    expect(timeline.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    const [a, , c] = timeline.entries;
    expect(a?.report).toMatchObject({ id: '2014-01-2014-03', label: '2014 Q1 (January–March)', shortLabel: '2014 Q1' });
    expect(a?.title).toBe('Widget Framework');
    expect(c?.title).toBe('Widgets');
    expect(a?.people).toEqual([
      { slug: 'marta-lindqvist', name: 'Marta Lindqvist', kind: 'person' },
      { slug: 'olle-berg', name: 'Olle Berg', kind: 'person' },
    ]);
    expect(a?.excerpt).toBe('The widget framework lets drivers describe their knobs. Second paragraph.');
    expect(a?.url).toBe('/reports/2014-01-2014-03/widget');
  });

  it('counts the regular periods skipped between entries, not special editions', () => {
    expect(timeline.entries.map((e) => e.gapBefore)).toEqual([0, 0, 2]);
  });

  it('says who joined and left since the previous entry', () => {
    expect(timeline.entries[0]?.changes).toBeNull();
    expect(timeline.entries[1]?.changes).toMatchObject({ joined: [], left: [{ slug: 'olle-berg' }] });
    expect(timeline.entries[2]?.changes).toMatchObject({ joined: [{ slug: 'ines-duarte' }], left: [] });
  });

  it('names new sponsors and new links, spelling aside', () => {
    expect(timeline.entries[1]?.changes?.newSponsors).toEqual(['Other Foundation']);
    expect(timeline.entries[1]?.changes?.newLinks.map((l) => l.url)).toEqual(['https://wiki.example.org/Widget']);
    expect(timeline.entries[2]?.changes?.newSponsors).toEqual([]);
    expect(timeline.entries[2]?.changes?.newLinks).toEqual([]);
  });

  it('sorts open tasks into recurring, new and disappeared', () => {
    expect(timeline.entries[1]?.changes?.tasks).toEqual({
      recurring: ['write the manual page'],
      added: ['Add a sysctl interface.'],
      disappeared: ['Port to arm64'],
    });
    expect(timeline.entries[2]?.changes?.tasks).toEqual({
      recurring: [],
      added: [],
      disappeared: ['write the manual page', 'Add a sysctl interface.'],
    });
  });

  it('follows people over time', () => {
    expect(timeline.people.map((p) => [p.slug, p.first.id, p.last.id, p.count])).toEqual([
      ['marta-lindqvist', '2014-01-2014-03', '2015-01-2015-03', 3],
      ['olle-berg', '2014-01-2014-03', '2014-01-2014-03', 1],
      ['ines-duarte', '2015-01-2015-03', '2015-01-2015-03', 1],
    ]);
  });

  it('lists every cited link once, with the number of entries citing it', () => {
    expect(timeline.links).toEqual([
      { url: 'https://git.example.org/widget/', text: 'Widget repository', count: 3 },
      { url: 'https://wiki.example.org/Widget', text: 'Wiki', count: 1 },
    ]);
  });

  it('carries the open tasks of the latest entry, the span, the latest activity and the related projects', () => {
    expect(timeline.openTasks).toEqual([]);
    expect(timeline.span).toEqual({ first: 2014, last: 2015 });
    expect(timeline.latest.id).toBe('2015-01-2015-03');
    expect(timeline.perYear).toEqual([
      { year: 2014, count: 2 },
      { year: 2015, count: 1 },
    ]);
    expect(timeline.related).toEqual(['gadgets']);
    expect(timeline.titles).toEqual(['Widget Framework', 'Widgets']);
  });

  it('counts a link cited twice by one entry once', () => {
    const twice = fixtureEntry('2016-01-2016-03/x', {
      links: [
        { url: 'https://a.example/', text: 'A' },
        { url: 'http://a.example', text: '' },
      ],
    });
    expect(citedLinks([twice])).toEqual([{ url: 'http://a.example', text: 'A', count: 1 }]);
  });
});

describe('projectNeighbours', () => {
  it('gives the previous and next entries of the project', () => {
    const middle = projectNeighbours(project, second.id);
    expect(middle).toMatchObject({ slug: 'widgets', position: 2, total: 3 });
    expect(middle?.previous).toMatchObject({ id: first.id, url: '/reports/2014-01-2014-03/widget', title: 'Widget Framework' });
    expect(middle?.next?.report.label).toBe('2015 Q1 (January–March)');
    expect(projectNeighbours(project, first.id)?.previous).toBeNull();
    expect(projectNeighbours(project, third.id)?.next).toBeNull();
    expect(projectNeighbours(project, 'nowhere/nothing')).toBeUndefined();
  });
});

describe('labels and list rows', () => {
  it('says how many reports a project skipped and how its tasks moved', () => {
    expect(gapLabel(1)).toBe('1 report without an entry');
    expect(gapLabel(3)).toBe('3 reports without an entry');
    expect(taskChangeSummary({ added: ['a', 'b'], recurring: ['c'], disappeared: [] })).toBe('2 new, 1 still open');
    expect(taskChangeSummary({ added: [], recurring: [], disappeared: [] })).toBe('');
  });

  it('orders the list of projects by latest activity, then by entries, with the keys the page sorts on', () => {
    const old: Project = { slug: 'old', title: 'Old', titles: ['Older  Name', 'Old', 'old name'], entries: [fixtureEntry('2002-01-2002-03/old')], related: [] };
    const rows = projectListRows([old, project]);
    expect(rows.map((r) => r.slug)).toEqual(['widgets', 'old']);
    expect(rows[0]).toMatchObject({ latestKey: 201503, spanYears: 2, spanText: '2014–2015', entryCount: 3 });
    expect(rows[1]).toMatchObject({ otherTitles: ['Older  Name', 'old name'], otherTitleWords: 'older name', spanText: '2002', spanYears: 1 });
  });
});
