/** A `YYYY-MM` month as a number of months since year 0, so that months compare as numbers. */
export function monthNumber(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Number.isInteger(year) && Number.isInteger(m) ? year * 12 + (m - 1) : Number.NaN;
}
