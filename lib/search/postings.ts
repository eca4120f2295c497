import { STOPWORDS } from './stopwords';
import { normalizeForPhrase, tokenize } from './tokenize';
import { SEARCH_FIELDS, type SearchField, type SearchRow } from './types';
import { Vocabulary } from './vocabulary/vocabulary';

/**
 * BM25F's field weights and length normalization: title above people and references above
 * links above body; short fields barely normalized by length, the body fully.
 */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 6, people: 4, references: 3, links: 1.5, category: 1, report: 1, body: 1 };
export const FIELD_LENGTH_NORMALIZATION: Record<SearchField, number> = { title: 0.3, people: 0.2, references: 0.3, links: 0.5, category: 0, report: 0, body: 0.75 };

/**
 * Term statistics of the whole collection, the input of ranking. For each term, the rows
 * holding it (ascending) with its BM25F pseudo-frequency there: the sum over fields of
 * weight × count / length normalization. Ranking reads these instead of each row's fields, so
 * a term in 3,000 rows costs one pass over one array. All terms share three flat arrays: the
 * rows and weights of term `t` are at `[offsets[t], offsets[t + 1])`.
 */
export interface Postings {
  vocabulary: Vocabulary;
  offsets: Uint32Array;
  rows: Int32Array;
  weights: Float32Array;
  /** Each row's fields in phrase form, separated by `|` so that no phrase spans two fields. */
  phraseTexts: string[];
}

/** One field of one row, tokenized: how often each indexed term occurs, and how many words it has. */
export interface TokenizedField {
  counts: Map<string, number>;
  length: number;
}

/** Tokenizes every field of every row once, for the postings and the FlexSearch index alike. */
export function tokenizeRows(rows: readonly SearchRow[]): TokenizedField[][] {
  return rows.map((row) =>
    SEARCH_FIELDS.map((field) => {
      const counts = new Map<string, number>();
      const terms = tokenize(row.fields[field]);
      for (const term of terms) if (!STOPWORDS.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
      return { counts, length: terms.length };
    }),
  );
}

/** Builds the vocabulary and turns each row's term counts into per-term impacts. */
export function buildPostings(rows: readonly SearchRow[], counted: TokenizedField[][] = tokenizeRows(rows)): Postings {
  const averages = SEARCH_FIELDS.map((_, f) => counted.reduce((sum, fields) => sum + (fields[f]?.length ?? 0), 0) / Math.max(1, rows.length));
  const pseudo = new Map<string, { rows: number[]; weights: number[] }>();
  counted.forEach((fields, r) => {
    const rowWeights = new Map<string, number>();
    fields.forEach(({ counts, length }, f) => {
      const field = SEARCH_FIELDS[f] ?? 'body';
      const b = FIELD_LENGTH_NORMALIZATION[field];
      const norm = 1 - b + (b * length) / Math.max(1, averages[f] ?? 1);
      for (const [term, count] of counts) rowWeights.set(term, (rowWeights.get(term) ?? 0) + (FIELD_WEIGHTS[field] * count) / norm);
    });
    for (const [term, weight] of rowWeights) {
      const list = pseudo.get(term);
      if (list) {
        list.rows.push(r);
        list.weights.push(weight);
      } else pseudo.set(term, { rows: [r], weights: [weight] });
    }
  });
  const terms = [...pseudo.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((t, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + (pseudo.get(t)?.rows.length ?? 0);
  });
  const total = offsets[terms.length] ?? 0;
  const rowIds = new Int32Array(total);
  const weights = new Float32Array(total);
  terms.forEach((t, i) => {
    const list = pseudo.get(t);
    rowIds.set(list?.rows ?? [], offsets[i]);
    weights.set(list?.weights ?? [], offsets[i]);
  });
  return {
    vocabulary: vocabularyOf(terms, offsets),
    offsets,
    rows: rowIds,
    weights,
    phraseTexts: rows.map(phraseTextOf),
  };
}

/** A row's fields in phrase form. */
export function phraseTextOf(row: SearchRow): string {
  return SEARCH_FIELDS.map((field) => normalizeForPhrase(row.fields[field])).join('|');
}

/** The vocabulary of sorted terms whose row lists `offsets` delimits: a term's frequency is its list's length. */
export function vocabularyOf(terms: readonly string[], offsets: Uint32Array): Vocabulary {
  return new Vocabulary(terms, Uint32Array.from(terms, (_, i) => (offsets[i + 1] ?? 0) - (offsets[i] ?? 0)));
}
