import { describe, expect, it } from 'vitest';
import { identifyPeople } from '../../lib/projects/people';
import { entrySignals } from '../../lib/projects/signals';
import { measureRarity, similarity } from '../../lib/projects/similarity';
import { makeEntry } from './make-entry';
import { Q } from './frob-corpus';

/**
 * A name written with a hyphen in one report, run together or split by a space in the next
 * ("Quux-Z", "QuuxZ", "Quux Z"): one name. Guards what title-aliases.ts gives (neighbouring
 * words run together) and similarity.ts's abbreviation rule, which together make the spellings
 * meet; none of these checks depends on the case of the name.
 */
describe('a name spelled with a hyphen, run together or spaced', () => {
  const titleSimilarity = (first: string, second: string): number => {
    const entries = [makeEntry(Q[0], 'one', { title: first }), makeEntry(Q[1], 'two', { title: second })];
    // Unrelated titles around them, so that the words of the pair weigh as rare words do.
    const others = ['Pelican Loader', 'Marmot Scheduler', 'Heron Packet Filter', 'Otter Sound Mixer'].map((t, i) => makeEntry(Q[2], `other-${i}`, { title: t }));
    const all = [...entries, ...others];
    const named = identifyPeople(all);
    return similarity(0, 1, measureRarity(all.map((e, i) => entrySignals(e, i, named[i]!)))).title;
  };

  it.each([
    ['hyphen', 'run together', 'Gadgets on Quux-Z and Nimbus', 'Gadgets on QuuxZ and Nimbus'],
    ['space', 'run together', 'Gadgets on Quux Z and Nimbus', 'Gadgets on QUUXZ and Nimbus'],
    ['hyphen', 'space', 'Open-Pebble Tooling', 'Open Pebble tooling'],
  ])('takes a name with a %s and the name %s for one', (_a, _b, first, second) => {
    expect(titleSimilarity(first, second)).toBeGreaterThanOrEqual(0.9);
  });
});
