import type { AddressLedger } from '../content/ledger';

/**
 * A subject's other addresses, kept from one import to the next. Every spelling, alias or former
 * name of a subject answers with a redirect (build.ts), but these are found anew at each build: a
 * new quarter that changes what is found can drop one (`laptop-and-desktop-workgroup`, a spelling
 * of LDWG until a quarter no longer wrote it) or give it to another subject (`expansion`, a name
 * of RAIDZ until the word became a subject of its own). `kb import` records each in
 * `subject-addresses.json` with the slug of the subject it led to, so that it goes on leading
 * where that slug leads, and no subject found later takes it.
 */

/** A subject or draft as a slug's holder is chosen among them: its main timeline's entries, and a name to order equals. */
export interface HolderCandidate {
  entryIds: ReadonlySet<string>;
  name: string;
}

/**
 * The candidate holding most of a published slug's entries, if any holds one. Of candidates
 * holding as many, the one with fewest others, the closest to what the slug showed; then the
 * first name.
 */
export function holderOf<T extends HolderCandidate>(ids: readonly string[], candidates: readonly T[]): T | undefined {
  let best: { candidate: T; count: number } | undefined;
  for (const candidate of candidates) {
    const count = ids.filter((id) => candidate.entryIds.has(id)).length;
    if (count === 0) continue;
    const above =
      !best ||
      count > best.count ||
      (count === best.count && (candidate.entryIds.size < best.candidate.entryIds.size || (candidate.entryIds.size === best.candidate.entryIds.size && candidate.name < best.candidate.name)));
    if (above) best = { candidate, count };
  }
  return best?.candidate;
}

/**
 * The addresses published before, with today's redirects added, each to the slug it leads to.
 * One published before keeps the slug of then, which leads on wherever that subject went; a slug
 * of the subject ledger is none: it is a subject's own, kept there.
 */
export function extendAddresses(addresses: AddressLedger, redirects: ReadonlyMap<string, string>, isSubjectSlug: (slug: string) => boolean): AddressLedger {
  const next: AddressLedger = { ...addresses };
  for (const [from, to] of redirects) if (!Object.hasOwn(next, from)) next[from] = to;
  return Object.fromEntries(
    Object.entries(next)
      .filter(([slug]) => !isSubjectSlug(slug))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
