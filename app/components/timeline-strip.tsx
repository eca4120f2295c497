import { svgUnits, timelineStrip } from '../../lib/site/timeline-strip';
import styles from './timeline-strip.module.css';

const WIDTH = 720;
const HEIGHT = 64;
/** Room a year's label takes at its largest (a phone's 24 px, in the picture's units). */
const YEAR_LABEL_WIDTH = 60;
const BAR_Y = 22;
const BAR_HEIGHT = 18;

/**
 * A project's periods as a strip across the years, each period a link to its entry, with
 * FreeBSD's major releases marked on the same axis: what landed before which release.
 */
export function TimelineStrip({
  periods,
  axis,
  label,
}: {
  periods: { start: string; end: string; href: string; label: string }[];
  axis: { from: number; to: number };
  label: string;
}) {
  const strip = timelineStrip(periods, axis);
  const years = strip.years.length;
  // On a long axis, label every few years so the labels do not run into each other.
  const every = years > 16 ? 5 : years > 8 ? 2 : 1;
  return (
    <svg className={styles.strip} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label}>
      <line className={styles.axis} x1={0} x2={WIDTH} y1={BAR_Y + BAR_HEIGHT / 2} y2={BAR_Y + BAR_HEIGHT / 2} />
      {strip.releases.map((r, i) => (
        <g key={r.version} aria-hidden="true">
          <line className={styles.release} x1={r.x * WIDTH} x2={r.x * WIDTH} y1={12} y2={BAR_Y + BAR_HEIGHT + 4} />
          {/* Every other label has a row of its own on a phone, where the labels are set large. */}
          <text className={i % 2 ? `${styles.releaseLabel} ${styles.upper}` : styles.releaseLabel} x={r.x * WIDTH} y={9} textAnchor="middle">
            {r.version}
          </text>
        </g>
      ))}
      {strip.marks.map((m) => (
        // Out of the tab order: each mark repeats a link of the timeline below, and a keyboard user would tab through dozens.
        <a key={m.href} href={m.href} aria-label={m.label} tabIndex={-1}>
          <title>{m.label}</title>
          {/* To a hundredth of a unit: a long project's page has a mark per entry, each written twice (HTML, RSC payload). */}
          <rect className={styles.mark} x={svgUnits(m.x * WIDTH)} y={BAR_Y} width={svgUnits(Math.max(m.width * WIDTH, 3))} height={BAR_HEIGHT} rx={2} />
        </a>
      ))}
      {strip.years
        .filter((y, i) => i % every === 0 || i === years - 1)
        .map((y) => (
          // A year too near the end for its label to fit after it ends at the edge: clipped, "2026" read "202".
          <text
            key={y.year}
            className={styles.year}
            x={y.x * WIDTH > WIDTH - YEAR_LABEL_WIDTH ? WIDTH : y.x * WIDTH}
            textAnchor={y.x * WIDTH > WIDTH - YEAR_LABEL_WIDTH ? 'end' : 'start'}
            y={HEIGHT - 4}
            aria-hidden="true"
          >
            {y.year}
          </text>
        ))}
    </svg>
  );
}
