import { describe, expect, it } from 'vitest';
import { collectPeopleIndex, contactSlugs } from '../../lib/people';
import { slugsLeadingNowhere } from '../../lib/people/view';
import { fixtureEntry } from '../search/fixture-kb';

describe('contacts that name no one', () => {
  const withPlaceholders = [
    fixtureEntry('2008-01-2008-03/saucer', {
      contacts: [
        { name: 'Kettle Audit Mailing List', email: 'kettle-audit@kettle.example' },
        { name: 'Olli Vask', email: 'olli@example.org' },
      ],
    }),
    // A stand-in name at a list's address: the address is the list's, the name no one's.
    fixtureEntry('2008-04-2008-06/saucer', { contacts: [{ name: 'John Doe', email: 'kettle-audit@kettle.example' }] }),
    fixtureEntry('2008-07-2008-09/ladle', { contacts: [{ name: 'Several' }, { name: 'Pia Rebane', email: 'pia@example.org' }] }),
    fixtureEntry('2008-10-2008-12/whisk', { contacts: [{ name: 'TBD' }, { name: 'You?' }, { name: 'Volunteers wanted' }, { name: 'N/A' }] }),
    // Initials are someone's, though "N/A" is made of two letters too.
    fixtureEntry('2009-01-2009-03/sieve', { contacts: [{ name: 'A. N.', email: 'an@example.org' }] }),
  ];
  const index = collectPeopleIndex(withPlaceholders);

  it('get no page: "Several", "John Doe", "TBD", "You?", "Volunteers wanted", "N/A"', () => {
    expect(index.people.map((p) => [p.slug, p.kind])).toEqual([
      ['kettle-audit-mailing-list', 'list'],
      ['olli-vask', 'person'],
      ['pia-rebane', 'person'],
      ['a-n', 'person'],
    ]);
  });

  it('leave their address to whoever it reaches, and an entry naming only them names no one', () => {
    expect(index.bySlug.get('kettle-audit-mailing-list')?.entryIds).toEqual(['2008-01-2008-03/saucer', '2008-04-2008-06/saucer']);
    expect(index.byEntryId.get('2008-07-2008-09/ladle')?.map((p) => p.slug)).toEqual(['pia-rebane']);
    expect(index.byEntryId.get('2008-10-2008-12/whisk')).toEqual([]);
  });

  it("link no entry's contact line to a page by their address", () => {
    const lines = [{ name: 'John Doe', emails: ['kettle-audit@kettle.example'] }];
    expect(contactSlugs(index, '2008-04-2008-06/saucer', lines)).toEqual(new Map());
  });

  it('are no one among several people listed on one line', () => {
    const listed = collectPeopleIndex([fixtureEntry('2009-01-2009-03/fork', { contacts: [{ name: 'Olli Vask, John Doe' }] })]);
    expect(listed.people.map((p) => p.slug)).toEqual(['olli-vask']);
  });

  it('are told by the whole name: one such word beside a name leaves it a name', () => {
    const contacts = [{ name: 'Anna Many', email: 'anna@example.org' }, { name: 'Several people' }, { name: 'John Doerr' }];
    const named = collectPeopleIndex([fixtureEntry('2009-04-2009-06/plate', { contacts })]);
    expect(named.people.map((p) => p.slug)).toEqual(['anna-many', 'john-doerr']);
  });

  it("published before, lead to the list of people, not to one of their entry's people", () => {
    const ledger = { several: ['2008-07-2008-09/ladle'], 'john-doe': ['2008-04-2008-06/saucer'], 'olli-vask': ['2008-01-2008-03/saucer'] };
    const republished = collectPeopleIndex(withPlaceholders, undefined, ledger);
    expect(republished.redirects.has('several')).toBe(false);
    expect(republished.redirects.has('john-doe')).toBe(false);
    expect(slugsLeadingNowhere(republished).sort()).toEqual(['john-doe', 'several']);
  });
});

describe('teams named only by what they are', () => {
  it('are shown under another name they were given that says whose they are, the bare one leading there', () => {
    const index = collectPeopleIndex([
      fixtureEntry('2010-01-2010-03/kettlecon', { contacts: [{ name: 'Information', email: 'info@kettlecon.example' }] }),
      fixtureEntry('2010-04-2010-06/kettlecon', { contacts: [{ name: 'Information', email: 'info@kettlecon.example' }] }),
      fixtureEntry('2010-07-2010-09/kettlecon', { contacts: [{ name: 'KettleCon Organizing Committee', email: 'info@kettlecon.example' }] }),
    ]);
    expect(index.people.map((p) => [p.slug, p.name, p.kind, p.entryIds.length])).toEqual([['kettlecon-organizing-committee', 'KettleCon Organizing Committee', 'team', 3]]);
    expect(index.redirects.get('information')).toBe('kettlecon-organizing-committee');
  });

  it("else under their address's host, the bare name leading there; a name saying whose stays", () => {
    const index = collectPeopleIndex([
      fixtureEntry('2018-01-2018-03/kettle-users', { contacts: [{ name: 'Official', email: 'meet@www.kettle-users.example' }] }),
      fixtureEntry('2018-04-2018-06/kettle-users', { contacts: [{ name: 'Information', email: 'info@kettle.example' }, { name: 'info@kettle.example', email: 'info@kettle.example' }] }),
      fixtureEntry('2018-07-2018-09/spoon', { contacts: [{ name: 'Spoon Information', email: 'info@spoon.example' }] }),
    ]);
    expect(index.people.map((p) => [p.slug, p.name, p.kind])).toEqual([
      ['official-kettle-users-example', 'Official (kettle-users.example)', 'team'],
      ['information-kettle-example', 'Information (kettle.example)', 'team'],
      ['spoon-information', 'Spoon Information', 'team'],
    ]);
    expect(index.redirects.get('official')).toBe('official-kettle-users-example');
  });
});
