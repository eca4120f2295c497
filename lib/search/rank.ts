import { lookupTerm, type FlexIndex } from './create-index';
import type { Alternative, QueryPlan, WordPlan } from './plan';
import type { Postings } from './postings';
import { STOPWORDS } from './stopwords';
import { tokenize } from './tokenize';
import type { SearchRow } from './types';

/** BM25's saturation: the tenth mention of a word adds far less than the first. */
const K1 = 1.2;
/** A term in more than this share of the rows is common (see `scoreRows`). */
const COMMON_SHARE = 0.5;

/**
 * What ranking adds to BM25F. Saturation lets six passing mentions in a long body equal one
 * word of the title, so a word found in the title counts for more.
 */
export const RANKING = {
  /** A word's score in a row whose title holds it is multiplied by 1 + this. */
  titleBonus: 0.5,
} as const;

interface ScoredWord {
  /** The word's score in each row, 0 where it did not match. */
  best: Float32Array;
  /** 1 where some exact form of the word matched. */
  exact: Uint8Array;
  alternatives: Alternative[];
}

/** Everything ranking reads; built once with the index. */
export interface RankContext {
  index: FlexIndex;
  postings: Postings;
  rows: readonly SearchRow[];
}

/**
 * The rows that matched a query, in parallel arrays (a query can match every entry, and
 * thousands of small objects per query cost more than scoring them): for each, how many
 * query words it matched, how many of those exactly, and its score.
 */
export interface Scored {
  count: number;
  /** How many query words count towards `matched`. */
  words: number;
  rows: Int32Array;
  matched: Uint8Array;
  exact: Uint8Array;
  scores: Float64Array;
  /** Ids of the terms a row matched, for its snippet. */
  matchedTerms(row: number): number[];
}

/**
 * A term's BM25F score in every row: idf × saturated pseudo-frequency, from its impacts. The
 * idf is that of `idfOf` where given (an identifier scored as the name it stands for); rows
 * in `titled` (those whose title holds the term) get the title bonus.
 */
function denseScores(postings: Postings, termId: number, rowCount: number, idfOf: number, titled: readonly number[], scratch: RowScratch): Float32Array {
  const scores = scratch.float32();
  const from = postings.offsets[termId] ?? 0;
  const to = postings.offsets[termId + 1] ?? from;
  const df = Math.max(to - from, (postings.offsets[idfOf + 1] ?? 0) - (postings.offsets[idfOf] ?? 0));
  const idf = Math.log(1 + (rowCount - df + 0.5) / (df + 0.5));
  for (let i = from; i < to; i++) {
    const tf = postings.weights[i] ?? 0;
    scores[postings.rows[i] ?? 0] = (idf * tf * (K1 + 1)) / (K1 + tf);
  }
  for (const r of titled) scores[r] = (scores[r] ?? 0) * (1 + RANKING.titleBonus);
  return scores;
}

/**
 * Zeroed arrays with a slot per row, for a search's scores, taken back all at once when it is
 * done: a fresh array per term and per word cost more than clearing one (a query with many forms
 * of its words takes dozens).
 */
export class RowScratch {
  /** Arrays of each kind kept between searches; a search that takes more makes the rest afresh. */
  static readonly kept = 128;
  private readonly floats: ArrayPool<Float32Array>;
  private readonly bytes: ArrayPool<Uint8Array>;

  constructor(readonly length: number) {
    this.floats = new ArrayPool(() => new Float32Array(length));
    this.bytes = new ArrayPool(() => new Uint8Array(length));
  }

  float32(): Float32Array {
    return this.floats.take();
  }

  uint8(): Uint8Array {
    return this.bytes.take();
  }

  /** Every array handed out may be handed out again: nothing may read them after this. */
  release(): void {
    this.floats.release();
    this.bytes.release();
  }
}

/** Arrays of one kind handed out zeroed, the first `RowScratch.kept` of them kept to be handed out again. */
class ArrayPool<T extends Float32Array | Uint8Array> {
  private readonly made: T[] = [];
  private used = 0;

  constructor(private readonly make: () => T) {}

  take(): T {
    const at = this.used++;
    const reused = this.made[at];
    if (reused) return reused.fill(0) as T;
    const made = this.make();
    if (at < RowScratch.kept) this.made.push(made);
    return made;
  }

  release(): void {
    this.used = 0;
  }
}

/** For each term, the rows whose field holds it; built on first use, once per postings and field. */
const fieldRowsCache = new WeakMap<Postings, Map<'title' | 'people', Map<number, number[]>>>();

function fieldRowsOf(context: RankContext, field: 'title' | 'people'): Map<number, number[]> {
  let byField = fieldRowsCache.get(context.postings);
  if (!byField) fieldRowsCache.set(context.postings, (byField = new Map()));
  const cached = byField.get(field);
  if (cached) return cached;
  const byTerm = new Map<number, number[]>();
  const { vocabulary } = context.postings;
  context.rows.forEach((row, r) => {
    for (const term of new Set(tokenize(row.fields[field]))) {
      const id = STOPWORDS.has(term) ? -1 : vocabulary.idOf(term);
      if (id < 0) continue;
      const rows = byTerm.get(id);
      if (rows) rows.push(r);
      else byTerm.set(id, [r]);
    }
  });
  byField.set(field, byTerm);
  return byTerm;
}

/** Whether a term is in more than `COMMON_SHARE` of the rows ("freebsd"): it names no row. */
export function isCommonTerm(context: RankContext, termId: number): boolean {
  return (context.postings.vocabulary.df[termId] ?? 0) > context.rows.length * COMMON_SHARE;
}

/**
 * Terms per row as compressed rows: those of row r are `terms[offsets[r]..offsets[r+1]]`. One
 * flat array rather than an array per row, which read several times slower over every match.
 */
export interface RowTerms {
  offsets: Int32Array;
  terms: Int32Array;
}

function rowTermsOf(byRow: readonly (readonly number[])[]): RowTerms {
  const offsets = new Int32Array(byRow.length + 1);
  byRow.forEach((terms, r) => (offsets[r + 1] = (offsets[r] ?? 0) + terms.length));
  const terms = new Int32Array(offsets[byRow.length] ?? 0);
  byRow.forEach((rowTerms, r) => terms.set(rowTerms, offsets[r]));
  return { offsets, terms };
}

/** Each row's title as the index's terms (`fieldRowsOf` turned round), common ones aside: what the title names. */
export function titleTermsByRow(context: RankContext): RowTerms {
  const byRow = context.rows.map((): number[] => []);
  for (const [term, rows] of fieldRowsOf(context, 'title')) if (!isCommonTerm(context, term)) for (const r of rows) byRow[r]!.push(term);
  return rowTermsOf(byRow);
}

/**
 * Scores the rows of a plan that `accept` lets through (all, when it is not given),
 * unsorted. Term at a time: FlexSearch gives the rows holding each form of a word (its
 * rarest term's), each of
 * those rows gets the form's BM25F score (a form of several terms, `sr iov`, needing all of
 * them, a phrase its words in order), and a word keeps its best form per row. Its per-row
 * arrays come from `scratch`: the result is read only until the scratch is released.
 */
export function scoreRows(plan: QueryPlan, context: RankContext, accept?: (row: number) => boolean, scratch = new RowScratch(context.postings.phraseTexts.length)): Scored {
  const { postings, index } = context;
  const rowCount = postings.phraseTexts.length;
  const titleRows = fieldRowsOf(context, 'title');
  // A term's scores, by term, rarity and title bonus; any of them says which rows hold the term.
  const dense = new Map<number, Float32Array>();
  const holding = new Map<number, Float32Array>();
  const scoresOf = (termId: number, idfOf = termId, titleBonus = false): Float32Array => {
    const key = (idfOf === termId ? termId : termId + (idfOf + 1) * 0x1000000) * 2 + (titleBonus ? 1 : 0);
    let scores = dense.get(key);
    if (!scores) {
      scores = denseScores(postings, termId, rowCount, idfOf, titleBonus ? (titleRows.get(termId) ?? []) : [], scratch);
      dense.set(key, scores);
      if (!holding.has(termId)) holding.set(termId, scores);
    }
    return scores;
  };

  const frequency = (termId: number): number => postings.vocabulary.df[termId] ?? 0;
  // A word in more than half the rows ("freebsd") finds no candidates of its own when the query
  // has rarer words: it only adds to the score of rows they found (as Lucene's common terms do).
  const isCommon = (word: WordPlan): boolean =>
    word.phrase === undefined && word.alternatives.some((a) => a.exact && a.phrase === undefined && a.termIds.some((t) => isCommonTerm(context, t)));
  const rare = plan.words.filter((w) => !isCommon(w));
  // The finders are also the words that count towards "all words before some" and earn the
  // title bonus: nearly every entry says "FreeBSD", so holding it, even in a title, says nothing.
  const finders = new Set(rare.length ? rare : plan.words);

  const touched = scratch.uint8();
  const touchedRows: number[] = [];
  const scoreWord = (word: WordPlan, candidatesOf: (alternative: Alternative) => ArrayLike<number>): ScoredWord => {
    const best = scratch.float32();
    const exact = scratch.uint8();
    const isFinder = finders.has(word);
    for (const alternative of word.alternatives) {
      const scores = alternative.termIds.map((t) => scoresOf(t, alternative.termIds.length === 1 ? alternative.idfOf : undefined, isFinder));
      const terms = scores.length;
      const phrase = alternative.phrase ?? word.phrase;
      const candidates = candidatesOf(alternative);
      for (let c = 0; c < candidates.length; c++) {
        const row = candidates[c] ?? 0;
        let sum = 0;
        for (let k = 0; k < terms; k++) {
          const s = scores[k]?.[row] ?? 0;
          if (s === 0) {
            sum = 0;
            break;
          }
          sum += s;
        }
        if (terms && sum === 0) continue;
        if (phrase !== undefined && !postings.phraseTexts[row]?.includes(phrase)) continue;
        const s = terms ? (alternative.weight * sum) / terms : alternative.weight;
        if (s > (best[row] ?? 0)) best[row] = s;
        if (alternative.exact) exact[row] = 1;
        if (isFinder && !touched[row]) {
          touched[row] = 1;
          touchedRows.push(row);
        }
      }
    }
    return { best, exact, alternatives: word.alternatives };
  };
  // The rarest term of a form finds its candidates: a phrase is checked in fewer rows.
  const lookUp = (alternative: Alternative): ArrayLike<number> => {
    const rarest = alternative.termIds.reduce<number | undefined>((r, t) => (r === undefined || frequency(t) < frequency(r) ? t : r), undefined);
    if (rarest === undefined) return Array.from({ length: rowCount }, (_, r) => r);
    return rarest < 0 ? [] : lookupTerm(index, postings.vocabulary.terms[rarest] ?? '', rowCount);
  };
  const scoredWords = new Map<WordPlan, ScoredWord>();
  for (const word of finders) scoredWords.set(word, scoreWord(word, lookUp));
  for (const word of plan.words) if (!finders.has(word)) scoredWords.set(word, scoreWord(word, () => touchedRows));
  const words = plan.words.map((w) => scoredWords.get(w) ?? { best: new Float32Array(rowCount), exact: new Uint8Array(rowCount), alternatives: [] });

  // Each word's terms, its forms' in order, flattened once rather than per result.
  const termsOfWord = words.map((w) => w.alternatives.flatMap((a) => a.termIds));
  const out: Scored = {
    count: 0,
    words: finders.size,
    rows: new Int32Array(touchedRows.length),
    matched: new Uint8Array(touchedRows.length),
    exact: new Uint8Array(touchedRows.length),
    scores: new Float64Array(touchedRows.length),
    matchedTerms: (row) => {
      const terms: number[] = [];
      words.forEach((w, i) => {
        if ((w.best[row] ?? 0) > 0) for (const t of termsOfWord[i] ?? []) if ((holding.get(t)?.[row] ?? 0) > 0) terms.push(t);
      });
      return terms;
    },
  };
  const isCounted = plan.words.map((w) => finders.has(w));
  for (const row of touchedRows) {
    if (accept && !accept(row)) continue;
    let matched = 0;
    let exact = 0;
    let score = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const s = word?.best[row] ?? 0;
      if (s === 0) continue;
      if (isCounted[w]) {
        matched++;
        exact += word?.exact[row] ?? 0;
      }
      score += s;
    }
    const i = out.count++;
    out.rows[i] = row;
    out.matched[i] = matched;
    out.exact[i] = exact;
    out.scores[i] = score;
  }
  return out;
}

/**
 * Each row's title and people as the index's terms, each once: what the entry is, or who wrote
 * it. Built once per engine, so that a query asks about the few rows it needs to.
 */
export function namingTermsByRow(context: RankContext): RowTerms {
  const byRow = context.rows.map((): number[] => []);
  for (const field of ['title', 'people'] as const) for (const [term, rows] of fieldRowsOf(context, field)) for (const r of rows) byRow[r]!.push(term);
  return rowTermsOf(byRow.map((terms) => [...new Set(terms)]));
}

/** Whether a row's title or people (`naming`, from `namingTermsByRow`) hold some form of a query word. */
export function namedBy(plan: QueryPlan, naming: RowTerms): (row: number) => boolean {
  const ids = new Set<number>();
  for (const word of plan.words) for (const a of word.alternatives) for (const t of a.termIds) ids.add(t);
  return (row) => {
    for (let k = naming.offsets[row] ?? 0; k < (naming.offsets[row + 1] ?? 0); k++) if (ids.has(naming.terms[k] ?? -1)) return true;
    return false;
  };
}
