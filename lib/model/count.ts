/** A count with its noun: "1 entry", "3,126 entries". Browser-safe, like report-ref.ts. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
