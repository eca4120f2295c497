import type { Entry } from './types';

/** The entries of these ids, in their order; undefined when one is not in `byId` (the ids were of other content). */
export function entriesWithIds(ids: readonly string[], byId: ReadonlyMap<string, Entry>): Entry[] | undefined {
  const entries: Entry[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}
