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

  it('breaks a tie in shared entries by name, as a reader alphabetises (Ü beside U, not after Z)', () => {
    // Invented: Rein Kask reports once with each of four people, named here in no order.
    const ties = collectPeopleIndex([
      fixtureEntry('2021-01-2021-03/ladle', {
        contacts: [
          { name: 'Rein Kask', email: 'rein@example.org' },
          { name: 'Zelda Kuusk', email: 'zelda@example.org' },
          { name: 'Ülo Mets', email: 'ylo@example.org' },
        ],
      }),
      fixtureEntry('2021-04-2021-06/whisk', {
        contacts: [
          { name: 'Rein Kask', email: 'rein@example.org' },
          { name: 'Berit Lind', email: 'berit@example.org' },
          { name: 'Andres Pihl', email: 'andres@example.org' },
        ],
      }),
    ]);
    expect(workedWith(ties.bySlug.get('rein-kask')!, ties, 12).shown.map((c) => [c.name, c.count])).toEqual([
      ['Andres Pihl', 1],
      ['Berit Lind', 1],
      ['Ülo Mets', 1],
      ['Zelda Kuusk', 1],
    ]);
  });

  it('is empty for someone who reported alone', () => {
    const alone = collectPeopleIndex([fixtureEntry('2020-01-2020-03/cup', { contacts: [{ name: 'Uku Saar' }] })]);
    expect(workedWith(alone.bySlug.get('uku-saar')!, alone, 12)).toEqual({ shown: [], more: 0 });
  });
});
