import type { ParsedQuery, QueryWord } from './query';
import { STOPWORDS } from './stopwords';
import type { TokenGroup } from './tokenize';
import type { Speller } from './vocabulary/spell';
import type { Vocabulary } from './vocabulary/vocabulary';

/** One way a query word can match: all of `termIds` in a row, worth `weight` of a plain match. */
export interface Alternative {
  termIds: number[];
  weight: number;
  /** The word as written (or corrected), rather than a prefix or another form of it. */
  exact: boolean;
}

/** A query word or phrase, resolved against the vocabulary. */
export interface WordPlan {
  alternatives: Alternative[];
  /** For a quoted phrase: its phrase form, which a row's text must contain. */
  phrase?: string;
}

export interface QueryPlan {
  words: WordPlan[];
  /** Misspelled words and what they were read as, each with its place in the query. */
  corrections: { start: number; end: number; term: string }[];
}

/** Tunables of the expansion; the defaults are what the judged queries were tuned with. */
export const EXPANSION = {
  /** Shortest word that also matches as a prefix of longer terms. */
  minPrefixLength: 4,
  /**
   * A word found in at least this many rows is not also read as a prefix: its exact matches
   * rank first anyway, and expanding a common word multiplies the rows to score.
   */
  prefixBelowRows: 30,
  /** The most frequent completions of a prefix that are looked up. */
  maxPrefixTerms: 5,
  prefixWeight: 0.5,
  partsWeight: 0.8,
  joinedWeight: 0.9,
  numberWeight: 0.7,
  correctionWeight: 0.9,
  /** A rare word (in at most this many rows) next to a far more frequent one is probably its misspelling. */
  rareWordRows: 5,
  rareWordRatio: 5,
  rareWordMinLength: 6,
} as const;

function alternativesOf(group: TokenGroup, vocabulary: Vocabulary): Alternative[] {
  const alternatives: Alternative[] = [];
  const id = vocabulary.idOf(group.term);
  if (id >= 0) alternatives.push({ termIds: [id], weight: 1, exact: true });
  if (group.joined) {
    const joined = vocabulary.idOf(group.joined);
    if (joined >= 0) alternatives.push({ termIds: [joined], weight: EXPANSION.joinedWeight, exact: true });
  }
  // A man page's section is not needed: `ixgbe(4)` also finds a plain "ixgbe".
  const parts = group.term.endsWith(')') ? group.parts.slice(0, 1) : group.parts;
  const partIds = parts.filter((p) => !STOPWORDS.has(p)).map((p) => vocabulary.idOf(p));
  if (partIds.length > 0 && partIds.every((p) => p >= 0)) {
    alternatives.push({ termIds: partIds, weight: EXPANSION.partsWeight, exact: parts.length > 1 });
  }
  if (group.parts.length === 0 && /^\p{L}/u.test(group.term)) {
    // The other number of a noun: "port" also finds "ports", "drivers" also "driver".
    const other = group.term.endsWith('s') ? group.term.slice(0, -1) : `${group.term}s`;
    const otherId = group.term.length > 3 ? vocabulary.idOf(other) : -1;
    if (otherId >= 0) alternatives.push({ termIds: [otherId], weight: EXPANSION.numberWeight, exact: false });
    if (group.term.length >= EXPANSION.minPrefixLength && vocabulary.frequency(group.term) < EXPANSION.prefixBelowRows) {
      alternatives.push(...prefixAlternatives(group.term, [id, otherId], vocabulary));
    }
  }
  return alternatives;
}

function prefixAlternatives(term: string, skip: number[], vocabulary: Vocabulary): Alternative[] {
  const [lo, hi] = vocabulary.prefixRange(term);
  const ids: number[] = [];
  for (let i = lo; i < hi; i++) if (!skip.includes(i)) ids.push(i);
  ids.sort((a, b) => (vocabulary.df[b] ?? 0) - (vocabulary.df[a] ?? 0));
  return ids.slice(0, EXPANSION.maxPrefixTerms).map((i) => ({
    termIds: [i],
    weight: (EXPANSION.prefixWeight * term.length) / (vocabulary.terms[i] ?? term).length,
    exact: false,
  }));
}

/**
 * The misspelling a word is taken for: an unknown word's nearest known term, or for a rare
 * word a far more frequent term one letter away ("linuxolator" beside "linuxulator").
 */
function correctionOf(word: QueryWord, known: boolean, vocabulary: Vocabulary, speller: Speller): string | undefined {
  const { term } = word.group;
  if (word.group.parts.length > 0) return undefined;
  if (!known) return speller.suggest(term)?.term;
  const frequency = vocabulary.frequency(term);
  if (frequency > EXPANSION.rareWordRows || term.length < EXPANSION.rareWordMinLength) return undefined;
  const near = speller.suggest(term, Math.max(10, frequency * EXPANSION.rareWordRatio));
  return near && near.distance === 1 && near.term.length === term.length ? near.term : undefined;
}

/** Resolves every word of a parsed query against the vocabulary: forms, prefixes, corrections. */
export function planQuery(parsed: ParsedQuery, vocabulary: Vocabulary, speller: Speller): QueryPlan {
  const corrections: QueryPlan['corrections'] = [];
  // Question words only matter when the query has nothing else.
  const required = parsed.words.filter((w) => !w.optional);
  const words: WordPlan[] = (required.length ? required : parsed.words).map((word) => {
    const alternatives = alternativesOf(word.group, vocabulary);
    const correction = correctionOf(word, alternatives.length > 0, vocabulary, speller);
    if (correction) {
      corrections.push({ start: word.group.start, end: word.group.end, term: correction });
      alternatives.push(...alternativesOf({ term: correction, parts: [], start: 0, end: 0 }, vocabulary).map((a) => ({ ...a, weight: a.weight * EXPANSION.correctionWeight })));
    }
    return { alternatives };
  });
  for (const phrase of parsed.phrases) {
    const terms = phrase.groups.flatMap((g) => (g.parts.length ? g.parts : [g.term])).filter((t) => !STOPWORDS.has(t));
    const termIds = terms.map((t) => vocabulary.idOf(t));
    const known = termIds.every((id) => id >= 0);
    words.push({ alternatives: known ? [{ termIds, weight: 1, exact: true }] : [], phrase: phrase.normalized });
  }
  return { words, corrections };
}
