import { describe, expect, it } from 'vitest';
import { collectPeopleIndex } from '../../lib/people';
import { groupCore } from '../../lib/people/collect';
import { peopleListRows, personView } from '../../lib/people/view';
import { fixtureEntry } from '../search/fixture-kb';
import type { Entry } from '../../lib/model';

const noProjects = { byEntryId: new Map() };
const view = (entries: Entry[], slug: string) => {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return personView(collectPeopleIndex(entries).bySlug.get(slug)!, (id) => byId.get(id), noProjects);
};

describe('the /people filter words', () => {
  const entries = [
    fixtureEntry('2020-01-2020-03/a', { contacts: [{ name: 'Björn Quist', email: 'bq@example.org' }, { name: 'Maarten Loessner', email: 'mloess@FreeBSD.org' }] }),
    fixtureEntry('2020-04-2020-06/b', { contacts: [{ name: 'Jörg Strauss', email: 'jstr@example.net' }] }),
  ];
  const words = (slug: string) => peopleListRows(collectPeopleIndex(entries).people).find((r) => r.slug === slug)?.otherNameWords.split(' ');

  it("holds the login of each address, what readers know a committer by", () => {
    expect(words('maarten-loessner')).toContain('mloess');
    expect(words('bjorn-quist')).toContain('bq');
  });

  it("leaves out a role's address, which is the team's and not the login of whoever wrote from it", () => {
    const role = [fixtureEntry('2020-01-2020-03/a', { contacts: [{ name: 'Odo Pallister', email: 'opal@FreeBSD.org' }, { name: 'Odo Pallister', email: 'core-secretary@FreeBSD.org' }] })];
    const filter = peopleListRows(collectPeopleIndex(role).people).find((r) => r.slug === 'odo-pallister')?.otherNameWords.split(' ');
    expect(filter).toContain('opal');
    expect(filter).not.toContain('core-secretary');
  });

  it('holds the other usual spelling of a name, both ways', () => {
    expect(words('bjorn-quist')).toEqual(expect.arrayContaining(['bjoern', 'bjorn']));
    expect(words('maarten-loessner')).toEqual(expect.arrayContaining(['lößner', 'løßner', 'mårten']));
    expect(words('jorg-strauss')).toEqual(expect.arrayContaining(['joerg', 'strauß']));
  });
});

describe('groups named with and without the words that name no group in particular', () => {
  it('sets aside a leading FreeBSD, The or IRC and a trailing kind word', () => {
    expect(groupCore('The FreeBSD Kettle Mailing List')).toEqual({ core: 'kettle', kind: 'list' });
    expect(groupCore('IRC #teapot channel')).toEqual({ core: 'teapot', kind: 'list' });
    expect(groupCore('Kettle Care Team Secretary')).toEqual({ core: 'kettle care team secretary', kind: undefined });
  });

  it('joins a team named without the address to the one named with it, and a list to its address', () => {
    const entries = [
      fixtureEntry('2014-01-2014-03/a', { contacts: [{ name: 'FreeBSD Kettle Care Team' }, { name: 'FreeBSD kettle mailing list' }] }),
      fixtureEntry('2016-01-2016-03/b', { contacts: [{ name: 'Kettle Care Team', email: 'kettlecare@FreeBSD.org' }] }),
      fixtureEntry('2017-01-2017-03/c', { contacts: [{ name: 'Kettle discussions', email: 'freebsd-kettle@FreeBSD.org' }] }),
      fixtureEntry('2018-01-2018-03/d', { contacts: [{ name: 'Kettle Care Team Secretary', email: 'kettlecare-secretary@FreeBSD.org' }] }),
    ];
    const index = collectPeopleIndex(entries);
    expect(index.people.map((p) => [p.kind, p.entryIds.length])).toEqual([
      ['team', 2],
      ['list', 2],
      ['team', 1],
    ]);
  });

  it('leaves a team and a list of one name apart, and never joins people so', () => {
    const entries = [
      fixtureEntry('2014-01-2014-03/a', { contacts: [{ name: 'The kettle team', email: 'kettle@FreeBSD.org' }] }),
      fixtureEntry('2015-01-2015-03/b', { contacts: [{ name: 'The kettle mailing list', email: 'freebsd-kettle@FreeBSD.org' }] }),
      fixtureEntry('2016-01-2016-03/c', { contacts: [{ name: 'kettle@FreeBSD.org' }, { name: 'The Ann Lee', email: 'al@example.org' }, { name: 'Ann Lee', email: 'ann@example.net' }] }),
    ];
    // The bare address says neither team nor list, so it joins neither.
    expect(collectPeopleIndex(entries).people.map((p) => p.kind)).toEqual(['team', 'list', 'team', 'person', 'person']);
  });
});

describe('groups known by an address alone', () => {
  it("stay apart where only the address's own part is alike, on two hosts", () => {
    const entries = [
      fixtureEntry('2014-01-2014-03/a', { contacts: [{ name: 'info@zorbcon.example.org', email: 'info@zorbcon.example.org' }] }),
      fixtureEntry('2015-01-2015-03/b', { contacts: [{ name: 'info@quuxfest.example.net', email: 'info@quuxfest.example.net' }] }),
      fixtureEntry('2016-01-2016-03/c', { contacts: [{ name: 'Zorb developers list', email: 'dev@lists.zorb.example.org' }] }),
      fixtureEntry('2017-01-2017-03/d', { contacts: [{ name: 'Quux developers list', email: 'dev@lists.quux.example.net' }] }),
    ];
    expect(collectPeopleIndex(entries).people).toHaveLength(4);
  });

  it("are a list where the address is a list's, never joined to a team of that name", () => {
    const entries = [
      fixtureEntry('2014-01-2014-03/a', { contacts: [{ name: 'Kettle Team', email: 'kettle@FreeBSD.org' }] }),
      fixtureEntry('2015-01-2015-03/b', { contacts: [{ name: 'freebsd-kettle@FreeBSD.org' }] }),
    ];
    expect(collectPeopleIndex(entries).people.map((p) => p.entryIds.length)).toEqual([1, 1]);
  });
});

describe('a name given with an extra given name before it', () => {
  const longer = { name: 'Quill Tamsin Varga Orlov', email: 'qtvo@example.org' };
  const shorter = { name: 'Tamsin Varga Orlov', email: 'tamsin@FreeBSD.org' };

  it('is one person when the shorter name has three words and ends the longer', () => {
    const entries = [fixtureEntry('2024-01-2024-03/a', { contacts: [longer] }), fixtureEntry('2025-01-2025-03/b', { contacts: [shorter] })];
    expect(collectPeopleIndex(entries).people.map((p) => [p.slug, p.entryIds.length])).toEqual([['quill-tamsin-varga-orlov', 2]]);
  });

  it('is two people when one entry names both, or the shorter name has two words', () => {
    const both = [fixtureEntry('2024-01-2024-03/a', { contacts: [longer, shorter] })];
    expect(collectPeopleIndex(both).people).toHaveLength(2);
    const two = [fixtureEntry('2024-01-2024-03/a', { contacts: [{ name: 'Ivo Varga Orlov', email: 'ivo@example.org' }] }), fixtureEntry('2025-01-2025-03/b', { contacts: [{ name: 'Varga Orlov', email: 'vo@example.org' }] })];
    expect(collectPeopleIndex(two).people).toHaveLength(2);
    // A particle or a double surname's half is no name of its own.
    for (const [a, b] of [['Ana Rosa de Quintal', 'Rosa de Quintal'], ['Ivo Lark-Varga', 'Oda Ivo Lark-Varga']]) {
      const pair = [fixtureEntry('2024-01-2024-03/a', { contacts: [{ name: a!, email: 'a@example.org' }] }), fixtureEntry('2025-01-2025-03/b', { contacts: [{ name: b!, email: 'b@example.net' }] })];
      expect(collectPeopleIndex(pair).people, `${a} / ${b}`).toHaveLength(2);
    }
  });
});

describe('a note every spelling of a person carries', () => {
  const entries = [
    fixtureEntry('2023-01-2023-03/a', { contacts: [{ name: 'Odile Marchetti (Kettle)', email: 'om@example.org' }] }),
    fixtureEntry('2023-04-2023-06/b', { contacts: [{ name: 'Odile Marchetti (kettle)', email: 'om@example.org' }] }),
  ];

  it('is no part of the shown name or the slug; the slug published with it leads to the new one', () => {
    const before = { 'odile-marchetti-kettle': ['2023-01-2023-03/a', '2023-04-2023-06/b'] };
    const index = collectPeopleIndex(entries, undefined, before);
    expect(index.people.map((p) => [p.slug, p.name])).toEqual([['odile-marchetti', 'Odile Marchetti']]);
    expect(index.redirects.get('odile-marchetti-kettle')).toBe('odile-marchetti');
    expect(index.ledger['odile-marchetti']).toEqual(before['odile-marchetti-kettle']);
  });

  it('stays on a team, whose note may be what tells it apart', () => {
    const team = [fixtureEntry('2023-01-2023-03/a', { contacts: [{ name: 'Kettle Team (ports)', email: 'kettle@FreeBSD.org' }] })];
    expect(collectPeopleIndex(team).people[0]?.name).toBe('Kettle Team (ports)');
  });
});

describe('"Also named"', () => {
  it('leaves out spellings that differ from a shown one in accents, case or a role, and letters garbled in decoding', () => {
    const entries = [
      fixtureEntry('2002-01-2002-03/a', { contacts: [{ name: 'Sølvi Aurélie Brandt', email: 'sab@example.org' }] }),
      fixtureEntry('2002-04-2002-06/b', { contacts: [{ name: 'Solvi Aurelie Brandt', email: 'sab@example.org' }] }),
      fixtureEntry('2002-07-2002-09/c', { contacts: [{ name: 'SŲlvi AurĂlie Brandt', email: 'sab@example.org' }] }),
      fixtureEntry('2002-10-2002-12/d', { contacts: [{ name: 'Sølvi Aurélie BRANDT Committer', email: 'sab@example.org' }] }),
      fixtureEntry('2003-01-2003-03/e', { contacts: [{ name: 'Sølvi Brandt', email: 'sab@example.org' }] }),
      fixtureEntry('2003-04-2003-06/f', { contacts: [{ name: 'Solvi Brandt', email: 'sab@example.org' }] }),
      fixtureEntry('2003-07-2003-09/g', { contacts: [{ name: 'Sélvi Aurélie Brandt', email: 'sab@example.org' }] }),
    ];
    // The last has another letter of the same script where the shown name has ø: a spelling, no garble.
    expect(view(entries, 'solvi-aurelie-brandt').otherNames).toEqual(['Sølvi Brandt', 'Sélvi Aurélie Brandt']);
  });
});
