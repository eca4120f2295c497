import type { Ledger } from '../model';

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
