// How every section of `npm run bench` prints: a label, a figure, and its target beside it.

/** One figure: label, value right-aligned, then the target it is held to (if any). */
export function row(label: string, value: string, target = ''): void {
  console.log(`${label.padEnd(34)} ${value.padStart(12)}  ${target}`.trimEnd());
}

/** A section's title, a blank line before it. */
export function heading(title: string): void {
  console.log(`\n${title}`);
}

/**
 * Figures side by side: the first column left-aligned (what was measured), the others right-
 * aligned, then a free note (a target) that takes no width.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], notes: readonly string[] = []): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[], note = ''): string =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   ')}   ${note}`.trimEnd();
  console.log(line(header));
  rows.forEach((r, i) => console.log(line(r, notes[i])));
}

export const formatMs = (ms: number | undefined, digits = 3): string => `${(ms ?? Number.NaN).toFixed(digits)} ms`;
export const formatSeconds = (ms: number, digits = 2): string => `${(ms / 1000).toFixed(digits)} s`;
export const formatMiB = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
/** Kilobytes of 1,000 bytes, as network sizes are usually quoted; bytes too when small. */
export const formatKB = (bytes: number): string => (bytes < 10_000 ? `${bytes} B (${(bytes / 1000).toFixed(1)} KB)` : `${(bytes / 1000).toFixed(1)} KB`);

/** A pass/miss mark for a figure held to a target, so misses stand out in a long output. */
export const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
