import { laneRows, lanesName, releaseLinesPath, svgUnits, timelineStrip } from '../../lib/site/timeline-strip';
import { projectPath } from '../../lib/routes';
import type { SubjectLane } from '../../lib/subjects';
import { countOf } from '../../lib/model';
import styles from './subject-lanes.module.css';

const WIDTH = 720;
const DOT = 5;
/** Dots closer than this, centre to centre, would touch (a dot and its 1.5 px rim): the next goes a row down. */
const DOT_GAP = 2 * DOT + 2;
/** A row of dots: as far apart as dots in a row, so that no dot of one row touches one of the next. */
const ROW_HEIGHT = DOT_GAP;
/** Above the first row and below the last. */
const LANE_PADDING = 1;

/**
 * A subject's history at a glance: one time axis for the whole knowledge base, FreeBSD's major
 * releases marked on it, and a lane per project with a dot for each of its entries on the
 * subject's timeline, each dot a link to the entry.
 */
/** The ruler is drawn for its width: scaled down to a phone, a ruler drawn for 720 has 6 px labels. */
const NARROW_WIDTH = 360;
/** The ruler's height: release labels on top, the years below them, the release lines running down through both. */
const RULER_HEIGHT = 36;
/** On a phone the labels are as tall but the ruler is drawn at about its shown size: a wider gap keeps the years off the release labels. */
const NARROW_RULER_HEIGHT = 42;
/** What a year's label takes, in the ruler's units: four digits at 13 px, and a little air. */
const YEAR_ROOM = 36;

/** FreeBSD's releases and the years on the axis, every `releaseEvery`th release labelled. */
function Ruler({ ruler, width, height, releaseEvery, yearEvery, className }: { ruler: ReturnType<typeof timelineStrip>; width: number; height: number; releaseEvery: number; yearEvery: number; className?: string }) {
  const yearY = height - 3;
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {ruler.releases.map((r, i) => (
        <g key={r.version}>
          <line className={styles.release} x1={r.x * width} x2={r.x * width} y1={14} y2={height} />
          {i % releaseEvery === 0 && (
            <text className={styles.releaseLabel} x={r.x * width} y={11} textAnchor="middle">
              {r.version}
            </text>
          )}
        </g>
      ))}
      {ruler.years
        .filter((_, i) => i % yearEvery === 0)
        .map((y) =>
          // A year too near the end to be written after its mark is written before it, not cut off.
          y.x > 1 - YEAR_ROOM / width ? (
            <text key={y.year} className={styles.year} x={width} y={yearY} textAnchor="end">
              {y.year}
            </text>
          ) : (
            <text key={y.year} className={styles.year} x={y.x * width + 2} y={yearY}>
              {y.year}
            </text>
          ),
        )}
    </svg>
  );
}

/**
 * A subject's history at a glance: one time axis for the whole knowledge base, FreeBSD's major
 * releases marked on it, and a lane per project with a dot for each of its entries on the
 * subject's timeline, each dot a link to the entry.
 */
export function SubjectLanes({ lanes, axis, subject }: { lanes: readonly SubjectLane[]; axis: { from: number; to: number }; subject: string }) {
  const ruler = timelineStrip([], axis);
  const every = ruler.years.length > 16 ? 5 : ruler.years.length > 8 ? 2 : 1;
  return (
    // A group named by what it shows, in few words (the figure around it is named by its longer caption): the list alone says only who reported.
    <div className={styles.lanes} role="group" aria-label={lanesName(subject, lanes.flatMap((lane) => lane.dots.map((d) => d.report.period)))}>
      <Ruler ruler={ruler} width={WIDTH} height={RULER_HEIGHT} releaseEvery={1} yearEvery={every} className={styles.ruler} />
      <Ruler ruler={ruler} width={NARROW_WIDTH} height={NARROW_RULER_HEIGHT} releaseEvery={ruler.releases.length > 6 ? 2 : 1} yearEvery={every} className={styles.narrowRuler} />
      <ol className={styles.list} aria-label={`Projects that reported on ${subject}, in the order they first did`}>
        {lanes.map((lane) => {
          const strip = timelineStrip(
            lane.dots.map((d) => ({ start: d.report.period.start, end: d.report.period.end, href: d.url, label: `${d.report.label}: ${d.title}` })),
            axis,
          );
          const xs = strip.marks.map((m) => (m.x + m.width / 2) * WIDTH);
          const { rows, count } = laneRows(xs, DOT_GAP);
          const height = count * ROW_HEIGHT + 2 * LANE_PADDING;
          const middle = height / 2;
          return (
            <li key={lane.project.slug}>
              <a className={styles.name} href={projectPath(lane.project.slug)}>
                {lane.project.title}
              </a>
              <svg className={styles.lane} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={`${lane.project.title}: ${countOf(lane.dots.length, 'entry', 'entries')}`}>
                <line className={styles.axis} x1={0} x2={WIDTH} y1={middle} y2={middle} />
                {/* One path for the release lines, their x to a hundredth: a subject's page repeats them in every lane, in its HTML and in its RSC payload. */}
                <path className={styles.release} d={releaseLinesPath(strip.releases, WIDTH, 0, height)} aria-hidden="true" />
                {strip.marks.map((m, i) => (
                  // Out of the tab order: each dot repeats a link of the list below, and a keyboard user would tab through dozens.
                  <a key={m.href} href={m.href} aria-label={m.label} tabIndex={-1}>
                    <title>{m.label}</title>
                    <circle className={styles.dot} cx={svgUnits(xs[i] ?? 0)} cy={svgUnits(middle + ((rows[i] ?? 0) - (count - 1) / 2) * ROW_HEIGHT)} r={DOT} />
                  </a>
                ))}
              </svg>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
