import { Index } from 'flexsearch';
import type { TokenizedField } from './postings';

/** What FlexSearch holds per row: the distinct terms of all its fields, already tokenized, space-separated. */
export type FlexIndex = Index;

/**
 * Rows reach FlexSearch already tokenized by `tokenize.ts` (one tokenizer for text, queries
 * and snippets), so its encoder only splits on the spaces we put there: FlexSearch's own
 * tokenizer would split `sr-iov` and drop the parentheses of `ixgbe(4)`.
 */
function splitTerms(text: string): string[] {
  return text ? text.split(' ') : [];
}

/**
 * The one place FlexSearch options are set. One index of every field's terms, not a document
 * of seven fields: FlexSearch only finds a term's rows here, whatever the field (`rank.ts` scores
 * the fields from the postings), and one lookup instead of seven and a merge took a search's p95
 * from about 1.2 to under 1 ms. `strict` indexes whole terms: over the corpus `forward` (every
 * prefix) took 3.9 s and 103 MiB against 1.0 s and 16 MiB, and prefixes come cheaper from the
 * sorted vocabulary (`Vocabulary.prefixRange`). Resolution 1 keeps one slot per term, since
 * FlexSearch only finds candidates here and `rank.ts` orders them.
 */
export function createFlexIndex(): FlexIndex {
  return new Index({ tokenize: 'strict', resolution: 1, encode: splitTerms });
}

/** A new index holding every tokenized row, by row number. */
export function buildFlexIndex(tokenized: readonly TokenizedField[][]): FlexIndex {
  const index = createFlexIndex();
  tokenized.forEach((fields, id) => {
    const terms = new Set(fields.flatMap((field) => [...field.counts.keys()]));
    index.add(id, [...terms].join(' '));
  });
  return index;
}

/** The index as key/value chunks, the form FlexSearch exports. */
export function exportFlexIndex(index: FlexIndex): Record<string, string> {
  const chunks: Record<string, string> = {};
  index.export((key, data) => {
    chunks[key] = data;
  });
  return chunks;
}

/** An index restored from `exportFlexIndex` output, with the same options. */
export function importFlexIndex(chunks: Record<string, string>): FlexIndex {
  const index = createFlexIndex();
  for (const [key, data] of Object.entries(chunks)) index.import(key, data);
  return index;
}

/** The rows holding `term` in any field, by row number: a query word's candidates. */
export function lookupTerm(index: FlexIndex, term: string, rowCount: number): number[] {
  return index.search(term, { limit: rowCount }).filter((id): id is number => typeof id === 'number' && id < rowCount);
}
