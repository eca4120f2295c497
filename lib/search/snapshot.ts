import { z } from 'zod';
import { exportFlexIndex, importFlexIndex } from './create-index';
import { phraseTextOf, vocabularyOf } from './postings';
import type { SearchData } from './data';
import type { SearchRow } from './types';

/**
 * Bump when rows, tokens, postings or index options change: a snapshot of another version is
 * never loaded, so a stale export cannot outlive the code that made it.
 */
export const SNAPSHOT_VERSION = 15;

const SearchRowSchema = z
  .object({
    entryId: z.string(),
    report: z.string(),
    slug: z.string(),
    title: z.string(),
    category: z.string(),
    project: z.string().nullable(),
    projectTitle: z.string().nullable(),
    url: z.string(),
    period: z.object({ start: z.string(), end: z.string() }).strict(),
    people: z.array(z.string()),
    subjects: z.array(z.string()),
    fields: z
      .object({ title: z.string(), people: z.string(), references: z.string(), links: z.string(), category: z.string(), report: z.string(), body: z.string() })
      .strict(),
  })
  .strict();

const SnapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    fingerprint: z.string(),
    rows: z.array(SearchRowSchema),
    terms: z.array(z.string()),
    /** The three postings arrays, their bytes in base64: parsing numbers one by one is what makes JSON slow. */
    offsets: z.string(),
    postingRows: z.string(),
    weights: z.string(),
    /** FlexSearch's own export, key by key. */
    index: z.record(z.string(), z.string()),
    aliases: z.array(z.tuple([z.string(), z.string()])),
  })
  .strict();

export type SearchSnapshot = z.infer<typeof SnapshotSchema>;

function toBase64(array: Uint32Array | Int32Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('search snapshot: postings are not whole 32-bit values');
  // A copy, so the typed array is aligned and owns its memory.
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Search data as one JSON-ready object: rows, vocabulary, postings, and FlexSearch's export. */
export function snapshotSearchData(data: SearchData, fingerprint: string): SearchSnapshot {
  const { postings } = data;
  return {
    version: SNAPSHOT_VERSION,
    fingerprint,
    rows: data.rows,
    terms: [...postings.vocabulary.terms],
    offsets: toBase64(postings.offsets),
    postingRows: toBase64(postings.rows),
    weights: toBase64(postings.weights),
    index: exportFlexIndex(data.index),
    aliases: data.aliases,
  };
}

/**
 * Search data from a snapshot's parsed JSON, checked on the way in: its shape by schema, its
 * postings for consistency. Throws on anything else, so the caller can build afresh.
 */
export function restoreSearchData(json: unknown): { data: SearchData; fingerprint: string } {
  const snapshot = SnapshotSchema.parse(json);
  const rows: SearchRow[] = snapshot.rows;
  const offsets = fromBase64(snapshot.offsets, (b) => new Uint32Array(b));
  const postingRows = fromBase64(snapshot.postingRows, (b) => new Int32Array(b));
  const weights = fromBase64(snapshot.weights, (b) => new Float32Array(b));
  const total = offsets[snapshot.terms.length];
  if (offsets.length !== snapshot.terms.length + 1 || total !== postingRows.length || total !== weights.length) {
    throw new Error('search snapshot: postings do not match the vocabulary');
  }
  for (const row of postingRows) if (row < 0 || row >= rows.length) throw new Error('search snapshot: a posting names a row that does not exist');
  return {
    fingerprint: snapshot.fingerprint,
    data: {
      rows,
      postings: { vocabulary: vocabularyOf(snapshot.terms, offsets), offsets, rows: postingRows, weights, phraseTexts: rows.map(phraseTextOf) },
      index: importFlexIndex(snapshot.index),
      aliases: snapshot.aliases,
    },
  };
}
