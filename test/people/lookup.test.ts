import { describe, expect, it } from 'vitest';
import { collectPeopleIndex, personNamed } from '../../lib/people';
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
