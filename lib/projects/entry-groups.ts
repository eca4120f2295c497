import type { EntrySignals } from './signals';

/** Entries being joined into groups (union-find), each group holding at most one entry per report. */
export class EntryGroups {
  private readonly parent: number[];
  private readonly reports: Set<number>[];

  constructor(private readonly signals: readonly EntrySignals[]) {
    this.parent = signals.map((_, i) => i);
    this.reports = signals.map((s) => new Set([s.reportIndex]));
  }

  /** The group of an entry: the index of one of its members. */
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** Joins the groups of two entries unless they are one already or share a report; true if joined. */
  join(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const [small, large] = this.reports[ra]!.size <= this.reports[rb]!.size ? [ra, rb] : [rb, ra];
    for (const r of this.reports[small]!) if (this.reports[large]!.has(r)) return false;
    for (const r of this.reports[small]!) this.reports[large]!.add(r);
    this.parent[small] = large;
    return true;
  }

  /** Per group, the persons and team addresses its entries name. */
  handsByGroup(): Map<number, Set<string>> {
    const hands = new Map<number, Set<string>>();
    this.signals.forEach((s, i) => {
      const group = this.find(i);
      const set = hands.get(group) ?? new Set<string>();
      for (const h of s.people) set.add(h);
      for (const h of s.roles) set.add(h);
      hands.set(group, set);
    });
    return hands;
  }
}
