import { maxEditsFor, osaDistance } from '../../words';
import type { Vocabulary } from './vocabulary';

export interface Correction {
  term: string;
  distance: number;
  frequency: number;
}

const WORD = /^\p{L}+$/u;
const MAX_WORD = 30;
/**
 * Most digits of a word that is corrected: a name's number ("amd64", "i386", "ext4") is part of
 * the name, a revision's or a version's ("r12345", "13.2") is the thing sought.
 */
const MAX_NAME_DIGITS = 3;
const LETTERS_AND_DIGITS = /^[\p{L}\d]+$/u;

/** A word's digits, in order. */
const digitsOf = (word: string): string => [...word].filter((c) => c >= '0' && c <= '9').join('');

/**
 * Whether a correction keeps a word's number: the same digits in the same order, or two
 * neighbouring ones swapped, the slip "amd46" and "i368" are ("amd32", or "python312" of
 * "python231", is another thing).
 */
function keepsNumber(typed: string, term: string): boolean {
  const [a, b] = [digitsOf(typed), digitsOf(term)];
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Letters only, or a name of letters with a number of up to `MAX_NAME_DIGITS` digits. */
function isCorrectable(word: string): boolean {
  if (WORD.test(word)) return true;
  const digits = digitsOf(word).length;
  return LETTERS_AND_DIGITS.test(word) && digits <= MAX_NAME_DIGITS && digits < word.length;
}
/** Letters a word and its correction are taken to share when the deletions find nothing. */
const SAME_START = 3;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Finds the vocabulary's terms near a word without comparing it to all of them (SymSpell's
 * idea): every term is filed under itself and each of its one-letter deletions, and a word
 * looks itself and its own deletions up there, then each candidate is checked with
 * `osaDistance`. This finds every term one edit away (a swap included) and most two away.
 */
export class Speller {
  private readonly keys = new Map<string, number | number[]>();

  constructor(private readonly vocabulary: Vocabulary) {
    vocabulary.terms.forEach((term, id) => {
      if (term.length < 3 || term.length > MAX_WORD || !isCorrectable(term)) return;
      for (const key of [term, ...deletions(term)]) {
        const had = this.keys.get(key);
        if (had === undefined) this.keys.set(key, id);
        else if (typeof had === 'number') {
          if (had !== id) this.keys.set(key, [had, id]);
        } else if (!had.includes(id)) had.push(id);
      }
    });
  }

  /**
   * The best stand-in for a word: the nearest term within the word's edit budget, the more
   * frequent among equals, found in at least `minFrequency` rows, keeping the word's number
   * (`keepsNumber`): "am64" is "amd64" and "amd46" is too, but no word gains, loses or changes a number.
   * Words with punctuation or a longer number are never corrected: `r12345` is no misspelling
   * of `r12346`.
   */
  suggest(word: string, minFrequency = 1): Correction | undefined {
    const max = maxEditsFor(word.length);
    if (word.length === 3 && WORD.test(word)) return this.swapped(word, minFrequency);
    if (max === 0 || word.length > MAX_WORD || !isCorrectable(word)) return undefined;
    const probes = new Set([word, ...deletions(word)]);
    if (max > 1) for (const d of deletions(word)) for (const dd of deletions(d)) probes.add(dd);
    const seen = new Set<number>();
    let best: Correction | undefined;
    for (const probe of probes) {
      const found = this.keys.get(probe);
      if (found === undefined) continue;
      for (const id of typeof found === 'number' ? [found] : found) {
        if (seen.has(id)) continue;
        seen.add(id);
        const term = this.vocabulary.terms[id] ?? '';
        const frequency = this.vocabulary.df[id] ?? 0;
        if (term === word || frequency < minFrequency || !keepsNumber(word, term)) continue;
        const distance = osaDistance(word, term, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
          best = { term, distance, frequency };
        }
      }
    }
    return best ?? (max > 1 ? this.nearWithSameStart(word, max, minFrequency) : undefined);
  }

  /**
   * A three-letter word takes no edit but a swap of two neighbouring letters ("zsf" → "zfs"): any
   * other edit of so short a word makes another word. The more frequent of the two, if any.
   */
  private swapped(word: string, minFrequency: number): Correction | undefined {
    let best: Correction | undefined;
    for (const term of [word[1]! + word[0]! + word[2]!, word[0]! + word[2]! + word[1]!]) {
      const frequency = this.vocabulary.frequency(term);
      if (term !== word && frequency >= minFrequency && (!best || frequency > best.frequency)) best = { term, distance: 1, frequency };
    }
    return best;
  }

  /**
   * What the deletions miss: a term two edits away that needs two letters put back into the
   * word ("enlightment" → "enlightenment"). Terms that begin like the word are few, so they
   * are compared one by one; a misspelling rarely changes the first letters.
   */
  private nearWithSameStart(word: string, max: number, minFrequency: number): Correction | undefined {
    const [lo, hi] = this.vocabulary.prefixRange(word.slice(0, SAME_START));
    let best: Correction | undefined;
    for (let id = lo; id < hi; id++) {
      const term = this.vocabulary.terms[id] ?? '';
      const frequency = this.vocabulary.df[id] ?? 0;
      if (term === word || frequency < minFrequency || Math.abs(term.length - word.length) > max || !isCorrectable(term) || !keepsNumber(word, term)) continue;
      const distance = osaDistance(word, term, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) best = { term, distance, frequency };
    }
    return best;
  }
}
