import type { EntrySignals } from './signals';

/** A contender must agree with at least this many of a thread's other entries to take a place in it. */
const MIN_AGREEING = 2;

interface Contest {
  entry: number;
  holder: number;
  group: number;
  margin: number;
}

/**
 * A thread holds one entry per report, and joining strongest link first gives a report's place to
 * whichever entry has the strongest single link into the thread: another effort citing the
 * thread's repository in the same report can take it from the thread's own entry, which is left
 * alone. Here an entry left alone takes the place back when more of the thread's other entries
 * are strongly linked to it (`strong(a, b)`) than to the entry holding its report's place; the
 * holder is left alone instead. Returns the group of each entry, changed where a contest is won.
 */
export function settleContests(groupOf: readonly number[], signals: readonly EntrySignals[], strongPartners: ReadonlyMap<number, readonly number[]>): number[] {
  const members = new Map<number, number[]>();
  groupOf.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  const agreeing = (i: number, group: readonly number[], except: number): number => {
    const partners = new Set(strongPartners.get(i) ?? []);
    return group.filter((m) => m !== except && m !== i && partners.has(m)).length;
  };
  const contests: Contest[] = [];
  groupOf.forEach((g, entry) => {
    if (members.get(g)!.length !== 1) return;
    const groups = new Set((strongPartners.get(entry) ?? []).map((p) => groupOf[p]!));
    for (const group of groups) {
      const list = members.get(group)!;
      const holder = list.find((m) => signals[m]!.reportIndex === signals[entry]!.reportIndex);
      if (holder === undefined) continue;
      const mine = agreeing(entry, list, holder);
      const theirs = agreeing(holder, list, holder);
      if (mine >= MIN_AGREEING && mine > theirs) contests.push({ entry, holder, group, margin: mine - theirs });
    }
  });
  // Clearest wins first, then entry order: the result does not depend on the order found.
  contests.sort((x, y) => y.margin - x.margin || x.entry - y.entry);
  const out = [...groupOf];
  const taken = new Set<number>();
  const won = new Set<number>();
  for (const { entry, holder, group } of contests) {
    if (taken.has(group) || won.has(entry) || out[holder] !== group) continue;
    taken.add(group);
    won.add(entry);
    // A group is named by one of its members: if that was the holder, the thread takes the
    // winner's name, and the holder keeps its own.
    const name = holder === group ? entry : group;
    for (let i = 0; i < out.length; i++) if (out[i] === group) out[i] = name;
    out[entry] = name;
    out[holder] = holder;
  }
  return out;
}
