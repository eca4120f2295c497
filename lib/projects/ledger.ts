import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../content/json-file';

/**
 * `project-slugs.json`: every slug the automatic threading has published, with the entries it
 * held then. Written by `kb import`, read by every threading of the folder, so that a slug keeps
 * naming the same work after a re-import, and a slug that no longer does redirects.
 */
export const LEDGER_FILE = 'project-slugs.json';

const LedgerSchema = z.record(z.string(), z.array(z.string()));
export type Ledger = z.infer<typeof LedgerSchema>;

/** A ledger of a content folder: `project-slugs.json` unless another file is named (subjects keep one too). */
export function readLedger(contentDir: string, name = LEDGER_FILE): Ledger {
  // The content folder is chosen at run time (paths.ts): not for Turbopack to trace.
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, name), LedgerSchema, {}, 'a map of slugs to entry ids');
}

/** The ledger with today's slugs added; a slug published before keeps its entries of then. */
export function extendLedger(ledger: Ledger, projects: readonly { slug: string; entryIds: readonly string[] }[]): Ledger {
  const next: Ledger = { ...ledger };
  for (const p of projects) next[p.slug] = [...p.entryIds];
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeLedger(contentDir: string, ledger: Ledger, name = LEDGER_FILE): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, name), `${JSON.stringify(ledger, null, 1)}\n`);
}

/**
 * The group holding most of each published slug's entries today (the lowest-numbered of equals),
 * or undefined when none of them is left: where the slug's readers should land.
 */
export function ledgerHolders(ledger: Ledger, groupOfEntry: ReadonlyMap<string, number>): Map<string, number | undefined> {
  const holders = new Map<string, number | undefined>();
  for (const [slug, ids] of Object.entries(ledger)) {
    const counts = new Map<number, number>();
    for (const id of ids) {
      const group = groupOfEntry.get(id);
      if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [group, count] of counts) {
      if (best === undefined || count > counts.get(best)! || (count === counts.get(best) && group < best)) best = group;
    }
    holders.set(slug, best);
  }
  return holders;
}
