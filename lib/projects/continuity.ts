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
