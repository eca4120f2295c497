import { describe, expect, it } from 'vitest';
import { collectPeopleIndex } from '../../lib/people';
import { workedWith } from '../../lib/people/view';
import { fixtureEntry } from '../search/fixture-kb';

// Invented people: Mira Tamm reports with Olli Vask three times, with the Kettle Team twice, with Pia Rebane once.
const entries = [
  fixtureEntry('2019-01-2019-03/kettle', {
    contacts: [
      { name: 'Mira Tamm', email: 'mira@example.org' },
      { name: 'Olli Vask', email: 'olli@example.org' },
      { name: 'Kettle Team', email: 'kettle@example.org' },
      { name: 'kettle mailing list', email: 'kettle-list@lists.example.org' },
    ],
  }),
  fixtureEntry('2019-04-2019-06/kettle', {
    contacts: [
      { name: 'Mira Tamm', email: 'mira@example.org' },
      { name: 'Olli Vask', email: 'olli@example.org' },
      { name: 'Kettle Team', email: 'kettle@example.org' },
    ],
  }),
  fixtureEntry('2019-07-2019-09/teapot', {
    contacts: [
      { name: 'Olli Vask', email: 'olli@example.org' },
      { name: 'Mira Tamm', email: 'mira@example.org' },
      { name: 'Pia Rebane', email: 'pia@example.org' },
    ],
  }),
  fixtureEntry('2019-10-2019-12/spoon', { contacts: [{ name: 'Pia Rebane', email: 'pia@example.org' }, { name: 'Uku Saar' }] }),
];

describe('workedWith', () => {
  const index = collectPeopleIndex(entries);
  const mira = index.bySlug.get('mira-tamm')!;

  it('names the people and teams on the same entries, most shared entries first, then by name, and not the person', () => {
    expect(workedWith(mira, index, 12)).toEqual({
      shown: [
        { slug: 'olli-vask', name: 'Olli Vask', kind: 'person', count: 3 },
        { slug: 'kettle-team', name: 'Kettle Team', kind: 'team', count: 2 },
        { slug: 'pia-rebane', name: 'Pia Rebane', kind: 'person', count: 1 },
      ],
      more: 0,
    });
  });

  it('counts no mailing list as someone worked with', () => {
    expect(workedWith(mira, index, 12).shown.map((c) => c.slug)).not.toContain('kettle-mailing-list');
    expect(index.bySlug.get('kettle-mailing-list')?.kind).toBe('list');
  });

  it('shows at most the limit and says how many more there are', () => {
    expect(workedWith(mira, index, 2)).toMatchObject({ shown: [{ slug: 'olli-vask' }, { slug: 'kettle-team' }], more: 1 });
  });

  it('is empty for someone who reported alone', () => {
    const alone = collectPeopleIndex([fixtureEntry('2020-01-2020-03/cup', { contacts: [{ name: 'Uku Saar' }] })]);
    expect(workedWith(alone.bySlug.get('uku-saar')!, alone, 12)).toEqual({ shown: [], more: 0 });
  });
});
