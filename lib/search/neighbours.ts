import type { WordPlan } from './plan';
import type { QueryWord } from './query';
import type { AliasTable } from './vocabulary/aliases';
import type { Vocabulary } from './vocabulary/vocabulary';
import { withoutManSection } from './tokenize';

// Query words read together with their neighbours: a run of words that is one name, two words
// the corpus also writes as one. `words[i]` is the plan of `keyWords[i]`, the query's words
// without function words, in the query's order.

/**
 * Each run of query words that is a name the corpus gives another name to ("AWS", "Highly
 * Available Storage") lets each of its words also match that other name.
 */
export function addAliasAlternatives(keyWords: readonly QueryWord[], words: readonly WordPlan[], aliases: AliasTable, weight: number): void {
  // A man page has its name's other names: "ixgbe(4)" finds what "ixgbe" finds through them (ix, Intel 10G).
  for (const span of aliases.spansOf(keyWords.map((w) => withoutManSection(w.group.term)))) {
    for (const plan of words.slice(span.start, span.end)) {
      for (const other of span.others) plan.alternatives.push({ ...other, weight, exact: true });
    }
  }
}

const isPlain = (word: QueryWord | undefined): word is QueryWord => word !== undefined && word.group.parts.length === 0 && /^\p{L}+$/u.test(word.group.term);

/**
 * The terms that write two words as one: whole ("bugbusting") or clipped, each word cut to a
 * start of at least `minPart` letters ("newcons" for new console, "cpufreq", "syscons").
 */
function joinedTerms(a: string, b: string, vocabulary: Vocabulary, minPart: number): number[] {
  if (a.length < minPart || b.length < minPart) return [];
  // Per cut of `a`, only the terms that go on with `b`'s first letters: scanning every term that
  // starts like `a` ("fre…" for "free") cost more than the rest of planning the query.
  const found = new Set<number>();
  for (let cut = minPart; cut <= a.length; cut++) {
    const [lo, hi] = vocabulary.prefixRange(a.slice(0, cut) + b.slice(0, minPart));
    for (let id = lo; id < hi; id++) {
      const term = vocabulary.terms[id] ?? '';
      if (term.length - cut <= b.length && term.startsWith(b.slice(0, term.length - cut), cut)) found.add(id);
    }
  }
  return [...found].sort((x, y) => x - y);
}

/**
 * Compounds: two neighbouring words that the index holds as one term ("bug busting" finds
 * "BugBusting", "soft updates" "SoftUpdates") match it, each of them; a rare word that is two
 * indexed words ("softupdates") matches them written apart, as a phrase.
 */
export function addCompoundAlternatives(
  keyWords: readonly QueryWord[],
  words: readonly WordPlan[],
  vocabulary: Vocabulary,
  tunables: { compoundWeight: number; minCompoundPart: number; prefixBelowRows: number },
): void {
  keyWords.forEach((word, i) => {
    const next = keyWords[i + 1];
    for (const joined of isPlain(word) && isPlain(next) ? joinedTerms(word.group.term, next.group.term, vocabulary, tunables.minCompoundPart) : []) {
      // Scored by the rarity of the word it stands for: "security-team@" is rarer than "security
      // team" only because addresses are rare, not because it says more.
      for (const [w, plan] of [[word, words[i]], [next, words[i + 1]]] as const) {
        const own = vocabulary.idOf(w?.group.term ?? '');
        plan?.alternatives.push({ termIds: [joined], weight: tunables.compoundWeight, exact: true, ...(own >= 0 ? { idfOf: own } : {}) });
      }
    }
    const term = word.group.term;
    if (!isPlain(word) || vocabulary.frequency(term) >= tunables.prefixBelowRows) return;
    for (let cut = tunables.minCompoundPart; cut <= term.length - tunables.minCompoundPart; cut++) {
      const [a, b] = [vocabulary.idOf(term.slice(0, cut)), vocabulary.idOf(term.slice(cut))];
      if (a < 0 || b < 0) continue;
      words[i]?.alternatives.push({ termIds: [a, b], weight: tunables.compoundWeight, exact: true, phrase: ` ${term.slice(0, cut)} ${term.slice(cut)} ` });
    }
  });
}

/**
 * A number and the word after it, as entries write them together: "10 gigabit" also finds
 * "10Gigabit" and "10G" (a unit's first letter, as in 10G, 40G, 100M), each of the two words,
 * where the index holds that term.
 */
export function addNumberAlternatives(keyWords: readonly QueryWord[], words: readonly WordPlan[], vocabulary: Vocabulary, weight: number): void {
  keyWords.forEach((word, i) => {
    const next = keyWords[i + 1];
    if (!/^\d+$/.test(word.group.term) || !isPlain(next)) return;
    const unit = next.group.term;
    for (const joined of new Set([`${word.group.term}${unit}`, `${word.group.term}${unit[0]}`])) {
      const id = vocabulary.idOf(joined);
      if (id < 0) continue;
      for (const plan of [words[i], words[i + 1]]) plan?.alternatives.push({ termIds: [id], weight, exact: true });
    }
  });
}

/** A word width as readers write it: "64-bit", "32-bit". */
const BIT_WIDTH = /^(\d{2,3})-bit$/;

/**
 * A width and the name beside it, as entries write them together: "64-bit ARM" also finds
 * "arm64", "ARM 64-bit" too (the writers' names of an architecture's width: arm64, riscv64,
 * powerpc64), each of the two words, where the index holds that term.
 */
export function addWidthAlternatives(keyWords: readonly QueryWord[], words: readonly WordPlan[], vocabulary: Vocabulary, weight: number): void {
  keyWords.forEach((word, i) => {
    const width = BIT_WIDTH.exec(word.group.term)?.[1];
    if (!width) return;
    for (const j of [i + 1, i - 1]) {
      const name = keyWords[j];
      if (!isPlain(name)) continue;
      const id = vocabulary.idOf(`${name.group.term}${width}`);
      if (id < 0) continue;
      for (const plan of [words[i], words[j]]) plan?.alternatives.push({ termIds: [id], weight, exact: true });
      return;
    }
  });
}
