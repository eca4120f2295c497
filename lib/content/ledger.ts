import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Ledger } from '../model';
import { readEntryHashes } from './entry-hashes';
import { ENTRY_ALIAS_FILE, readEntryLedger, readWithdrawnEntries } from './entry-ledger';
import { ContentFileError, readJsonFile } from './json-file';
import type { ContentProblem } from '../model';

/**
 * The ledgers of a content folder: every slug the automatic threading, people matching and subject
 * detection have published, with the entries each held then. Written by `kb import`, read by every
 * later build of the folder, so that a slug keeps naming the same thing after a re-import, and a
 * slug that no longer does redirects.
 */
export const PROJECT_LEDGER_FILE = 'project-slugs.json';
export const PEOPLE_LEDGER_FILE = 'people-slugs.json';
export const SUBJECT_LEDGER_FILE = 'subject-slugs.json';
/** Every other address of a subject published so far (a spelling, an alias, a former name), with the slug of the subject it led to: lib/subjects/addresses.ts. */
export const SUBJECT_ADDRESS_FILE = 'subject-addresses.json';

type LedgerFile = typeof PROJECT_LEDGER_FILE | typeof PEOPLE_LEDGER_FILE | typeof SUBJECT_LEDGER_FILE;

const LedgerSchema = z.record(z.string(), z.array(z.string()));
const AddressLedgerSchema = z.record(z.string(), z.string());
/** Address → the slug it led to. */
export type AddressLedger = z.infer<typeof AddressLedgerSchema>;

/** A ledger of a content folder, each entry under the id it has now: one a re-import renamed (`entry-ids.json`) is still the entry a slug held. */
export function readLedger(contentDir: string, name: LedgerFile): Ledger {
  // The content folder is chosen at run time (paths.ts): not for Turbopack to trace.
  const ledger = readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, name), LedgerSchema, {}, 'a map of slugs to entry ids');
  const renamed = readEntryLedger(contentDir);
  const now = (id: string): string => (Object.hasOwn(renamed, id) ? renamed[id]! : id);
  return Object.keys(renamed).length === 0 ? ledger : Object.fromEntries(Object.entries(ledger).map(([slug, ids]) => [slug, ids.map(now)]));
}

/** The ledger with today's slugs added; a slug published before keeps its entries of then. */
export function extendLedger(ledger: Ledger, projects: readonly { slug: string; entryIds: readonly string[] }[]): Ledger {
  const next: Ledger = { ...ledger };
  for (const p of projects) next[p.slug] = [...p.entryIds];
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeLedger(contentDir: string, ledger: Ledger, name: LedgerFile): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, name), `${JSON.stringify(ledger, null, 1)}\n`);
}

/** The other addresses a content folder published (`subject-addresses.json`), each with the slug it led to. */
export function readAddressLedger(contentDir: string): AddressLedger {
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, SUBJECT_ADDRESS_FILE), AddressLedgerSchema, {}, 'a map of slugs to slugs');
}

export function writeAddressLedger(contentDir: string, addresses: AddressLedger): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, SUBJECT_ADDRESS_FILE), `${JSON.stringify(addresses, null, 1)}\n`);
}

/**
 * What is wrong with each ledger of a content folder, read one by one: `kb check` reports them
 * all and goes on with the content, where a build stops at the first (its slugs would be lost).
 */
export function ledgerProblems(contentDir: string): ContentProblem[] {
  const slugLedgers: LedgerFile[] = [PROJECT_LEDGER_FILE, PEOPLE_LEDGER_FILE, SUBJECT_LEDGER_FILE];
  const reads: (() => unknown)[] = [
    ...slugLedgers.map((name) => () => readLedger(contentDir, name)),
    () => readAddressLedger(contentDir),
    () => readEntryLedger(contentDir),
    () => readEntryLedger(contentDir, ENTRY_ALIAS_FILE),
    () => readWithdrawnEntries(contentDir),
    () => readEntryHashes(contentDir),
  ];
  const problems = new Map<string, ContentProblem>();
  for (const read of reads) {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      // readLedger reads entry-ids.json too: each file's problem is said once.
      problems.set(error.file, { file: error.file, ...(error.line === undefined ? {} : { line: error.line }), message: error.what });
    }
  }
  return [...problems.values()];
}
