import { Document } from 'flexsearch';
import type { TokenizedField } from './postings';
import { SEARCH_FIELDS, type SearchField } from './types';

/** What FlexSearch holds per row: each field's distinct terms, already tokenized, space-separated. */
export type FlexDocument = { id: number } & Record<SearchField, string>;
export type FlexIndex = Document<FlexDocument>;

/**
 * Rows reach FlexSearch already tokenized by `tokenize.ts` (one tokenizer for text, queries
 * and snippets), so its encoder only splits on the spaces we put there: FlexSearch's own
 * tokenizer would split `sr-iov` and drop the parentheses of `ixgbe(4)`.
 */
function splitTerms(text: string): string[] {
  return text ? text.split(' ') : [];
}

/**
 * The one place FlexSearch options are set. `strict` indexes whole terms: over the corpus
 * `forward` (every prefix) took 3.9 s and 103 MiB against 1.0 s and 16 MiB, and prefixes come
 * cheaper from the sorted vocabulary (`Vocabulary.prefixRange`). Resolution 1 keeps one slot
 * per term, since FlexSearch only finds candidates here and `rank.ts` orders them.
 */
export function createFlexIndex(): FlexIndex {
  return new Document<FlexDocument>({
    document: {
      id: 'id',
      index: SEARCH_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, resolution: 1, encode: splitTerms })),
    },
  });
}

/** A new index holding every tokenized row, by row number. */
export function buildFlexIndex(tokenized: readonly TokenizedField[][]): FlexIndex {
  const index = createFlexIndex();
  tokenized.forEach((fields, id) => {
    const text = (field: SearchField): string => [...(fields[SEARCH_FIELDS.indexOf(field)]?.counts.keys() ?? [])].join(' ');
    index.add({
      id,
      title: text('title'),
      people: text('people'),
      references: text('references'),
      links: text('links'),
      category: text('category'),
      report: text('report'),
      body: text('body'),
    });
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

/** The rows holding `term` in any field, each once, by row number: a query word's candidates. */
export function lookupTerm(index: FlexIndex, term: string, rowCount: number): number[] {
  const seen = new Uint8Array(rowCount);
  const rows: number[] = [];
  for (const { result } of index.search(term, { index: [...SEARCH_FIELDS], limit: rowCount })) {
    for (const id of result) {
      if (typeof id !== 'number' || id >= rowCount || seen[id]) continue;
      seen[id] = 1;
      rows.push(id);
    }
  }
  return rows;
}
