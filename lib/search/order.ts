import type { Scored } from './rank';

/** Compares two scored positions (indices into a `Scored`): negative when `a` ranks first. */
export type Order = (a: number, b: number) => number;

/** Scores are kept to three decimals: closer ones count as ties, which recency then breaks. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * The ranking order: rows matching more query words first ("all words before some"), then
 * more of them exactly ("exact forms before prefixes"), then by score, and only then the more
 * recent report; the row number makes the order total.
 */
export function rankingOrder(scored: Scored, recency: ArrayLike<number>): Order {
  const key = new Float64Array(scored.count);
  for (let i = 0; i < scored.count; i++) {
    const score = Math.min(9_999_999, Math.round((scored.scores[i] ?? 0) * 1000));
    key[i] = (scored.matched[i] ?? 0) * 1e9 + (scored.exact[i] ?? 0) * 1e7 + score;
  }
  return (a, b) => {
    const ra = scored.rows[a] ?? 0;
    const rb = scored.rows[b] ?? 0;
    return (key[b] ?? 0) - (key[a] ?? 0) || (recency[rb] ?? 0) - (recency[ra] ?? 0) || ra - rb;
  };
}

/** The best position of each group (positions without a group stand alone), in no particular order. */
export function bestPerGroup(positions: readonly number[], groupOf: (position: number) => string | null, order: Order): number[] {
  const best = new Map<string, number>();
  const alone: number[] = [];
  for (const p of positions) {
    const group = groupOf(p);
    if (group === null) alone.push(p);
    else {
      const had = best.get(group);
      if (had === undefined || order(p, had) < 0) best.set(group, p);
    }
  }
  return [...best.values(), ...alone];
}

/**
 * The first `k` positions in order. A page needs only its own rows sorted: for a small `k` a
 * bounded insertion is linear in the candidates, where sorting them all is not.
 */
export function topPositions(positions: readonly number[], k: number, order: Order): number[] {
  if (k <= 0 || positions.length === 0) return [];
  if (k * 4 >= positions.length) return [...positions].sort(order).slice(0, k);
  const top: number[] = [];
  for (const p of positions) {
    const last = top[top.length - 1];
    if (top.length === k && last !== undefined && order(p, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(top[mid] ?? p, p) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, p);
    if (top.length > k) top.pop();
  }
  return top;
}
