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
 * The group holding most of each published slug's entries today, or undefined when none of them is
 * left: where the slug's readers should land. Of groups holding as many, the one with the entry
 * the slug was named after (its entry slug is the slug), else the lowest-numbered.
 */
export function ledgerHolders(ledger: Ledger, groupOfEntry: ReadonlyMap<string, number>): Map<string, number | undefined> {
  const holders = new Map<string, number | undefined>();
  for (const [slug, ids] of Object.entries(ledger)) {
    const counts = new Map<number, number>();
    for (const id of ids) {
      const group = groupOfEntry.get(id);
      if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    const namesake = groupOfEntry.get(ids.find((id) => id.slice(id.indexOf('/') + 1) === slug) ?? '');
    const rank = (group: number): [number, number, number] => [counts.get(group)!, group === namesake ? 1 : 0, -group];
    let best: number | undefined;
    for (const group of counts.keys()) if (best === undefined || isAbove(rank(group), rank(best))) best = group;
    holders.set(slug, best);
  }
  return holders;
}

/** Whether one rank is above another, compared part by part. */
function isAbove(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((x, i) => x !== b[i]);
  return at >= 0 && a[at]! > b[at]!;
}
