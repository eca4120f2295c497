import type { Ledger } from '../model';
import { contestedName } from './naming';

/**
 * The group holding most of each published slug's entries today, or undefined when none of them is
 * left: where the slug's readers should land. Of groups holding as many, the one with more of the
 * entries the slug was named after, else the lowest-numbered. A slug is named after the entry
 * whose title gave it (`nameOf`: the slug a title makes, naming.ts), or whose own slug it is: a
 * thread of two entries published as `acpi-lua-bindings` for its ACPI Lua entry, and split in
 * two by a new quarter, stays with the ACPI Lua entry whichever entry is older.
 */
export function ledgerHolders(ledger: Ledger, groupOfEntry: ReadonlyMap<string, number>, nameOf: (id: string) => string | undefined = () => undefined): Map<string, number | undefined> {
  const holders = new Map<string, number | undefined>();
  for (const [slug, ids] of Object.entries(ledger)) {
    const counts = new Map<number, number>();
    // Entries whose own slug or title gave the slug as it is, then those whose title gave it
    // without its year: "EuroBSDCon 2019" names `eurobsdcon-2019` before another year's "EuroBSDCon".
    const namesakes = new Map<number, number>();
    const namesakesButYear = new Map<number, number>();
    const add = (map: Map<number, number>, group: number): void => void map.set(group, (map.get(group) ?? 0) + 1);
    const name = contestedName(slug);
    for (const id of ids) {
      const group = groupOfEntry.get(id);
      if (group === undefined) continue;
      add(counts, group);
      const titleGave = nameOf(id);
      if (id.slice(id.indexOf('/') + 1) === slug || titleGave === slug) add(namesakes, group);
      else if (titleGave === name) add(namesakesButYear, group);
    }
    const rank = (group: number): number[] => [counts.get(group)!, namesakes.get(group) ?? 0, namesakesButYear.get(group) ?? 0, -group];
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
