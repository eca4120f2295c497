import { namesSomething, type ParsedQuery, type QueryWord } from './query';
import { extractReferences } from './references';
import { STOPWORDS } from './stopwords';
import { isCommonWord } from '../words';
import { tokenizeGroups, type TokenGroup } from './tokenize';
import { addAliasAlternatives, addCompoundAlternatives, addNumberAlternatives, addWidthAlternatives } from './neighbours';
import type { AliasTable } from './vocabulary/aliases';
import type { Speller } from './vocabulary/spell';
import type { Compounds } from './vocabulary/compounds';
import type { Stems } from './vocabulary/stems';
import type { Vocabulary } from './vocabulary/vocabulary';

/** One way a query word can match: all of `termIds` in a row, worth `weight` of a plain match. */
export interface Alternative {
  termIds: number[];
  weight: number;
  /** The word as written (or corrected), rather than a prefix or another form of it. */
  exact: boolean;
  /**
   * For an identifier: the term whose rarity its score takes. `ixgbe(4)` is rarer than `ixgbe`
   * only because most entries write the name alone; scored by its own rarity, one passing
   * `ixgbe(4)` would outweigh an entry about the driver.
   */
  idfOf?: number;
  /** A phrase form the row's text must contain (another name of several words). */
  phrase?: string;
}

/** A query word or phrase, resolved against the vocabulary. */
export interface WordPlan {
  alternatives: Alternative[];
  /** For a quoted phrase: its phrase form, which a row's text must contain. */
  phrase?: string;
}

export interface QueryPlan {
  words: WordPlan[];
  /** From `ParsedQuery.question`. */
  question: boolean;
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
  /** The word a modifier is written before ("jail" for "per-jail"). */
  modifiedWeight: 0.6,
  joinedWeight: 0.9,
  numberWeight: 0.7,
  /** Another word of the same stem (`audit` for `auditing`), the most frequent few. */
  stemWeight: 0.5,
  maxStemTerms: 4,
  stemBelowRows: 100,
  correctionWeight: 0.9,
  /** A man page's or port's name alone (`ixgbe` for `ixgbe(4)`, `webcamd` for `multimedia/webcamd`). */
  nameWeight: 0.7,
  /** Two query words written as one in the index (`bug busting`, `bugbusting`), or one as two. */
  compoundWeight: 0.9,
  /** Shortest word a compound is split into: `bugbusting` is `bug busting`, `another` is no `an other`. */
  minCompoundPart: 3,
  /** Compounds ending in a word are looked up for words in fewer rows than this ("port" has "transport")… */
  compoundBelowRows: 300,
  /** …and only the most frequent few. */
  maxCompoundTerms: 3,
  /** Another name the corpus gives the thing a word or run of words names (`lib/aliases`). */
  aliasWeight: 0.8,
  /**
   * A dictionary word typed in lower case, in a query that also names something: the name says
   * what the query is about, the plain words what is asked of it ("can I use an NVIDIA graphics
   * card", "when did ZFS arrive"), and a rare plain word must not outweigh the name.
   */
  plainWordWeight: 0.7,
  /** The word with a version number (`thunderbolt3`, `riscv64`, `python3` for `thunderbolt`, `riscv`, `python`). */
  versionWeight: 0.9,
  /** The longest version suffix: `gcc13` is gcc, `d12345` is no `d`. */
  maxVersionDigits: 3,
  /** Versions are looked up for words in fewer rows than this ("freebsd" has no use for "freebsd14")… */
  versionBelowRows: 300,
  /** …and only the most frequent few. */
  maxVersionTerms: 5,
  /** A rare word (in at most this many rows) next to a far more frequent one is probably its misspelling. */
  rareWordRows: 5,
  rareWordRatio: 5,
  rareWordMinLength: 6,
} as const;

/** The terms that are the word with a version number after it: `riscv64` for `riscv`. */
function versionedIds(term: string, vocabulary: Vocabulary): number[] {
  if (term.length < 3 || vocabulary.frequency(term) >= EXPANSION.versionBelowRows || !/\p{L}$/u.test(term)) return [];
  // Digits sort together, between "0" and ":": the word followed by a digit is one id range.
  const [lo, hi] = vocabulary.range(`${term}0`, `${term}:`);
  const ids: number[] = [];
  for (let i = lo; i < hi; i++) {
    const suffix = vocabulary.terms[i]?.slice(term.length) ?? '';
    if (suffix.length <= EXPANSION.maxVersionDigits && /^\d+$/.test(suffix)) ids.push(i);
  }
  return ids.sort((a, b) => (vocabulary.df[b] ?? 0) - (vocabulary.df[a] ?? 0)).slice(0, EXPANSION.maxVersionTerms);
}

function versionAlternatives(term: string, vocabulary: Vocabulary): Alternative[] {
  return versionedIds(term, vocabulary).map((i) => ({ termIds: [i], weight: EXPANSION.versionWeight, exact: true }));
}

/** The term ids of a name: the name itself where indexed, else all of its parts (`mac_do` is `mac`, `do`). */
function nameIdsOf(name: string, vocabulary: Vocabulary): number[] {
  const id = vocabulary.idOf(name);
  if (id >= 0) return [id];
  const ids = (tokenizeGroups(name)[0]?.parts ?? []).filter((p) => !STOPWORDS.has(p)).map((p) => vocabulary.idOf(p));
  return ids.length > 0 && ids.every((i) => i >= 0) ? ids : [];
}

/**
 * A man page (`ixgbe(4)`) or port origin (`multimedia/webcamd`) also finds its name alone, as
 * most entries write it, and is scored by the name's rarity.
 */
function referenceAlternatives(group: TokenGroup, id: number, vocabulary: Vocabulary): Alternative[] | undefined {
  if (!extractReferences(group.term).includes(group.term)) return undefined;
  const isManPage = group.term.endsWith(')');
  const name = isManPage ? group.term.slice(0, group.term.indexOf('(')) : group.term.slice(group.term.indexOf('/') + 1);
  const nameIds = nameIdsOf(name, vocabulary);
  const interfaces = group.term.endsWith('(4)') ? interfaceAlternatives(name, vocabulary) : [];
  if (nameIds.length === 0 && interfaces.length === 0) return undefined;
  const alternatives: Alternative[] = [];
  if (id >= 0) alternatives.push({ termIds: [id], weight: 1, exact: true, ...(nameIds.length === 1 ? { idfOf: nameIds[0] } : {}) });
  // A port's category and name together are nearly as good as the origin.
  if (!isManPage) {
    const partIds = group.parts.map((p) => vocabulary.idOf(p));
    if (partIds.every((p) => p >= 0)) alternatives.push({ termIds: partIds, weight: EXPANSION.partsWeight, exact: true });
  }
  if (nameIds.length > 0) alternatives.push({ termIds: nameIds, weight: EXPANSION.nameWeight, exact: true });
  return [...alternatives, ...interfaces];
}

/** A network driver's interfaces as entries name them, its name and a unit number: `hn0`, `em1` for hn(4), em(4). */
function interfaceAlternatives(name: string, vocabulary: Vocabulary): Alternative[] {
  const units = Array.from({ length: 10 }, (_, unit) => vocabulary.idOf(`${name}${unit}`)).filter((id) => id >= 0);
  return units.map((id) => ({ termIds: [id], weight: EXPANSION.nameWeight, exact: false }));
}

/** Words that only qualify the word they are hyphenated to: "per-jail", "non-root", "multi-queue". */
const MODIFIERS: ReadonlySet<string> = new Set(['per', 'non', 'multi', 'sub', 'pre', 'post', 're', 'co', 'self', 'cross', 'inter', 'intra', 'semi', 'pseudo', 'anti', 'auto', 'de', 'un', 'super', 'micro']);

function alternativesOf(group: TokenGroup, lexicon: Lexicon): Alternative[] {
  const { vocabulary, stems } = lexicon;
  const id = vocabulary.idOf(group.term);
  const reference = group.parts.length > 0 ? referenceAlternatives(group, id, vocabulary) : undefined;
  if (reference) return reference;
  const alternatives: Alternative[] = [];
  if (id >= 0) alternatives.push({ termIds: [id], weight: 1, exact: true });
  if (group.joined) {
    const joined = vocabulary.idOf(group.joined);
    if (joined >= 0) alternatives.push({ termIds: [joined], weight: EXPANSION.joinedWeight, exact: true });
    alternatives.push(...versionAlternatives(group.joined, vocabulary));
  }
  // A man page's section is not needed: `ixgbe(4)` also finds a plain "ixgbe".
  const parts = group.term.endsWith(')') ? group.parts.slice(0, 1) : group.parts;
  const partIds = parts.filter((p) => !STOPWORDS.has(p)).map((p) => vocabulary.idOf(p));
  if (partIds.length > 0 && partIds.every((p) => p >= 0)) {
    alternatives.push({ termIds: partIds, weight: EXPANSION.partsWeight, exact: parts.length > 1 });
  }
  // A word behind a modifier, alone: "per-jail" is about jails, "non-x86" about x86.
  const head = parts.length === 2 && MODIFIERS.has(parts[0] ?? '') ? vocabulary.idOf(parts[1] ?? '') : -1;
  if (head >= 0) alternatives.push({ termIds: [head], weight: EXPANSION.modifiedWeight, exact: false });
  // A standard's amendment as most entries write it, without its family: "802.11ac" as "11ac".
  const amendment = group.term.includes('.') ? group.parts.at(-1) : undefined;
  if (amendment && group.parts.length > 1 && /^\d+\p{L}+$/u.test(amendment)) {
    const amendmentId = vocabulary.idOf(amendment);
    if (amendmentId >= 0) alternatives.push({ termIds: [amendmentId], weight: EXPANSION.nameWeight, exact: true });
  }
  if (group.parts.length === 0 && /^\p{L}/u.test(group.term)) {
    // The other number of a noun: "port" also finds "ports", "drivers" also "driver".
    const other = group.term.endsWith('s') ? group.term.slice(0, -1) : `${group.term}s`;
    const otherId = group.term.length > 3 ? vocabulary.idOf(other) : -1;
    if (otherId >= 0) alternatives.push({ termIds: [otherId], weight: EXPANSION.numberWeight, exact: false });
    const versions = versionAlternatives(group.term, vocabulary);
    alternatives.push(...versions);
    // Other endings of the word: a reader's "auditing" is the writers' "audit".
    // Not for a frequent word: its own rows are plenty, and its endings' would multiply the rows to score.
    const stemmed = vocabulary.frequency(group.term) < EXPANSION.stemBelowRows ? (stems?.variantsOf(group.term) ?? []) : [];
    const stemIds = stemmed.filter((i) => i !== otherId).slice(0, EXPANSION.maxStemTerms);
    for (const i of stemIds) alternatives.push({ termIds: [i], weight: EXPANSION.stemWeight, exact: false });
    // Compounds ending in the word, scored as the word: "openzfs" is ZFS, "bootloader" a loader.
    const compoundIds = vocabulary.frequency(group.term) < EXPANSION.compoundBelowRows ? (lexicon.compounds?.endingIn(group.term) ?? []).slice(0, EXPANSION.maxCompoundTerms) : [];
    for (const i of compoundIds) alternatives.push({ termIds: [i], weight: EXPANSION.compoundWeight, exact: false, ...(id >= 0 ? { idfOf: id } : {}) });
    if (group.term.length >= EXPANSION.minPrefixLength && vocabulary.frequency(group.term) < EXPANSION.prefixBelowRows) {
      alternatives.push(...prefixAlternatives(group.term, [id, otherId, ...stemIds, ...compoundIds, ...versions.flatMap((v) => v.termIds)], vocabulary));
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

/** Scales the plans of a query's plain words by `EXPANSION.plainWordWeight`, in place, when it also has a name. */
function weighPlainWords(planned: readonly QueryWord[], words: WordPlan[]): void {
  const plain = planned.map((w) => !namesSomething(w) && isCommonWord(w.group.term));
  if (!plain.includes(true) || !planned.some(namesSomething)) return;
  plain.forEach((isPlain, i) => {
    const word = words[i];
    if (isPlain && word) words[i] = { ...word, alternatives: word.alternatives.map((a) => ({ ...a, weight: a.weight * EXPANSION.plainWordWeight })) };
  });
}

/** What a query's words are resolved against: the index's terms, and what is known about them. */
export interface Lexicon {
  vocabulary: Vocabulary;
  speller: Speller;
  aliases?: AliasTable;
  stems?: Stems;
  compounds?: Compounds;
}

/** Resolves every word of a parsed query against the lexicon: forms, prefixes, other names, corrections. */
export function planQuery(parsed: ParsedQuery, lexicon: Lexicon): QueryPlan {
  const { vocabulary, speller, aliases } = lexicon;
  const corrections: QueryPlan['corrections'] = [];
  // Question words only matter when the query has nothing else.
  const required = parsed.words.filter((w) => !w.optional);
  const planned = required.length ? required : parsed.words;
  const words: WordPlan[] = planned.map((word) => {
    const alternatives = alternativesOf(word.group, lexicon);
    // Another spelling of the same name counts as the word itself.
    for (const variant of word.variants) alternatives.push(...alternativesOf({ term: variant, parts: [], start: 0, end: 0 }, lexicon));
    const correction = correctionOf(word, alternatives.length > 0, vocabulary, speller);
    if (correction) {
      corrections.push({ start: word.group.start, end: word.group.end, term: correction });
      alternatives.push(...alternativesOf({ term: correction, parts: [], start: 0, end: 0 }, lexicon).map((a) => ({ ...a, weight: a.weight * EXPANSION.correctionWeight })));
    }
    return { alternatives };
  });
  const keyWords = parsed.words.filter((w) => !STOPWORDS.has(w.group.term) && planned.includes(w));
  const keyPlans = keyWords.map((w) => words[planned.indexOf(w)] ?? { alternatives: [] });
  if (aliases) addAliasAlternatives(keyWords, keyPlans, aliases, EXPANSION.aliasWeight);
  addCompoundAlternatives(keyWords, keyPlans, vocabulary, EXPANSION);
  addNumberAlternatives(keyWords, keyPlans, vocabulary, EXPANSION.compoundWeight);
  addWidthAlternatives(keyWords, keyPlans, vocabulary, EXPANSION.compoundWeight);
  for (const phrase of parsed.phrases) {
    const terms = phrase.groups.flatMap((g) => (g.parts.length ? g.parts : [g.term])).filter((t) => !STOPWORDS.has(t));
    const termIds = terms.map((t) => vocabulary.idOf(t));
    const known = termIds.every((id) => id >= 0);
    words.push({ alternatives: known ? [{ termIds, weight: 1, exact: true }] : [], phrase: phrase.normalized });
  }
  weighPlainWords(planned, words);
  return { words, corrections, question: parsed.question };
}

