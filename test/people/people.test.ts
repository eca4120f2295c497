import { describe, expect, it } from 'vitest';
import { collectPeople, collectPeopleIndex } from '../../lib/people';
import { peopleListRows, peopleSections, personSubjects, personView } from '../../lib/people/view';
import { fixtureEntry } from '../search/fixture-kb';
import type { Project, Subject } from '../../lib/model';

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

  it('keeps apart people whose names have no Latin letter, each slugged from their address', () => {
    const people = collectPeople([
      fixtureEntry('2024-01-2024-03/one', { contacts: [{ name: 'Алексей Петров', email: 'alexey@example.org' }] }),
      fixtureEntry('2024-01-2024-03/two', { contacts: [{ name: '李明', email: 'li.ming@example.org' }] }),
      fixtureEntry('2024-04-2024-06/three', { contacts: [{ name: '李明' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name, p.entryIds])).toEqual([
      ['alexey', 'Алексей Петров', ['2024-01-2024-03/one']],
      ['li-ming', '李明', ['2024-01-2024-03/two', '2024-04-2024-06/three']],
    ]);
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

  it('takes a new spelling met under a known address as that person, and finds them by it under the next address', () => {
    const people = collectPeople([
      fixtureEntry('2006-01-2006-03/a', { contacts: [{ name: 'Pawel Jakub Nowak', email: 'pjn@FreeBSD.org' }] }),
      fixtureEntry('2009-01-2009-03/b', { contacts: [{ name: 'Pawel Nowak', email: 'pjn@FreeBSD.org' }] }),
      fixtureEntry('2024-01-2024-03/c', { contacts: [{ name: 'Pawel Nowak', email: 'pawel@nowak.example' }] }),
      fixtureEntry('2024-04-2024-06/d', { contacts: [{ name: 'Pawel Jakub Nowak', email: 'pjn@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name, p.emails, p.entryIds.length])).toEqual([
      ['pawel-jakub-nowak', 'Pawel Jakub Nowak', ['pjn@FreeBSD.org', 'pawel@nowak.example'], 4],
    ]);
    expect(people[0]?.names).toEqual(['Pawel Jakub Nowak', 'Pawel Nowak']);
  });

  it('takes a name with middle initials and without them for one person, unless two sets of initials go with it', () => {
    const people = collectPeople([
      fixtureEntry('2014-01-2014-03/a', { contacts: [{ name: 'Alan L. Dorn', email: 'alan@example.edu' }] }),
      fixtureEntry('2014-04-2014-06/b', { contacts: [{ name: 'Alan Dorn', email: 'dorn@example.org' }, { name: 'John A. Mills' }, { name: 'John Mills' }] }),
      fixtureEntry('2014-07-2014-09/c', { contacts: [{ name: 'Mark R V Ross' }, { name: 'Mark Ross' }, { name: 'John B. Mills' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds.length])).toEqual([
      ['Alan L. Dorn', 2],
      ['John A. Mills', 1],
      ['John Mills', 1],
      ['Mark R V Ross', 1],
      ['John B. Mills', 1],
    ]);
  });

  it('matches names whatever their accents or a note after them', () => {
    const people = collectPeople([
      fixtureEntry('2010-01-2010-03/a', { contacts: [{ name: 'Rene Lada', email: 'r.lada@uni.example' }] }),
      fixtureEntry('2012-01-2012-03/b', { contacts: [{ name: 'René Lada', email: 'rene@FreeBSD.org' }] }),
      fixtureEntry('2020-01-2020-03/c', { contacts: [{ name: 'René Lada (ports)', email: 'rene@FreeBSD.org' }] }),
      fixtureEntry('2021-01-2021-03/d', { contacts: [{ name: 'René Lada (upstream)', email: 'rene@lada.example' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name, p.entryIds.length])).toEqual([['rene-lada', 'René Lada', 4]]);
  });

  it("tells apart the holders of a role's address by their names", () => {
    const people = collectPeople([
      fixtureEntry('2012-01-2012-03/a', { contacts: [{ name: 'Tom Abel', email: 'portmgr-secretary@FreeBSD.org' }] }),
      fixtureEntry('2016-01-2016-03/b', { contacts: [{ name: 'Tom Abel', email: 'tabel@FreeBSD.org' }] }),
      fixtureEntry('2017-01-2017-03/c', { contacts: [{ name: 'Rosa Lind', email: 'rosa@FreeBSD.org' }] }),
      fixtureEntry('2018-01-2018-03/d', { contacts: [{ name: 'Rosa Lind', email: 'portmgr-secretary@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds.length])).toEqual([
      ['Tom Abel', 2],
      ['Rosa Lind', 2],
    ]);
  });

  it('keeps apart two people whose clearly different names share one address, and finds each by their name', () => {
    const index = collectPeopleIndex([
      fixtureEntry('2007-01-2007-03/a', { contacts: [{ name: 'Eric Lund', email: 'lund@FreeBSD.org' }] }),
      fixtureEntry('2010-01-2010-03/b', { contacts: [{ name: 'Jonathan Lund', email: 'lund@FreeBSD.org' }] }),
      fixtureEntry('2012-01-2012-03/c', { contacts: [{ name: 'Jonathan Lund', email: 'jlund@example.org' }] }),
      // An address alone goes with the first of them, as it did.
      fixtureEntry('2013-01-2013-03/d', { contacts: [{ name: 'lund@FreeBSD.org', email: 'lund@FreeBSD.org' }] }),
      // A note after the name leaves it his: it must not join him to the first of them.
      fixtureEntry('2014-01-2014-03/e', { contacts: [{ name: 'Jonathan Lund (capsules)', email: 'lund@FreeBSD.org' }] }),
    ]);
    expect(index.people.map((p) => [p.slug, p.entryIds])).toEqual([
      ['eric-lund', ['2007-01-2007-03/a', '2013-01-2013-03/d']],
      ['jonathan-lund', ['2010-01-2010-03/b', '2012-01-2012-03/c', '2014-01-2014-03/e']],
    ]);
    expect(index.redirects.get('jonathan-lund')).toBeUndefined();
  });

  it('still takes the spellings of one name at one address for one person: a nickname, a middle initial, accents, a slip, a new surname', () => {
    const at = (id: string, name: string) => fixtureEntry(id, { contacts: [{ name, email: 'kvist@FreeBSD.org' }] });
    const people = collectPeople([
      at('2004-01-2004-03/a', 'Edward Kvist'),
      at('2005-01-2005-03/b', 'Ted Kvist'),
      at('2006-01-2006-03/c', 'Edward J. Kvist'),
      at('2007-01-2007-03/d', 'Édward Kvíst'),
      at('2008-01-2008-03/e', 'Edwadr Kvist'),
      at('2009-01-2009-03/f', 'Edward Holm'),
      at('2010-01-2010-03/g', 'ekvist'),
    ]);
    expect(people.map((p) => [p.slug, p.entryIds.length])).toEqual([['edward-kvist', 7]]);
  });

  it('does not let a handle at a shared address join two clearly different people', () => {
    const people = collectPeople([
      fixtureEntry('2007-01-2007-03/a', { contacts: [{ name: 'lundo', email: 'lund@example.org' }] }),
      fixtureEntry('2008-01-2008-03/b', { contacts: [{ name: 'Eric Lund', email: 'lund@example.org' }] }),
      fixtureEntry('2009-01-2009-03/c', { contacts: [{ name: 'Jonathan Lund', email: 'lund@example.org' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds.length])).toEqual([
      ['Eric Lund', 2],
      ['Jonathan Lund', 1],
    ]);
  });

  it('keeps serving a slug published as the spelling of a merged person once the two are told apart', () => {
    const entries = [
      fixtureEntry('2007-01-2007-03/a', { contacts: [{ name: 'Eric Lund', email: 'lund@FreeBSD.org' }] }),
      fixtureEntry('2010-01-2010-03/b', { contacts: [{ name: 'Jonathan Lund', email: 'lund@FreeBSD.org' }] }),
    ];
    const ledger = { 'eric-lund': ['2007-01-2007-03/a', '2010-01-2010-03/b'], 'jonathan-lund': ['2007-01-2007-03/a', '2010-01-2010-03/b'] };
    const index = collectPeopleIndex(entries, undefined, ledger);
    expect(index.bySlug.get('eric-lund')?.entryIds).toEqual(['2007-01-2007-03/a']);
    expect(index.bySlug.get('jonathan-lund')?.entryIds).toEqual(['2010-01-2010-03/b']);
    expect(index.ledger['jonathan-lund']).toEqual(['2010-01-2010-03/b']);
  });

  it('takes a contact naming several people, one after another, for each of them, the shared address for none', () => {
    const people = collectPeople([
      fixtureEntry('2018-01-2018-03/a', { contacts: [{ name: 'Tom Abel', email: 'tabel@FreeBSD.org' }] }),
      fixtureEntry('2019-01-2019-03/b', { contacts: [{ name: 'Ida Moe, Tom Abel and Rosa Lind', email: 'drivers@vendor.example' }] }),
      // A team's name with a comma or an "and" stays one contact.
      fixtureEntry('2019-04-2019-06/c', { contacts: [{ name: 'Ports Management Team, portmgr', email: 'portmgr@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds, p.emails])).toEqual([
      ['Tom Abel', ['2018-01-2018-03/a', '2019-01-2019-03/b'], ['tabel@FreeBSD.org']],
      ['Ida Moe', ['2019-01-2019-03/b'], []],
      ['Rosa Lind', ['2019-01-2019-03/b'], []],
      ['Ports Management Team, portmgr', ['2019-04-2019-06/c'], ['portmgr@FreeBSD.org']],
    ]);
  });

  it('takes a contact running several known names together, with no commas, for each of them; an unknown long name stays one', () => {
    const people = collectPeople([
      fixtureEntry('2018-01-2018-03/a', { contacts: [{ name: 'Tom Abel', email: 'tabel@FreeBSD.org' }, { name: 'Rosa Maria Lind' }] }),
      fixtureEntry('2018-04-2018-06/b', { contacts: [{ name: 'Ida Moe, Tom Abel' }] }),
      fixtureEntry('2019-01-2019-03/c', { contacts: [{ name: 'Ida Moe Rosa Maria Lind Tom Abel', email: 'drivers@vendor.example' }] }),
      // Four words, but "Ida Moe" is known and "Ulla Berg" is not: one person's name.
      fixtureEntry('2019-04-2019-06/d', { contacts: [{ name: 'Ida Moe Ulla Berg' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds])).toEqual([
      ['Tom Abel', ['2018-01-2018-03/a', '2018-04-2018-06/b', '2019-01-2019-03/c']],
      ['Rosa Maria Lind', ['2018-01-2018-03/a', '2019-01-2019-03/c']],
      ['Ida Moe', ['2018-04-2018-06/b', '2019-01-2019-03/c']],
      ['Ida Moe Ulla Berg', ['2019-04-2019-06/d']],
    ]);
  });

  it('takes the words of a name in another order for the same person (family name first)', () => {
    const people = collectPeople([
      fixtureEntry('2018-01-2018-03/a', { contacts: [{ name: 'Kenji Sato', email: 'ks@example.jp' }] }),
      fixtureEntry('2018-04-2018-06/b', { contacts: [{ name: 'SATO Kenji', email: 'sato@example.org' }] }),
      fixtureEntry('2018-07-2018-09/c', { contacts: [{ name: 'Kenji Sato', email: 'ks@example.jp' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.names, p.entryIds.length])).toEqual([['kenji-sato', ['Kenji Sato', 'SATO Kenji'], 3]]);
    // Without a family name in capitals nor a login in common, the same words in another order may be two people.
    const two = collectPeople([
      fixtureEntry('2018-01-2018-03/a', { contacts: [{ name: 'Wei Li', email: 'wli@one.example' }] }),
      fixtureEntry('2018-04-2018-06/b', { contacts: [{ name: 'Li Wei', email: 'lwei@two.example' }] }),
      fixtureEntry('2018-07-2018-09/c', { contacts: [{ name: 'Jean-Paul Martin' }, { name: 'Paul Jean Martin' }] }),
    ]);
    expect(two.map((p) => p.name)).toEqual(['Wei Li', 'Li Wei', 'Jean-Paul Martin', 'Paul Jean Martin']);
  });

  it('takes names a letter apart at one login on two hosts for one person, but not a letter apart alone nor one login alone', () => {
    const people = collectPeople([
      fixtureEntry('2001-06/a', { contacts: [{ name: 'Nicola Berne', email: 'nberne@corp.example' }] }),
      fixtureEntry('2002-01-2002-02/b', { contacts: [{ name: 'Nicolla Berne', email: 'nberne@FreeBSD.org' }] }),
      fixtureEntry('2002-03-2002-04/c', { contacts: [{ name: 'Nicolla Berne', email: 'nberne@FreeBSD.org' }] }),
      fixtureEntry('2003-01-2003-02/d', { contacts: [{ name: 'Paul Ekman', email: 'paul@one.example' }] }),
      fixtureEntry('2003-03-2003-04/e', { contacts: [{ name: 'Paula Ekman', email: 'pe@two.example' }] }),
      fixtureEntry('2003-05-2003-06/f', { contacts: [{ name: 'Paul Ogden', email: 'paul@three.example' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds.length])).toEqual([
      ['Nicolla Berne', 3],
      ['Paul Ekman', 1],
      ['Paula Ekman', 1],
      ['Paul Ogden', 1],
    ]);
  });

  it('takes a surname cut to its initial for the one full name it can stand for, and for none of two', () => {
    const people = collectPeople([
      fixtureEntry('2010-01-2010-03/a', { contacts: [{ name: 'Bruno V.', email: 'bruno@mail.example' }] }),
      fixtureEntry('2013-01-2013-03/b', { contacts: [{ name: 'Bruno Vargas', email: 'bv@FreeBSD.org' }] }),
      fixtureEntry('2010-01-2010-03/c', { contacts: [{ name: 'Ina K.' }] }),
      fixtureEntry('2013-01-2013-03/d', { contacts: [{ name: 'Ina Karl' }, { name: 'Ina Koch' }] }),
    ]);
    expect(people.map((p) => [p.name, p.entryIds.length])).toEqual([
      ['Bruno Vargas', 2],
      ['Ina K.', 1],
      ['Ina Karl', 1],
      ['Ina Koch', 1],
    ]);
  });


  it("takes a chat handle written under a contact for a way to reach that contact, and one given alone for someone known by it", () => {
    const people = collectPeople([
      fixtureEntry('2022-01-2022-03/a', { contacts: [{ name: 'lin@mail.example', email: 'lin@mail.example' }, { name: 'IRC: lin@chat.example' }] }),
      fixtureEntry('2022-04-2022-06/b', { contacts: [{ name: 'Matrix: @ola:chat.example' }] }),
    ]);
    expect(people.map((p) => [p.name, p.names, p.entryIds])).toEqual([
      ['lin@mail.example', ['lin@mail.example'], ['2022-01-2022-03/a']],
      ['Matrix: @ola:chat.example', ['Matrix: @ola:chat.example'], ['2022-04-2022-06/b']],
    ]);
  });

  it('keeps apart two people who give one handle, each under their own name', () => {
    const people = collectPeople([
      fixtureEntry('2022-01-2022-03/a', { contacts: [{ name: 'Ann Lee', email: 'ann@mail.example' }, { name: 'IRC: team@chat.example' }] }),
      fixtureEntry('2022-04-2022-06/b', { contacts: [{ name: 'Bob Roe', email: 'bob@mail.example' }, { name: 'IRC: team@chat.example' }] }),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Roe']);
  });
  it('shows a person under a name with the surname that another of their names lacks, and not under a role written after it', () => {
    const people = collectPeople([
      fixtureEntry('2002-01-2002-02/a', { contacts: [{ name: 'Joan Mara', email: 'mara@FreeBSD.org' }] }),
      fixtureEntry('2002-03-2002-04/b', { contacts: [{ name: 'Joan Mara', email: 'mara@FreeBSD.org' }] }),
      fixtureEntry('2004-01-2004-02/c', { contacts: [{ name: 'Joan Mara Quist', email: 'mara@FreeBSD.org' }] }),
      fixtureEntry('2004-03-2004-04/c2', { contacts: [{ name: 'Joan Mara Quist', email: 'mara@FreeBSD.org' }] }),
      fixtureEntry('2005-01-2005-02/d', { contacts: [{ name: 'Lars Brun Committer', email: 'lb@FreeBSD.org' }] }),
      fixtureEntry('2005-03-2005-04/e', { contacts: [{ name: 'Lars Brun Committer', email: 'lb@FreeBSD.org' }] }),
      fixtureEntry('2005-05-2005-06/f', { contacts: [{ name: 'Lars Brun' }] }),
      // A middle name leaves the shorter name whole.
      fixtureEntry('2006-01-2006-02/g', { contacts: [{ name: 'Olaf Berg', email: 'ob@FreeBSD.org' }] }),
      fixtureEntry('2006-03-2006-04/h', { contacts: [{ name: 'Olaf Berg', email: 'ob@FreeBSD.org' }] }),
      fixtureEntry('2006-05-2006-06/i', { contacts: [{ name: 'Olaf Jens Berg', email: 'ob@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name, p.entryIds.length])).toEqual([
      ['joan-mara-quist', 'Joan Mara Quist', 4],
      ['lars-brun', 'Lars Brun', 3],
      ['olaf-berg', 'Olaf Berg', 3],
    ]);
    // A longer name given once (a slip, a note), or with a role after it, completes nothing; a
    // role word after a single name is no role.
    const once = collectPeople([
      fixtureEntry('2007-01-2007-02/a', { contacts: [{ name: 'Ann Lee', email: 'al@FreeBSD.org' }] }),
      fixtureEntry('2007-03-2007-04/b', { contacts: [{ name: 'Ann Lee', email: 'al@FreeBSD.org' }] }),
      fixtureEntry('2007-05-2007-06/c', { contacts: [{ name: 'Ann Lee Netflix', email: 'al@FreeBSD.org' }] }),
      fixtureEntry('2007-07-2007-08/d', { contacts: [{ name: 'Ann Lee Kernel Developer', email: 'al@FreeBSD.org' }] }),
      fixtureEntry('2007-09-2007-10/e', { contacts: [{ name: 'Ann Lee Kernel Developer', email: 'al@FreeBSD.org' }] }),
      fixtureEntry('2008-01-2008-02/f', { contacts: [{ name: 'Eve Mentor', email: 'em@one.example' }] }),
      fixtureEntry('2008-03-2008-04/g', { contacts: [{ name: 'eve', email: 'eve@two.example' }] }),
    ]);
    expect(once.map((p) => [p.slug, p.entryIds.length])).toEqual([
      ['ann-lee', 5],
      ['eve-mentor', 1],
      ['eve', 1],
    ]);
  });

  it('shows a person by the full name given most often, with its accents, rather than a handle or the first spelling', () => {
    const people = collectPeople([
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Greta Pfeiffer', email: 'greta@FreeBSD.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'Greta Pfeifer', email: 'greta@FreeBSD.org' }] }),
      fixtureEntry('2019-07-2019-09/c', { contacts: [{ name: 'Greta Pfeifer', email: 'greta@FreeBSD.org' }] }),
      fixtureEntry('2020-01-2020-03/d', { contacts: [{ name: 'obiwan', email: 'ob@FreeBSD.org' }] }),
      fixtureEntry('2020-04-2020-06/e', { contacts: [{ name: 'obiwan', email: 'ob@FreeBSD.org' }] }),
      fixtureEntry('2020-07-2020-09/f', { contacts: [{ name: 'Ada Wibo', email: 'ob@FreeBSD.org' }] }),
      fixtureEntry('2021-01-2021-03/g', { contacts: [{ name: 'Dag Smorgrav', email: 'dag@FreeBSD.org' }] }),
      fixtureEntry('2021-04-2021-06/h', { contacts: [{ name: 'Dag Smørgrav', email: 'dag@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name])).toEqual([
      ['greta-pfeifer', 'Greta Pfeifer'],
      ['ada-wibo', 'Ada Wibo'],
      ['dag-smorgrav', 'Dag Smørgrav'],
    ]);
  });

  it('shows a team under the name it was given most often, as a person: the one readers know it by', () => {
    const people = collectPeople([
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Core Team', email: 'core@FreeBSD.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'FreeBSD Core Team', email: 'core@FreeBSD.org' }] }),
      fixtureEntry('2019-07-2019-09/c', { contacts: [{ name: 'FreeBSD Core Team', email: 'core@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.slug, p.name, p.entryIds.length])).toEqual([['freebsd-core-team', 'FreeBSD Core Team', 3]]);
  });

  it('files a group by the name it is known by: a team once named as its mailing list is a team', () => {
    const people = collectPeople([
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Gizmo mailing list', email: 'gizmo@FreeBSD.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'FreeBSD Gizmo Team', email: 'gizmo@FreeBSD.org' }] }),
      fixtureEntry('2019-07-2019-09/c', { contacts: [{ name: 'FreeBSD Gizmo Team', email: 'gizmo@FreeBSD.org' }] }),
    ]);
    expect(people.map((p) => [p.name, p.kind])).toEqual([['FreeBSD Gizmo Team', 'team']]);
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

  it("sends the slug of each other spelling of a person's name to that person", () => {
    const index = collectPeopleIndex([
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Greta Pfeiffer', email: 'greta@FreeBSD.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'Greta Pfeifer', email: 'greta@FreeBSD.org' }] }),
      fixtureEntry('2019-07-2019-09/c', { contacts: [{ name: 'Greta Pfeifer', email: 'greta@FreeBSD.org' }] }),
    ]);
    expect([...index.redirects]).toEqual([['greta-pfeiffer', 'greta-pfeifer']]);
  });

  it('sends a slug of the ledger that names no one now to the person holding most of its entries, and adds today\'s slugs', () => {
    const twice = [
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Ann Lee', email: 'ann@example.org' }, { name: 'Bo Ek', email: 'bo@example.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'Ann Lee', email: 'ann@example.org' }] }),
    ];
    // Published when Ann Lee's first entries were taken for another Ann Lee's.
    const ledger = { 'ann-lee-2': ['2019-01-2019-03/a', '2019-04-2019-06/b'], 'gone-person': ['2001-06/nowhere'] };
    const found = collectPeopleIndex(twice, undefined, ledger);
    expect([...found.redirects]).toEqual([['ann-lee-2', 'ann-lee']]);
    expect(found.ledger).toEqual({ 'ann-lee': ['2019-01-2019-03/a', '2019-04-2019-06/b'], 'ann-lee-2': ledger['ann-lee-2'], 'bo-ek': ['2019-01-2019-03/a'], 'gone-person': ['2001-06/nowhere'] });
  });


  it('publishes the slug of each other spelling, so that it still leads to its person once no entry gives it', () => {
    const before = [
      fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Kettle Port Team', email: 'kettle@example.org' }] }),
      fixtureEntry('2019-04-2019-06/b', { contacts: [{ name: 'Kettle Ports Team', email: 'kettle@example.org' }] }),
      fixtureEntry('2019-07-2019-09/c', { contacts: [{ name: 'Kettle Ports Team', email: 'kettle@example.org' }] }),
    ];
    const first = collectPeopleIndex(before);
    expect([...first.redirects]).toEqual([['kettle-port-team', 'kettle-ports-team']]);
    // The next import reads the first entry's contact as corrected: the spelling is given nowhere now.
    const after = [fixtureEntry('2019-01-2019-03/a', { contacts: [{ name: 'Kettle Ports Team', email: 'kettle@example.org' }] }), ...before.slice(1)];
    expect([...collectPeopleIndex(after, undefined, first.ledger).redirects]).toEqual([['kettle-port-team', 'kettle-ports-team']]);
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
    expect(rows[0]).toEqual({ slug: 'anna-berg', name: 'Anna Berg', kind: 'person', entryCount: 3, projectCount: 2, spanText: '2014', otherNameWords: 'anna.berg' });
  });

  it("names the subjects of a person's entries, most entries first, then by title, as many as asked", () => {
    const subject = (slug: string, title: string) => ({ slug, title, aliases: [], entries: [], mentions: [] }) as unknown as Subject;
    const [zfs, bhyve, arm] = [subject('zfs', 'ZFS'), subject('bhyve', 'bhyve'), subject('arm64', 'arm64')];
    const subjects = { byEntryId: new Map([[e1.id, [zfs, bhyve]], [e2.id, [zfs, arm]], [e3.id, [zfs]]]) };
    const anna = index.bySlug.get('anna-berg')!;
    expect(personSubjects(anna, subjects, 10)).toEqual([
      { slug: 'zfs', title: 'ZFS', count: 3 },
      { slug: 'arm64', title: 'arm64', count: 1 },
      { slug: 'bhyve', title: 'bhyve', count: 1 },
    ]);
    expect(personSubjects(anna, subjects, 1).map((s) => s.slug)).toEqual(['zfs']);
  });

  it('lets the list be filtered by a name typed without its accents, spelled out, or by login', () => {
    const row = peopleListRows(index.people).find((r) => r.slug === 'soren-weiss');
    expect(row?.otherNameWords.split(' ')).toEqual(['soren', 'weiss', 'soeren', 'sw']);
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

  it("gives a person's other names, but not an address they were named by, nor their name with a note", () => {
    const mia = [
      fixtureEntry('2015-01-2015-03/d', { contacts: [{ name: 'mia@FreeBSD.org', email: 'mia@FreeBSD.org' }] }),
      fixtureEntry('2015-01-2015-03/g', { contacts: [{ name: 'Mia Kowalczyk (mentor)', email: 'mia@FreeBSD.org' }] }),
      fixtureEntry('2015-04-2015-06/e', { contacts: [{ name: 'Mia Kowalczyk', email: 'mia@FreeBSD.org' }] }),
      fixtureEntry('2015-07-2015-09/f', { contacts: [{ name: 'Mia Kowalczyk-Lee', email: 'mia@FreeBSD.org' }] }),
    ];
    const person = collectPeopleIndex(mia).people[0]!;
    expect(personView(person, (id) => mia.find((e) => e.id === id), { byEntryId: new Map() }).otherNames).toEqual(['Mia Kowalczyk-Lee']);
    expect(personView(index.bySlug.get('anna-berg')!, getEntry, projects).otherNames).toEqual([]);
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
