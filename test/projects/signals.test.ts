import { describe, expect, it } from 'vitest';
import { entrySignals } from '../../lib/projects/signals';
import { makeEntry } from './make-entry';

const signalsOf = (body: string) => entrySignals(makeEntry('2030-01-2030-03', 'gizmo', { body }), 0, { people: [], roles: [] });

describe('entrySignals: an address the import wrote escaped', () => {
  // `https\://` keeps a bare address from becoming a link; `\_` and `\~` are how the import writes them in text.
  const escaped = signalsOf('Packages are built nightly, see https\\://builds.example.org/\\~pia/gizmo\\_pkg for the logs.');
  const plain = signalsOf('Packages are built nightly, see https://builds.example.org/~pia/gizmo_pkg for the logs.');

  it('cites the address a reader follows', () => {
    expect(escaped.links).toEqual(['builds.example.org/~pia/gizmo_pkg']);
  });

  it('takes none of its parts for words of the text, as for an address written plainly', () => {
    expect([...escaped.terms.keys()]).toEqual([...plain.terms.keys()]);
    expect([...escaped.terms.keys()].filter((t) => /^(http|gizmo|pkg|pia|exampl)/.test(t))).toEqual([]);
  });
});
