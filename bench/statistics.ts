// How sure a figure is, and how far two readers agree. The untouched halves are small (109 queries, 23 subjects, 107 threads):
// a figure on them is an estimate, and a target a few hundredths above it may be within its
// noise or far outside it. A percentile bootstrap over the judged items says which.

/** A seeded generator (mulberry32): the same intervals on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  /** Resamples drawn. */
  samples?: number;
  /** Share of the resampled figures the interval holds. */
  level?: number;
  seed?: number;
}

/**
 * The percentile bootstrap interval of `statistic` over `items`: the items are drawn with
 * replacement as many times as there are, `samples` times, and the interval holds the middle
 * `level` of the figures those draws give.
 */
export function bootstrapInterval<T>(items: readonly T[], statistic: (sample: readonly T[]) => number, options: BootstrapOptions = {}): [number, number] {
  const { samples = 2000, level = 0.95, seed = 1 } = options;
  if (items.length === 0) return [Number.NaN, Number.NaN];
  const random = seededRandom(seed);
  const figures = new Float64Array(samples);
  const sample: T[] = new Array<T>(items.length);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)] as T;
    figures[s] = statistic(sample);
  }
  figures.sort();
  const at = (share: number): number => figures[Math.min(samples - 1, Math.max(0, Math.floor(share * samples)))] ?? Number.NaN;
  return [at((1 - level) / 2), at(1 - (1 - level) / 2)];
}

export const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);

/** `[0.89, 0.98]`, for printing beside the figure. */
export function formatInterval([lo, hi]: [number, number], digits = 2): string {
  return `[${lo.toFixed(digits)}, ${hi.toFixed(digits)}]`;
}

/**
 * Cohen's kappa of two readers' yes/no calls on the same items: how much more they agree than
 * chance would, given how often each says yes. 1 is full agreement, 0 chance, below 0 worse.
 */
export function cohensKappa(agreed: number, firstYes: number, secondYes: number): number {
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return chance === 1 ? 1 : (agreed - chance) / (1 - chance);
}
