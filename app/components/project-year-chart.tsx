import type { YearCount } from '../../lib/timeline';
import { countOf } from '../../lib/model';
import { yearBarsPath } from '../../lib/site/year-bars';

interface Props {
  perYear: readonly YearCount[];
  /** The years the axis covers, so that charts of different projects line up. */
  from: number;
  to: number;
  className?: string;
}

/** Entries per year as bars, drawn on the server: no chart library, no script. */
export function ProjectYearChart({ perYear, from, to, className }: Props) {
  const bar = 14;
  const gap = 1;
  const height = 64;
  const years = Math.max(1, to - from + 1);
  const width = years * (bar + gap) - gap;
  const max = Math.max(1, ...perYear.map((y) => y.count));
  const bars = perYear
    .filter((y) => y.count > 0 && y.year >= from && y.year <= to)
    .map((y) => {
      const h = Math.max(2, Math.round((y.count / max) * height));
      return { ...y, x: (y.year - from) * (bar + gap), h };
    });
  const label = `Entries per year: ${perYear.filter((y) => y.count > 0).map((y) => `${y.year}: ${y.count}`).join(', ')}`;
  const axis = 14;
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height + axis}`} width={width} height={height + axis} role="img" aria-label={label}>
      <path d={`M0 ${height - 0.5}H${width}`} />
      {bars.map((b) => (
        <rect key={b.year} x={b.x} y={height - b.h} width={bar} height={b.h}>
          <title>{`${b.year}: ${countOf(b.count, 'entry', 'entries')}`}</title>
        </rect>
      ))}
      <text x={0} y={height + axis - 2}>
        {from}
      </text>
      {to !== from && (
        <text x={width} y={height + axis - 2} textAnchor="end">
          {to}
        </text>
      )}
    </svg>
  );
}

/**
 * The compact chart of a list row: a sparkline hidden from assistive technology (the row says
 * it in words). Bare markup, since a list of 1,500 rows repeats it in its HTML and again in its
 * RSC payload: the list's CSS gives it its size (`yearBarsWidth`), its colour and the strokes'
 * width, and draws the baseline.
 */
export function YearBars({ perYear, from, to }: { perYear: readonly YearCount[]; from: number; to: number }) {
  return (
    <svg aria-hidden="true">
      <path d={yearBarsPath(perYear, from, to)} />
    </svg>
  );
}
