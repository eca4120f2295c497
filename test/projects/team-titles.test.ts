import { describe, expect, it } from 'vitest';
import { threadProjects } from '../../lib/projects';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals, titleNamesTeam } from '../../lib/projects/signals';
import { measureRarity, similarity } from '../../lib/projects/similarity';
import { makeEntry } from './make-entry';

describe('titleNamesTeam', () => {
  it.each([
    ['Gadget Keepers Team', true],
    ['Widget Release Engineering', true],
    ['Sprocket Committee', true],
    ['Widget Management Library', false],
    ['Gizmo Administrator Guide', false],
    ['The Gizmo Project', false],
  ])('%s: %s', (title, team) => {
    expect(titleNamesTeam(title)).toBe(team);
  });
});

describe('threadProjects on a team signed by people, then by its address', () => {
  const early = ['2004-01-2004-03', '2004-04-2004-06'];
  const late = ['2012-01-2012-03', '2012-04-2012-06'];
  const teamText = 'Advisories were issued, errata notices published and the embargo process reviewed with vendors.';
  function corpus(lateTitle: string) {
    return [
      ...early.map((q) => makeEntry(q, 'keepers', { title: 'Gadget Keepers Office Team', contacts: [{ name: 'Dana Example', email: 'dana@example.org' }], body: teamText })),
      ...late.map((q) => makeEntry(q, 'keepers', { title: lateTitle, contacts: [{ name: 'Gadget Keepers', email: 'keepers@example.org' }, { name: 'Keepers Team', email: 'keepers@example.org' }], body: `${teamText} A new member joined.` })),
      ...early.concat(late).map((q, i) => makeEntry(q, `other-${i}`, { title: `Unrelated Topic ${'abcd'[i]}`, body: `Nothing about ${'wxyz'[i]}.` })),
    ];
  }
  const joined = (lateTitle: string): boolean => {
    const index = threadProjects(corpus(lateTitle));
    return index.byEntryId.get(`${early[0]}/keepers`) === index.byEntryId.get(`${late[1]}/keepers`);
  };

  it('joins the years the team signed by its members to those it signed by its address, when both titles name the team', () => {
    expect(joined('Gadget Keepers Team')).toBe(true);
  });

  it('does not when the later title names no team', () => {
    expect(joined('Gadget Keepers Handbook')).toBe(false);
  });

});

describe('similarity of two titles naming a team', () => {
  const rolesOf = (first: string, second: string): number => {
    const entries = [makeEntry('2004-01-2004-03', 'one', { title: first, contacts: [{ name: 'Dana Example', email: 'dana@example.org' }] }), makeEntry('2012-01-2012-03', 'two', { title: second, contacts: [{ name: 'Gadget Keepers', email: 'keepers@example.org' }] })];
    const named = identifyPeople(entries);
    return similarity(0, 1, measureRarity(entries.map((e, i) => entrySignals(e, i, named[i]!)))).roles;
  };

  it('takes titles alike word for word for one team, as if they shared its address', () => {
    expect(rolesOf('Gadget Keepers Officer Team', 'Gadget Keepers Team')).toBe(1);
  });

  it('does not take a word that only starts another ("Office" of "Officer") for the same team', () => {
    expect(rolesOf('Gadget Keepers Officer Team', 'Gadget Office Team')).toBe(0);
  });
});
