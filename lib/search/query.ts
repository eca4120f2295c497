import { isCommonWord } from '../words';
import { QUESTION_OPENERS, QUESTION_VERBS, QUESTION_WORDS, STOPWORDS } from './stopwords';
import { foldText, normalizeForPhrase, tokenizeGroups, type TokenGroup } from './tokenize';

/** One word of a query, where it stands in the query text, and whether a result needs it. */
export interface QueryWord {
  group: TokenGroup;
  /** A word that only shapes a question ("who", "latest", "wrote" after "who"): a result need not hold it. */
  optional: boolean;
  /** Other spellings of the word as typed: "Björn" is also written "Bjoern". */
  variants: string[];
  /** Typed with a capital other than the query's first letter: the reader names something ("ARM", "Foundation"). */
  capitalized: boolean;
}

/** A quoted phrase: its words must stand together, in order. */
export interface QueryPhrase {
  /** As quoted. */
  text: string;
  groups: TokenGroup[];
  /** In the form of `normalizeForPhrase`, to find as a substring. */
  normalized: string;
}

export interface ParsedQuery {
  words: QueryWord[];
  phrases: QueryPhrase[];
  /** Whether the query is a question ("where does … stand"): its words are the asker's, not the entries'. */
  question: boolean;
  /** Terms of words written with a leading minus (`bhyve -zfs`): entries holding one are left out. */
  excluded: string[];
}

/** Words past this many are ignored: a pasted paragraph is not a query. */
export const MAX_QUERY_WORDS = 16;

const QUOTED = /["“”„]([^"“”„]*)["“”„]/g;
/** A word written with a leading minus, as most search boxes read it: without it. */
const EXCLUDED = /(^|\s)-(?=\p{L})(\S+)/gu;
/** A quoted phrase (its first group), or a run of text outside quotes. */
const QUOTED_OR_NOT = /(["“”„][^"“”„]*["“”„])|[^"“”„]+|["“”„]/g;

/** How German and Scandinavian names are written without their letters: ö as oe, ø as oe. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };
const TRANSLITERATED = new RegExp(`[${Object.keys(TRANSLITERATIONS).join('')}]`, 'gu');

/** A plain word's transliterated spelling, when it has letters written two ways. */
function variantsOf(group: TokenGroup, text: string): string[] {
  if (group.parts.length > 0) return [];
  const typed = text.slice(group.start, group.end).toLowerCase();
  const variant = foldText(typed.replace(TRANSLITERATED, (ch) => TRANSLITERATIONS[ch] ?? ch));
  return variant === group.term ? [] : [variant];
}

/**
 * Which words were typed with a capital, where capitals tell words apart: the query's first letter
 * is a sentence's, and in a query typed all in capitals or title case ("Network Stack
 * Virtualization") no word stands out.
 */
function typedWithCapitals(text: string, groups: readonly TokenGroup[]): boolean[] {
  const typed = groups.map((g) => text.slice(g.start, g.end));
  const lettered = typed.filter((t) => /\p{L}/u.test(t));
  if (lettered.length > 1 && lettered.every((t) => /\p{Lu}/u.test(t))) return typed.map(() => false);
  return typed.map((t, i) => /\p{Lu}/u.test(i === 0 ? t.slice(1) : t));
}

/**
 * Whether the reader names something with a word: typed with a capital ("ARM", "Foundation"), or
 * no dictionary word ("zfs", "bhyve", "libstdc++", "per-jail"). Numbers name nothing by themselves.
 */
export function namesSomething(word: QueryWord): boolean {
  if (word.capitalized || word.group.parts.length > 0) return true;
  return /\p{L}/u.test(word.group.term) && !isCommonWord(word.group.term);
}

/**
 * Whether a query is in the reader's own words: none of the words a result needs names
 * something. The words that only shape a question are left out: "where do I report bugs" names
 * nothing, though its "I" is typed with a capital, as the pronoun always is.
 */
export function inReadersWords(parsed: ParsedQuery): boolean {
  const needed = parsed.words.filter((w) => !w.optional);
  return needed.length > 0 && !needed.some(namesSomething);
}

/** The query with its quotes taken away: the phrases' words as single words. */
export function unquoted(text: string): string {
  return text.replace(QUOTED, (whole, inner: string) => ` ${inner} `);
}

/**
 * Whether a phrase has two words or more that are not function words: one whose words may also
 * be found apart. One quoted word ("SR-IOV" too) asks for that word as written, no other form of it.
 */
export function hasSeveralKeyWords(phrase: QueryPhrase): boolean {
  return phrase.groups.filter((g) => !STOPWORDS.has(g.term)).length >= 2;
}

/**
 * The query with each word it excludes (`-zfs`, outside quotes: a "-" inside a quoted phrase is
 * the phrase's) blanked out, offsets kept; each such word is given to `onExcluded`.
 */
function blankExcluded(text: string, onExcluded: (word: string) => void = () => undefined): string {
  return text.replace(QUOTED_OR_NOT, (part: string, quoted?: string) =>
    quoted ??
    part.replace(EXCLUDED, (whole, lead: string, word: string) => {
      onExcluded(word);
      return lead + ' '.repeat(whole.length - lead.length);
    }),
  );
}

/** A query without the words it excludes ("bhyve -arm64" is "bhyve "): what it asks for. */
export function withoutExcluded(text: string): string {
  return blankExcluded(text);
}

/**
 * Splits a query into quoted phrases and single words, deduplicated. Word offsets refer to
 * the query as given, so that a corrected word can be put back in its place.
 */
export function parseQuery(text: string): ParsedQuery {
  const phrases: QueryPhrase[] = [];
  const excluded: string[] = [];
  const rest = blankExcluded(text, (word) => excluded.push(...tokenizeGroups(word).map((g) => g.term))).replace(QUOTED, (whole, inner: string) => {
    const groups = tokenizeGroups(inner);
    if (groups.length > 0 && phrases.length < MAX_QUERY_WORDS) {
      phrases.push({ text: inner.trim(), groups, normalized: normalizeForPhrase(inner) });
    }
    return ' '.repeat(whole.length);
  });
  const seen = new Set<string>();
  const groups = tokenizeGroups(rest).filter((g) => !seen.has(g.term) && seen.add(g.term));
  const limited = groups.slice(0, Math.max(0, MAX_QUERY_WORDS - phrases.length));
  const question = limited[0] !== undefined && QUESTION_OPENERS.has(limited[0].term);
  const isOptional = (g: TokenGroup): boolean => g.parts.length === 0 && (QUESTION_WORDS.has(g.term) || (question && QUESTION_VERBS.has(g.term)));
  const allOptional = phrases.length === 0 && limited.every(isOptional);
  const capitalized = typedWithCapitals(text, limited);
  return {
    words: limited.map((group, i) => ({
      group,
      optional: !allOptional && isOptional(group),
      variants: variantsOf(group, text),
      capitalized: capitalized[i] ?? false,
    })),
    phrases,
    question,
    excluded,
  };
}
