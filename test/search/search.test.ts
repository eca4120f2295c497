import { describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchQuery, type SearchResponse } from '../../lib/search';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const Q1 = '2019-01-2019-03';
const Q2 = '2020-01-2020-03';
const Q3 = '2021-01-2021-03';
const grehan = { name: 'Peter Grehan', email: 'grehan@example.org' };

const entries = [
  // Ranking: a title match against a body match.
  fixtureEntry(`${Q1}/zebra-tracing`, { title: 'Zebra Tracing', body: 'Stripes are followed across the kernel.' }),
  fixtureEntry(`${Q2}/animal-tools`, { title: 'Animal Tools', body: 'One tool draws a zebra on the console.' }),
  // Ranking: all words against some, however strong.
  fixtureEntry(`${Q1}/alpha-project`, { title: 'Alpha', body: 'Alpha alpha alpha: the alpha release of alpha.' }),
  fixtureEntry(`${Q2}/both-words`, { title: 'Notes', body: 'An alpha of the scheduler, then a beta of it.' }),
  // Ranking: the exact form against a prefix of it.
  fixtureEntry(`${Q3}/automounter`, { title: 'Automounter work', body: 'The automounter automounts.' }),
  fixtureEntry(`${Q1}/automount`, { title: 'Maps', body: 'An automount map for home directories.' }),
  // Ranking: identical entries in two periods; the later one first.
  fixtureEntry(`${Q1}/twin`, { title: 'Quokka', body: 'Quokka port.', project: 'quokka' }),
  fixtureEntry(`${Q3}/twin`, { title: 'Quokka', body: 'Quokka port.', project: 'quokka' }),
  // Identifiers, people, categories, projects.
  fixtureEntry(`${Q2}/pci-sr-iov`, {
    title: 'PCI SR-IOV Infrastructure',
    category: 'kernel',
    contacts: [{ name: 'Marta Lindqvist', email: 'marta@example.org' }],
    links: [{ url: 'https://reviews.freebsd.org/D12345', text: 'Review' }],
    body: 'The ixgbe(4) driver gains virtual functions. The port sysutils/vmstated manages guests.',
  }),
  fixtureEntry(`${Q1}/bhyve`, { title: 'bhyve', contacts: [grehan], body: 'The hypervisor runs guests. Network stack virtualization is next.', project: 'bhyve' }),
  fixtureEntry(`${Q2}/bhyve`, { title: 'bhyve', contacts: [grehan], body: 'The hypervisor boots UEFI guests.', project: 'bhyve' }),
  fixtureEntry(`${Q3}/bhyve`, { title: 'bhyve', contacts: [grehan], body: 'The hypervisor migrates guests.', project: 'bhyve' }),
  fixtureEntry(`${Q3}/vnet`, { title: 'VNET', category: 'kernel', body: 'The stack is virtualized; virtualization of the network stack continues.' }),
  // An identifier written only as a man page, and an entry that holds its words apart.
  fixtureEntry(`${Q2}/range-call`, { title: 'Remote Copies', body: 'The new quux_file_range(2) call copies data on the server, without sending it over the network twice, for remote and for local disks alike.' }),
  fixtureEntry(`${Q3}/range-words`, { title: 'Block Copies', body: 'Quux copies each file over a range of blocks: quux file range, quux file range.' }),
  // A rare spelling beside a frequent one.
  fixtureEntry(`${Q1}/old-emulation`, { title: 'Emulation', body: 'The linuxolator runs Linux binaries.' }),
  ...Array.from({ length: 10 }, (_, i) => fixtureEntry(`${Q2}/emulation-${i}`, { title: `Linux binaries ${i}`, body: 'The linuxulator gains system calls.' })),
  // Markup a hostile author could write.
  fixtureEntry(`${Q3}/markup`, {
    title: 'Markup Fixture',
    body: 'A script element: <script>alert(1)</script>\n\nAn image: <img src=x onerror="alert(1)">',
  }),
];

const engine = createSearchEngine(fixtureKb(entries));

function search(text: string, options: Partial<SearchQuery> = {}): SearchResponse {
  return engine.search({ text, limit: 10, offset: 0, ...options });
}

function ids(text: string, options: Partial<SearchQuery> = {}): string[] {
  return search(text, options).results.map((r) => r.id);
}

describe('ranking', () => {
  it('puts a title match above a body match', () => {
    expect(ids('zebra')).toEqual([`${Q1}/zebra-tracing`, `${Q2}/animal-tools`]);
  });

  it('puts rows with all query words above rows with some', () => {
    expect(ids('alpha beta')[0]).toBe(`${Q2}/both-words`);
    expect(ids('alpha beta')).toContain(`${Q1}/alpha-project`);
  });

  it('puts the exact form above a prefix of it', () => {
    expect(ids('automount')).toEqual([`${Q1}/automount`, `${Q3}/automounter`]);
  });

  it('breaks ties by recency, and only ties', () => {
    expect(ids('quokka')).toEqual([`${Q3}/twin`, `${Q1}/twin`]);
    const [first, second] = search('quokka').results;
    expect(first?.score).toBe(second?.score);
  });

  it('weighs a person named as contact above a passing mention', () => {
    expect(ids('Peter Grehan').slice(0, 3).sort()).toEqual([`${Q1}/bhyve`, `${Q2}/bhyve`, `${Q3}/bhyve`]);
  });

  it('finds identifiers as written', () => {
    for (const q of ['sr-iov', 'SR-IOV', 'sriov', 'ixgbe(4)', 'sysutils/vmstated', 'vmstated', 'D12345', 'd12345']) {
      expect(ids(q)[0], q).toBe(`${Q2}/pci-sr-iov`);
    }
  });

  it('finds an identifier written as a man page by its name alone, above entries holding its words apart', () => {
    expect(ids('quux_file_range')[0]).toBe(`${Q2}/range-call`);
  });

  it('answers a question by its subject', () => {
    expect(ids('who works on the hypervisor')).toHaveLength(3);
    expect(ids('who works on the hypervisor')[0]).toBe(`${Q3}/bhyve`);
  });
});

describe('misspellings', () => {
  it('corrects a transposition and says so', () => {
    const response = search('bhyev guests');
    expect(response.correctedQuery).toBe('bhyve guests');
    expect(response.results.slice(0, 3).map((r) => r.id).sort()).toEqual([`${Q1}/bhyve`, `${Q2}/bhyve`, `${Q3}/bhyve`]);
  });

  it('reads a rare spelling next to a far more frequent one as both', () => {
    const response = search('linuxolator');
    expect(response.correctedQuery).toBe('linuxulator');
    expect(response.total).toBe(11);
    expect(response.results[0]?.id).toBe(`${Q1}/old-emulation`);
  });

  it('leaves a known word alone', () => {
    expect(search('linuxulator').correctedQuery).toBeUndefined();
  });
});

describe('phrases', () => {
  it('come first where the words stand together and in order, then where they stand apart', () => {
    const response = search('"network stack virtualization"');
    expect(response.results.map((r) => r.id)).toEqual([`${Q1}/bhyve`, `${Q3}/vnet`]);
    expect(response.phraseTotal).toBe(1);
    expect(ids('network stack virtualization')).toContain(`${Q3}/vnet`);
  });

  it('find nothing where no entry holds all their words, together or apart', () => {
    expect(search('"network stack frobnication"').total).toBe(0);
    expect(search('"network stack frobnication"').phraseTotal).toBe(0);
  });

  it('follow with entries holding all their words apart, not some of them', () => {
    expect(ids('hypervisor stack')).toContain(`${Q2}/bhyve`);
    expect(ids('"hypervisor stack"')).toEqual([`${Q1}/bhyve`]);
    expect(search('"hypervisor stack"').phraseTotal).toBe(0);
  });

  it('of one word find that word as written and no other form of it', () => {
    expect(ids('automount')).toContain(`${Q3}/automounter`);
    expect(ids('"automount"')).toEqual([`${Q1}/automount`]);
    expect(search('"automount"').phraseTotal).toBe(1);
  });

  it('leave phraseTotal out of a query without one', () => {
    expect(search('network stack').phraseTotal).toBeUndefined();
  });
});

describe('filters', () => {
  it('keeps entries whose period overlaps from–to', () => {
    expect(ids('hypervisor', { from: '2020-01', to: '2020-12' })).toEqual([`${Q2}/bhyve`]);
    expect(ids('hypervisor', { from: '2020-03' })).toEqual([`${Q3}/bhyve`, `${Q2}/bhyve`]);
    expect(ids('hypervisor', { to: '2019-01' })).toEqual([`${Q1}/bhyve`]);
  });

  it('keeps one category', () => {
    expect(ids('virtualization', { category: 'kernel' })).toEqual([`${Q3}/vnet`]);
  });

  it('keeps one person', () => {
    expect(ids('guests', { person: 'peter-grehan' })).toHaveLength(3);
    expect(ids('hypervisor', { person: 'marta-lindqvist' })).toEqual([]);
  });

  it('lists every entry the filters let through, newest first, when the query has no words', () => {
    const found = search('', { category: 'kernel', from: '2019-01', to: '2021-12' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.results.every((r) => r.category === 'kernel')).toBe(true);
    const reports = found.results.map((r) => r.report);
    expect(reports).toEqual([...reports].sort().reverse());
    expect(search('', {}).total).toBe(0);
  });

  it("lists reports newest first as the timelines' order turned round, where ends and starts disagree", () => {
    const engine = createSearchEngine(
      fixtureKb(
        ['2013-04-2013-06', '2013-05-devsummit', '2013-07-2013-09', '2013-09-devsummit'].map((report) => fixtureEntry(`${report}/wombat`, { title: 'Wombat', body: 'Wombat burrows.' })),
      ),
    );
    const reports = (query: Partial<SearchQuery>) => engine.search({ text: '', limit: 10, offset: 0, collapse: false, ...query }).results.map((r) => r.report);
    // Timelines: 2013 Q2, the May summit, Q3, the September summit (by start, then end).
    const newestFirst = ['2013-09-devsummit', '2013-07-2013-09', '2013-05-devsummit', '2013-04-2013-06'];
    expect(reports({ from: '2013-01', to: '2013-12' })).toEqual(newestFirst);
    expect(reports({ text: 'wombat', sort: 'newest' })).toEqual(newestFirst);
  });

  it("keeps a category's family: the names the reports gave it over the years, by any of them", () => {
    const renamed = createSearchEngine(
      fixtureKb([
        fixtureEntry(`${Q1}/gizmo-a`, { title: 'Gizmo A', category: 'userland-programs', body: 'The gizmo tool.' }),
        fixtureEntry(`${Q2}/gizmo-b`, { title: 'Gizmo B', category: 'userland-programs', body: 'The gizmo tool again.' }),
        fixtureEntry(`${Q3}/gizmo-c`, { title: 'Gizmo C', category: 'userland', body: 'The gizmo tool once more.' }),
        fixtureEntry(`${Q3}/gizmo-d`, { title: 'Gizmo D', category: 'projects', body: 'A gizmo project.' }),
      ]),
    );
    const found = (category: string) => renamed.search({ text: 'gizmo', limit: 10, offset: 0, category });
    expect(found('userland').results.map((r) => r.id).sort()).toEqual([`${Q1}/gizmo-a`, `${Q2}/gizmo-b`, `${Q3}/gizmo-c`]);
    expect(found('userland-programs').total).toBe(3);
    // Each result keeps its own report's category; the facet counts the family under its most used key.
    expect(found('userland').results.find((r) => r.id === `${Q3}/gizmo-c`)?.category).toBe('userland');
    expect(renamed.search({ text: 'gizmo', limit: 10, offset: 0 }).facets.categories).toEqual({ 'userland-programs': 3, projects: 1 });
    expect(renamed.filterError({ text: 'gizmo', limit: 10, offset: 0, category: 'userland' })).toBeUndefined();
  });

  it('gives a well-formed empty result for an unknown category', () => {
    expect(search('hypervisor', { category: 'no-such-category' })).toMatchObject({ total: 0, results: [], facets: { years: {}, categories: {} } });
  });
});

describe('results', () => {
  it('leave out the entries holding a word written with a leading minus, and no more', () => {
    const all = ids('hypervisor');
    expect(all).toContain(`${Q2}/bhyve`);
    expect(ids('hypervisor -UEFI')).toEqual(all.filter((id) => id !== `${Q2}/bhyve`));
    // A minus alone finds nothing to list; inside a word it is the word's.
    expect(search('-uefi').total).toBe(0);
    expect(ids('sr-iov')[0]).toBe(`${Q2}/pci-sr-iov`);
  });

  it('collapse to one per project on request', () => {
    expect(ids('hypervisor', { collapse: true })).toEqual([`${Q3}/bhyve`]);
    expect(search('quokka', { collapse: true }).total).toBe(1);
  });

  it('come newest first on request: the same matches, the latest report first', () => {
    const best = ids('guests');
    const newest = search('guests', { sort: 'newest' }).results;
    expect(newest.map((r) => r.id).sort()).toEqual([...best].sort());
    const reports = newest.map((r) => r.report);
    expect(reports).toEqual([...reports].sort().reverse());
    expect(newest.map((r) => r.id)).not.toEqual(best);
  });

  it('page through the same order', () => {
    const all = ids('guests');
    expect(all).toHaveLength(4);
    expect([...ids('guests', { limit: 2 }), ...ids('guests', { limit: 2, offset: 2 })]).toEqual(all);
    expect(search('guests', { offset: 1_000_000 })).toMatchObject({ total: 4, results: [] });
  });

  it('count matches by year and category', () => {
    expect(search('hypervisor').facets).toEqual({ years: { 2019: 1, 2020: 1, 2021: 1 }, categories: { projects: 3 } });
  });

  it('count an entry of a report spanning two years under both, as a filter on either year finds it', () => {
    const spanning = createSearchEngine(fixtureKb([fixtureEntry('2001-12-2002-01/quuxboot', { title: 'Quuxboot', body: 'A loader.' })]));
    const facets = (q: Partial<SearchQuery>) => spanning.search({ text: 'quuxboot', limit: 10, offset: 0, ...q });
    expect(facets({}).facets.years).toEqual({ 2001: 1, 2002: 1 });
    for (const year of ['2001', '2002']) expect(facets({ from: `${year}-01`, to: `${year}-12` }).total).toBe(1);
  });

  it('carry the contract fields', () => {
    const [result] = search('ixgbe(4)').results;
    expect(Object.keys(result ?? {})).toEqual(['id', 'report', 'slug', 'title', 'category', 'project', 'projectTitle', 'url', 'snippet', 'score']);
    expect(result).toMatchObject({ id: `${Q2}/pci-sr-iov`, report: Q2, slug: 'pci-sr-iov', url: `/reports/${Q2}/pci-sr-iov`, category: 'kernel' });
    expect(result?.snippet).toContain('<mark>ixgbe(4)</mark>');
  });

  it('name their project by its title as well as its slug', () => {
    expect(search('hypervisor').results.map((r) => [r.project, r.projectTitle])).toEqual(Array(3).fill(['bhyve', 'bhyve']));
    expect(search('VNET').results[0]).toMatchObject({ project: 'vnet', projectTitle: 'VNET' });
  });

  it('snippet markup as harmless text', () => {
    for (const q of ['alert', 'script', 'onerror', 'img']) {
      const [result] = search(q).results;
      expect(result?.id, q).toBe(`${Q3}/markup`);
      expect(result?.snippet).not.toMatch(/<(?!\/?mark>)/);
      expect(result?.snippet).toContain('&lt;');
    }
    expect(search('alert').results[0]?.snippet).toContain('&lt;script&gt;<mark>alert(1)</mark>&lt;/script&gt;');
  });
});

describe('bad input gets a well-formed empty result, never an exception', () => {
  it.each([
    ['an empty query', ''],
    ['blanks', '   '],
    ['punctuation only', '?!.,;:-'],
    ['regular-expression metacharacters', '.*+?^${}()|[]\\'],
    ['HTML', '<img src=x onerror=alert(1)>'.replace(/[a-z]/g, '')],
    ['an unbalanced quote', '"'],
    ['an empty phrase', '""'],
    ['a 2,000-character query', 'x'.repeat(2000)],
    ['2,000 characters of words', 'word '.repeat(400)],
  ])('%s', (_, text) => {
    const response = search(text);
    expect(response).toMatchObject({ query: text, results: expect.any(Array), facets: { years: expect.any(Object), categories: expect.any(Object) } });
    expect(response.total).toBeGreaterThanOrEqual(response.results.length);
    expect(typeof response.tookMs).toBe('number');
  });

  it('finds rows for metacharacters around real words without treating them as patterns', () => {
    expect(ids('(hypervisor)*')).toHaveLength(3);
    expect(ids('^hypervisor$')).toHaveLength(3);
    expect(ids('quok.*')).toEqual(ids('quok'));
    expect(ids('.*')).toEqual([]);
  });
});
