import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../model';
import { ContentFileError, readJsonFile } from './json-file';

/**
 * `entry-hashes.json`: for each entry file `kb import` wrote, a hash of its text as written (its
 * `project:` line aside), and for each report's `_report.md` (`reportHashKey`). A re-import
 * rewrites the file from upstream; the hash tells it whether an editor changed the file since,
 * so that a hand edit is never replaced unseen.
 */
export const ENTRY_HASH_FILE = 'entry-hashes.json';

const EntryHashesSchema = z.record(z.string(), z.string());
/** Entry id (or `reportHashKey`) → {@link entryTextHash} of the file the last import wrote. */
export type EntryHashes = z.infer<typeof EntryHashesSchema>;

/**
 * The key of a report's `_report.md` among the entry ids: `<report id>/_report`, which no entry
 * id can be (a slug has no `_`), so a ledger written before reports were recorded still reads.
 */
export const reportHashKey = (reportId: string): string => `${reportId}/_report`;

export function readEntryHashes(contentDir: string): EntryHashes {
  // The content folder is chosen at run time (paths.ts): not for Turbopack to trace.
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, ENTRY_HASH_FILE), EntryHashesSchema, {}, 'a map of entry ids to hashes of their files');
}

/**
 * The recorded hashes, or none and why where the file cannot be read. They serve edit detection
 * alone (no address depends on them, unlike the slug ledgers'), so a corrupt or unreadable file
 * costs one import its word on hand edits, and the import writes a new one.
 */
export function readEntryHashesLeniently(contentDir: string): { hashes: EntryHashes; problem?: ContentProblem } {
  try {
    return { hashes: readEntryHashes(contentDir) };
  } catch (error) {
    if (error instanceof ContentFileError) return { hashes: {}, problem: { file: error.file, ...(error.line === undefined ? {} : { line: error.line }), message: error.what } };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    return { hashes: {}, problem: { file: path.join(/*turbopackIgnore: true*/ contentDir, ENTRY_HASH_FILE), message: `cannot be read (${code})` } };
  }
}

/** In key order, so that a re-import that changes nothing rewrites the file byte for byte. */
export function writeEntryHashes(contentDir: string, hashes: ReadonlyMap<string, string>): void {
  const sorted = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, ENTRY_HASH_FILE), `${JSON.stringify(Object.fromEntries(sorted), null, 1)}\n`);
}

/** The front matter block of an entry file's text (between its `---` lines), and where it ends. */
function frontMatterBlock(text: string): { block: string; end: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? { block: match[1] ?? '', end: match[0].length } : undefined;
}

const PIN_LINE = /^project:[^\n]*(\n|$)/m;

/**
 * The text without its front matter's `project:` line: the pin is an editor's field that the
 * import carries over, so adding or changing one is no edit that a re-import would lose.
 */
export function withoutPinLine(text: string): string {
  const front = frontMatterBlock(text);
  if (!front || !PIN_LINE.test(front.block)) return text;
  return `${text.slice(0, front.end).replace(PIN_LINE, '')}${text.slice(front.end)}`;
}

/** Whether the front matter has a `project:` line: only then is the file parsed for its pin. */
export const hasPinLine = (text: string): boolean => PIN_LINE.test(frontMatterBlock(text)?.block ?? '');

/**
 * A short hash of an entry file's text, its pin line aside. 64 bits: it tells an edited file from
 * the one written, never an adversary's; the ledger stays small (a few hundred kB for 25 years).
 */
export const entryTextHash = (text: string): string => createHash('sha256').update(withoutPinLine(text)).digest('hex').slice(0, 16);
