// The labeled sets `npm run bench:threads` scores the threading on: the old set (the one the
// weights were first tuned on), and the fresh set's tune and test halves, whole and per kind.
import { pairKey, type Half, type LabeledThreads, type ThreadKind } from './threads-lib';

export interface LabeledSet {
  name: string;
  labeled: LabeledThreads;
  /** False for the held-out test half: only its summary figures may be printed. */
  inspectable: boolean;
  /** Rows per kind are indented under their half. */
  indent: boolean;
}

const KINDS: readonly ThreadKind[] = ['team', 'renamed', 'ordinary'];

/**
 * The threads of one half (and kind), with the apart pairs of that half; per kind, the pairs
 * that touch a thread of that kind in either half, since a look-alike belongs to the thread it
 * looks like.
 */
export function selectLabeled(fresh: LabeledThreads, half: Half, kind?: ThreadKind): LabeledThreads {
  const kindOf = new Map(fresh.threads.flatMap((t) => t.entries.map((id) => [id, t.kind] as const)));
  return {
    threads: fresh.threads.filter((t) => t.half === half && (kind === undefined || t.kind === kind)),
    apart: fresh.apart.filter((p) => p.half === half && (kind === undefined || kindOf.get(p.a) === kind || kindOf.get(p.b) === kind)),
  };
}

/** The old set, then each fresh half whole and per kind. */
export function benchSets(old: LabeledThreads, fresh: LabeledThreads): LabeledSet[] {
  const sets: LabeledSet[] = [{ name: 'old set', labeled: old, inspectable: true, indent: false }];
  for (const half of ['tune', 'test'] as const) {
    const inspectable = half === 'tune';
    sets.push({ name: `fresh ${half}`, labeled: selectLabeled(fresh, half), inspectable, indent: false });
    for (const kind of KINDS) sets.push({ name: kind, labeled: selectLabeled(fresh, half, kind), inspectable, indent: true });
  }
  return sets;
}

/** What of the fresh test half no detail may show: its threads' entries and its apart pairs. */
export interface HeldOut {
  entries: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

/**
 * The fresh test half, held out: the details of any set (a split thread, a wrong merge, a mixed
 * group) that name one of its threads' entries or one of its apart pairs are withheld, so that
 * the old set, which shares threads and pairs with the test half, does not show how it fares.
 */
export function heldOut(fresh: LabeledThreads): HeldOut {
  return {
    entries: new Set(fresh.threads.filter((t) => t.half === 'test').flatMap((t) => t.entries)),
    pairs: new Set(fresh.apart.filter((p) => p.half === 'test').map((p) => pairKey(p.a, p.b))),
  };
}
