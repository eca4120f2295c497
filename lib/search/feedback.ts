import { roundScore, topPositions, type Order, type Ranked } from './order';
import type { Postings } from './postings';
import { tokenize } from './tokenize';
import type { SearchRow } from './types';

/** BM25's saturation, as ranking scores a term (`rank.ts`). */
const K1 = 1.2;

/**
 * Pseudo-relevance feedback (RM3-like): the words the best entries of a first ranking share, rare
 * in the collection and not the query's, find the entries that call the thing by another name
 * ("large pages": superpages). Tuned on the blind set's tuning half, each fold apart: fed back
 * always, it lost recall on queries that name their subject (the first set's identifiers and
 * acronyms); with the first five kept in place no query lost its first relevant result.
 */
export const FEEDBACK = {
  /** Off, a search is the first ranking alone (for comparison). */
  enabled: true,
  /** The first ranking's best rows the feedback terms are drawn from. */
  rows: 10,
  /** Feedback terms added. */
  terms: 5,
  /** A feedback term must be in at least this many of those rows: a word one entry uses is its own, not the subject's. */
  minRows: 3,
  /** A term in more than this share of all rows says too little to be fed back (and is not indexed for it). */
  maxShare: 0.05,
  /** A feedback term's score in a row, as a share of the same term's score were it a query word. */
  weight: 0.3,
  /** The first ranking's best positions, which feedback leaves in place and in order. */
  keep: 5,
  /** The most rows feedback adds that the query itself did not find. */
  maxAdded: 10,
  /**
   * When feedback runs: always, for queries in the reader's own words (or questions), when the
   * first ranking is short, or either of the two: a query that names its subject and finds plenty
   * is answered in its own words.
   */
  trigger: 'either' as 'always' | 'readers' | 'weak' | 'either',
  /** "weak": a first ranking of fewer rows than this. */
  weakBelow: 10,
};

/**
 * Each row's feedback-worthy terms (rare, not unique) and their pseudo-frequencies, as compressed
 * rows, and scratch for a search (searches never overlap), kept all zero between searches.
 */
export interface FeedbackIndex {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
  /** Each term's idf, as ranking computes it. */
  idf: Float32Array;
  /** Per term: its feedback mass, and how many of the best rows hold it. */
  mass: Float64Array;
  seen: Uint8Array;
  /** Per row: what feedback adds to it, and 1 where the first ranking found it. */
  bonus: Float64Array;
  found: Uint8Array;
}

/**
 * Terms that say who wrote an entry or where it points rather than what it is about: the words of
 * people fields, addresses and paths. An author's name shared by the best entries would bring in
 * the author's other work.
 */
function namingTerms(postings: Postings, rows: readonly SearchRow[]): Uint8Array {
  const out = new Uint8Array(postings.vocabulary.terms.length);
  postings.vocabulary.terms.forEach((term, t) => {
    if (/[@/:]|\.\p{L}/u.test(term)) out[t] = 1;
  });
  for (const row of rows) for (const term of tokenize(row.fields.people)) {
    const t = postings.vocabulary.idOf(term);
    if (t >= 0) out[t] = 1;
  }
  return out;
}

/** The postings turned round, for the terms feedback may add: what the best rows hold is read per query. */
export function buildFeedbackIndex(postings: Postings, rows: readonly SearchRow[]): FeedbackIndex {
  const rowCount = postings.phraseTexts.length;
  const termCount = postings.vocabulary.terms.length;
  const maxDf = Math.max(2, rowCount * FEEDBACK.maxShare);
  const idf = new Float32Array(termCount);
  const counts = new Int32Array(rowCount + 1);
  const naming = namingTerms(postings, rows);
  const usable = (t: number): boolean => {
    const df = (postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0);
    return df >= 2 && df <= maxDf && naming[t] === 0;
  };
  for (let t = 0; t < termCount; t++) {
    const df = (postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0);
    idf[t] = Math.log(1 + (rowCount - df + 0.5) / (df + 0.5));
    if (usable(t)) for (let i = postings.offsets[t] ?? 0; i < (postings.offsets[t + 1] ?? 0); i++) counts[(postings.rows[i] ?? 0) + 1]! += 1;
  }
  const offsets = new Int32Array(rowCount + 1);
  for (let r = 0; r < rowCount; r++) offsets[r + 1] = (offsets[r] ?? 0) + (counts[r + 1] ?? 0);
  const fill = offsets.slice(0, rowCount);
  const terms = new Int32Array(offsets[rowCount] ?? 0);
  const weights = new Float32Array(terms.length);
  for (let t = 0; t < termCount; t++) {
    if (!usable(t)) continue;
    for (let i = postings.offsets[t] ?? 0; i < (postings.offsets[t + 1] ?? 0); i++) {
      const r = postings.rows[i] ?? 0;
      const at = fill[r]!++;
      terms[at] = t;
      weights[at] = postings.weights[i] ?? 0;
    }
  }
  return { offsets, terms, weights, idf, mass: new Float64Array(termCount), seen: new Uint8Array(termCount), bonus: new Float64Array(rowCount), found: new Uint8Array(rowCount) };
}

/** What decides whether a query gets feedback. */
export interface FeedbackSignal {
  /** The query names nothing (`inReadersWords`): its words may well not be the entries'. */
  readersWords: boolean;
  question: boolean;
}

function triggered(signal: FeedbackSignal, found: number): boolean {
  if (!FEEDBACK.enabled || found === 0) return false;
  if (FEEDBACK.trigger === 'always') return true;
  const readers = signal.readersWords || signal.question;
  if (FEEDBACK.trigger === 'readers') return readers;
  if (FEEDBACK.trigger === 'either') return readers || found < FEEDBACK.weakBelow;
  return found < FEEDBACK.weakBelow;
}

const saturated = (idf: number, tf: number): number => (idf * tf * (K1 + 1)) / (K1 + tf);

/**
 * The feedback terms of a first ranking's best rows (`top`, best first): each term weighed by its
 * score in each row times the row's share of the best score, among the terms at least
 * `FEEDBACK.minRows` of them hold, `queryTerms` aside. Best first, each with its weight over the best's.
 */
export function feedbackTerms(index: FeedbackIndex, top: readonly { row: number; score: number }[], queryTerms: ReadonlySet<number>): { term: number; weight: number }[] {
  const best = top[0]?.score ?? 0;
  // One entry alone is no evidence of what a subject is called elsewhere.
  if (best <= 0 || top.length < 2) return [];
  const { mass, seen } = index;
  const touched: number[] = [];
  for (const { row, score } of top) {
    const share = score / best;
    for (let k = index.offsets[row] ?? 0; k < (index.offsets[row + 1] ?? 0); k++) {
      const t = index.terms[k] ?? 0;
      if (seen[t] === 0) touched.push(t);
      mass[t] = (mass[t] ?? 0) + share * saturated(index.idf[t] ?? 0, index.weights[k] ?? 0);
      seen[t] = (seen[t] ?? 0) + 1;
    }
  }
  const least = Math.min(FEEDBACK.minRows, top.length);
  const picked: { term: number; weight: number }[] = [];
  for (const t of touched) {
    if ((seen[t] ?? 0) >= least && !queryTerms.has(t)) picked.push({ term: t, weight: mass[t] ?? 0 });
    mass[t] = 0;
    seen[t] = 0;
  }
  picked.sort((a, b) => b.weight - a.weight || a.term - b.term);
  const chosen = picked.slice(0, FEEDBACK.terms);
  const first = chosen[0]?.weight ?? 1;
  return chosen.map(({ term, weight }) => ({ term, weight: weight / first }));
}

/** A ranking's best positions, best first. */
function bestPositions(ranked: Ranked, order: Order, count: number): number[] {
  const all: number[] = new Array<number>(ranked.scored.count);
  for (let p = 0; p < ranked.scored.count; p++) all[p] = p;
  return topPositions(all, count, order);
}

/**
 * A first ranking with feedback: every row holding a feedback term gains `FEEDBACK.weight` of its
 * score there, and up to `FEEDBACK.maxAdded` rows the query did not find join it. The first
 * `FEEDBACK.keep` positions stay where they are, ahead of the rest (`firstCount`: the caller
 * orders them first): feedback fills and reorders below them, so a query whose own words found
 * the answer keeps it on top. `order` is the first ranking's order, `accept` the query's filters.
 *
 * Whether feedback runs, its terms and the rows it adds are decided on `unfiltered`, the same
 * query's ranking without its filters, and only then filtered: a facet's count ("2003: 17") is
 * then what clicking it finds, as it is without feedback.
 */
export function withFeedback(
  first: Ranked,
  order: Order,
  index: FeedbackIndex,
  postings: Postings,
  queryTerms: ReadonlySet<number>,
  signal: FeedbackSignal,
  accept?: (row: number) => boolean,
  unfiltered: { ranked: Ranked; order: Order } = { ranked: first, order },
): Ranked & { firstCount: number } {
  const basis = unfiltered.ranked.scored;
  const unchanged = { ...first, firstCount: first.scored.count };
  if (!triggered(signal, basis.count)) return unchanged;
  const top = bestPositions(unfiltered.ranked, unfiltered.order, FEEDBACK.rows).map((p) => ({ row: basis.rows[p] ?? 0, score: unfiltered.ranked.score[p] ?? 0 }));
  const terms = feedbackTerms(index, top, queryTerms);
  if (terms.length === 0) return unchanged;

  const { bonus, found } = index;
  const gained: number[] = [];
  try {
    for (let p = 0; p < basis.count; p++) found[basis.rows[p] ?? 0] = 1;
    for (const { term, weight } of terms) {
      const idf = index.idf[term] ?? 0;
      for (let i = postings.offsets[term] ?? 0; i < (postings.offsets[term + 1] ?? 0); i++) {
        const row = postings.rows[i] ?? 0;
        const gain = FEEDBACK.weight * weight * saturated(idf, postings.weights[i] ?? 0);
        if (gain <= 0) continue;
        if (bonus[row] === 0) gained.push(row);
        bonus[row] = (bonus[row] ?? 0) + gain;
      }
    }
    const added = gained
      .filter((row) => found[row] === 0)
      .sort((a, b) => (bonus[b] ?? 0) - (bonus[a] ?? 0) || a - b)
      .slice(0, FEEDBACK.maxAdded)
      .filter((row) => accept?.(row) ?? true);
    return merged(first, bestPositions(first, order, FEEDBACK.keep), added, bonus, addedTerms(added, terms.map((t) => t.term), postings));
  } finally {
    for (const row of gained) bonus[row] = 0;
    for (let p = 0; p < basis.count; p++) found[basis.rows[p] ?? 0] = 0;
  }
}

/**
 * The first ranking's `kept` positions, then its others with their `bonus`, then the `added` rows
 * scored by their bonus alone, as one ranking; `firstCount` is how many are kept.
 */
function merged(first: Ranked, kept: readonly number[], added: readonly number[], bonus: Float64Array, termsOfAdded: (row: number) => number[]): Ranked & { firstCount: number } {
  const { scored, score } = first;
  const count = scored.count + added.length;
  const rows = new Int32Array(count);
  const matched = new Uint8Array(count);
  const exact = new Uint8Array(count);
  const scores = new Float64Array(count);
  const out = new Float64Array(count);
  const isKept = new Uint8Array(scored.count);
  let i = 0;
  const put = (p: number, gain: number): void => {
    const row = scored.rows[p] ?? 0;
    rows[i] = row;
    matched[i] = scored.matched[p] ?? 0;
    exact[i] = scored.exact[p] ?? 0;
    scores[i] = scored.scores[p] ?? 0;
    out[i++] = gain === 0 ? (score[p] ?? 0) : roundScore((score[p] ?? 0) + gain);
  };
  for (const p of kept) {
    isKept[p] = 1;
    put(p, 0);
  }
  for (let p = 0; p < scored.count; p++) if (!isKept[p]) put(p, bonus[scored.rows[p] ?? 0] ?? 0);
  for (const row of added) {
    rows[i] = row;
    out[i++] = roundScore(bonus[row] ?? 0);
  }
  const isAdded = new Set(added);
  return {
    scored: { count, words: scored.words, rows, matched, exact, scores, matchedTerms: (row) => (isAdded.has(row) ? termsOfAdded(row) : scored.matchedTerms(row)) },
    score: out,
    firstCount: kept.length,
  };
}

/** For the rows feedback alone found, the feedback terms each holds: what its snippet marks. */
function addedTerms(added: readonly number[], feedbackIds: readonly number[], postings: Postings): (row: number) => number[] {
  const holds = (row: number, term: number): boolean => {
    let lo = postings.offsets[term] ?? 0;
    let hi = postings.offsets[term + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const r = postings.rows[mid] ?? 0;
      if (r === row) return true;
      if (r < row) lo = mid + 1;
      else hi = mid;
    }
    return false;
  };
  return (row) => (added.includes(row) ? feedbackIds.filter((t) => holds(row, t)) : []);
}
