import type { EntrySignals } from './signals';

/**
 * Pairs of entries (as `a * n + b`, a < b) that are one person's consecutive reports: the person
 * named in both has no other entry in either report nor in any report between. Someone who reports
 * one thing at a time and renames it carries on the same work, whatever the new title says.
 */
export function findContinuations(signals: readonly EntrySignals[]): Set<number> {
  const n = signals.length;
  const byPerson = new Map<string, number[]>();
  signals.forEach((s, i) => {
    for (const p of s.people) {
      const list = byPerson.get(p);
      if (list) list.push(i);
      else byPerson.set(p, [i]);
    }
  });
  const pairs = new Set<number>();
  for (const list of byPerson.values()) {
    const sorted = [...list].sort((x, y) => signals[x]!.reportIndex - signals[y]!.reportIndex);
    const report = (k: number): number => signals[sorted[k]!]!.reportIndex;
    for (let k = 0; k + 1 < sorted.length; k++) {
      const alone = (k === 0 || report(k - 1) !== report(k)) && (k + 2 >= sorted.length || report(k + 2) !== report(k + 1));
      if (!alone || report(k) === report(k + 1)) continue;
      const [a, b] = [sorted[k]!, sorted[k + 1]!];
      pairs.add(a < b ? a * n + b : b * n + a);
    }
  }
  return pairs;
}

/**
 * One person's consecutive reports where they report several things: the entries whose thread
 * (`groupOf`) already goes on from one report into the other are accounted for, and if one entry
 * is left on each side, those two are the person's one other line of work carried on (a driver
 * port goes on under its name beside it, and a subsystem's work under a new title). Returns such
 * pairs as `[earlier, later]`, once each, in the order found.
 */
export function leftoverContinuations(signals: readonly EntrySignals[], groupOf: (i: number) => number): [number, number][] {
  const byPerson = new Map<string, Map<number, number[]>>();
  signals.forEach((s, i) => {
    for (const p of s.people) {
      const reports = byPerson.get(p) ?? new Map<number, number[]>();
      byPerson.set(p, reports);
      reports.set(s.reportIndex, [...(reports.get(s.reportIndex) ?? []), i]);
    }
  });
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const reports of byPerson.values()) {
    const order = [...reports.keys()].sort((x, y) => x - y);
    for (let k = 0; k + 1 < order.length; k++) {
      const [before, after] = [reports.get(order[k]!)!, reports.get(order[k + 1]!)!];
      if (before.length === 1 && after.length === 1) continue;
      const carried = new Set(before.map(groupOf).filter((g) => after.some((j) => groupOf(j) === g)));
      const left = [before.filter((i) => !carried.has(groupOf(i))), after.filter((j) => !carried.has(groupOf(j)))];
      if (left[0]!.length !== 1 || left[1]!.length !== 1) continue;
      const pair: [number, number] = [left[0]![0]!, left[1]![0]!];
      if (seen.has(`${pair[0]} ${pair[1]}`)) continue;
      seen.add(`${pair[0]} ${pair[1]}`);
      pairs.push(pair);
    }
  }
  return pairs;
}
