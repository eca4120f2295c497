import { describe, expect, it } from 'vitest';
import { collectPeopleIndex, contactSlugs, personNamed } from '../../lib/people';
import { makeEntry } from '../projects/make-entry';

describe('personNamed', () => {
  const index = collectPeopleIndex([
    makeEntry('2010-01-2010-03', 'frob', { contacts: [{ name: 'Søren Ødegård', email: 'soren@example.org' }, { name: 'Core Team', email: 'core@example.org' }] }),
    makeEntry('2010-04-2010-06', 'frob', { contacts: [{ name: 'Soren A. Odegard', email: 'soren@example.org' }] }),
  ]);

  it('finds a person by their name in plain letters, under any spelling the index knows', () => {
    expect(personNamed(index, 'Soren Odegard')?.slug).toBe(personNamed(index, 'Søren Ødegård')?.slug);
    expect(personNamed(index, 'Soren Odegard')).toBeDefined();
  });

  it('finds no team and no one unknown', () => {
    expect(personNamed(index, 'Core Team')).toBeUndefined();
    expect(personNamed(index, 'Ada Lovelace')).toBeUndefined();
  });
});

describe('contactSlugs', () => {
  const entries = [
    makeEntry('2010-01-2010-03', 'frob', {
      contacts: [
        { name: 'Søren Ødegård', email: 'soren@example.org' },
        { name: 'Core Team', email: 'core@example.org' },
        { name: 'Ann Lee, Bo Chen', email: 'team@example.org' },
      ],
    }),
    // Named by an address alone: the address says who.
    makeEntry('2010-04-2010-06', 'frob', { contacts: [{ name: 'SOREN@example.org', email: 'soren@example.org' }] }),
  ];
  const index = collectPeopleIndex(entries);
  const slugsOf = (i: number) => contactSlugs(index, entries[i]!.id, entries[i]!.contacts.map((c) => ({ name: c.name, emails: c.email ? [c.email] : [] })));

  it('gives each contact line of an entry the page of the person or team it names', () => {
    const slugs = slugsOf(0);
    expect(slugs.get('Søren Ødegård')).toBe(personNamed(index, 'Soren Odegard')?.slug);
    expect(slugs.get('Core Team')).toBe(index.people.find((p) => p.name === 'Core Team')?.slug);
    expect(slugsOf(1).get('SOREN@example.org')).toBe(slugs.get('Søren Ødegård'));
  });

  it('gives none to a line naming several people, each of whom has a page', () => {
    expect(slugsOf(0).has('Ann Lee, Bo Chen')).toBe(false);
    expect(personNamed(index, 'Bo Chen')).toBeDefined();
  });
});
