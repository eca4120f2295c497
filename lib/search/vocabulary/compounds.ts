import { isCommonWord } from '../../words';
import { lowerBound, type Vocabulary } from './vocabulary';

/** Words that make compounds: letters and digits only ("openzfs", not "zfs-stats"). */
const PLAIN = /^[a-z][a-z0-9]*$/;

/**
 * The vocabulary's compounds by their last word: "openzfs" and "bootloader" hold "zfs" and
 * "loader" after a word of their own ("open", "boot"), so a reader's "zfs" also finds them.
 * Built once per vocabulary, from the terms read backwards.
 */
export class Compounds {
  private readonly reversed: string[];
  private readonly idOfReversed: Int32Array;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly minPart = 3,
  ) {
    // A word of the dictionary is a word of its own, never a compound: "schedule" is no "sched" +
    // "ule" (the ULE scheduler), "network" no "net" + "work", "module" no "mod" + "ule".
    const compound = (term: string): boolean => PLAIN.test(term) && term.length >= 2 * minPart && !isCommonWord(term);
    const plain = vocabulary.terms.flatMap((term, id) => (compound(term) ? [{ key: [...term].reverse().join(''), id }] : []));
    plain.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.reversed = plain.map((p) => p.key);
    this.idOfReversed = Int32Array.from(plain, (p) => p.id);
  }

  /** Terms that are another word followed by `word` ("openzfs" for "zfs"), the most frequent first. */
  endingIn(word: string): number[] {
    if (!PLAIN.test(word) || word.length < this.minPart) return [];
    const key = [...word].reverse().join('');
    const own = this.vocabulary.frequency(word);
    const ids: number[] = [];
    for (let i = lowerBound(this.reversed, key); i < this.reversed.length && this.reversed[i]?.startsWith(key); i++) {
      const id = this.idOfReversed[i] ?? -1;
      const head = (this.vocabulary.terms[id] ?? '').slice(0, -word.length);
      // A compound written more often than the word itself is none of its uses: "sysctl" is no "ctl" (CAM Target Layer).
      const commoner = own > 0 && (this.vocabulary.df[id] ?? 0) > own;
      if (head.length >= this.minPart && this.vocabulary.idOf(head) >= 0 && !commoner) ids.push(id);
    }
    return ids.sort((a, b) => (this.vocabulary.df[b] ?? 0) - (this.vocabulary.df[a] ?? 0));
  }
}
