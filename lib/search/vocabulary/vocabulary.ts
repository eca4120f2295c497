/**
 * Every indexed term in code-unit order, with the number of rows holding it. A term's id is
 * its position, so all terms that start with a prefix form one id range: a prefix match is a
 * range check, in the index and in each row's sorted postings.
 */
export class Vocabulary {
  private readonly ids: Map<string, number>;

  /** `terms` sorted, without repeats; `df[i]` the number of rows holding `terms[i]`. */
  constructor(
    readonly terms: readonly string[],
    readonly df: Uint32Array,
  ) {
    this.ids = new Map(terms.map((t, i) => [t, i]));
  }

  get size(): number {
    return this.terms.length;
  }

  /** The term's id, or -1. */
  idOf(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** Rows holding the term (0 when unknown). */
  frequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.df[id] ?? 0);
  }

  /** Ids `[lo, hi)` of the terms that start with `prefix` (the prefix itself included). */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  /** Ids `[lo, hi)` of the terms from `from` (included) to `to` (excluded) in code-unit order. */
  range(from: string, to: string): [number, number] {
    return [this.lowerBound(from), this.lowerBound(to)];
  }

  private lowerBound(key: string): number {
    return lowerBound(this.terms, key);
  }
}

/** The first index of sorted `strings` whose string is not below `key` (code-unit order). */
export function lowerBound(strings: readonly string[], key: string): number {
  let lo = 0;
  let hi = strings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((strings[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
