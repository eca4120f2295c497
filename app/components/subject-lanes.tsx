import { timelineStrip } from '../../lib/site/timeline-strip';
import { projectPath } from '../../lib/routes';
import type { SubjectLane } from '../../lib/subjects';
import { countOf } from '../../lib/model';
import styles from './subject-lanes.module.css';

const WIDTH = 720;
const LANE_HEIGHT = 14;
const DOT = 5;

/**
 * A subject's history at a glance: one time axis for the whole knowledge base, FreeBSD's major
 * releases marked on it, and a lane per project with a dot for each of its entries on the
 * subject's timeline, each dot a link to the entry.
 */
export function SubjectLanes({ lanes, axis, subject }: { lanes: readonly SubjectLane[]; axis: { from: number; to: number }; subject: string }) {
  const ruler = timelineStrip([], axis);
  const every = ruler.years.length > 16 ? 5 : ruler.years.length > 8 ? 2 : 1;
  return (
    <div className={styles.lanes}>
      <svg className={styles.ruler} viewBox={`0 0 ${WIDTH} 36`} aria-hidden="true">
        {ruler.releases.map((r) => (
          <g key={r.version}>
            <line className={styles.release} x1={r.x * WIDTH} x2={r.x * WIDTH} y1={14} y2={36} />
            <text className={styles.releaseLabel} x={r.x * WIDTH} y={11} textAnchor="middle">
              {r.version}
            </text>
          </g>
        ))}
        {ruler.years
          .filter((_, i) => i % every === 0)
          .map((y) => (
            <text key={y.year} className={styles.year} x={y.x * WIDTH + 2} y={33}>
              {y.year}
            </text>
          ))}
      </svg>
      <ol className={styles.list} aria-label={`Projects that reported on ${subject}, in the order they first did`}>
        {lanes.map((lane) => {
          const strip = timelineStrip(
            lane.dots.map((d) => ({ start: d.report.period.start, end: d.report.period.end, href: d.url, label: `${d.report.label}: ${d.title}` })),
            axis,
          );
          return (
            <li key={lane.project.slug}>
              <a className={styles.name} href={projectPath(lane.project.slug)}>
                {lane.project.title}
              </a>
              <svg className={styles.lane} viewBox={`0 0 ${WIDTH} ${LANE_HEIGHT}`} role="group" aria-label={`${lane.project.title}: ${countOf(lane.dots.length, 'entry', 'entries')}`}>
                <line className={styles.axis} x1={0} x2={WIDTH} y1={LANE_HEIGHT / 2} y2={LANE_HEIGHT / 2} />
                {strip.releases.map((r) => (
                  <line key={r.version} className={styles.release} x1={r.x * WIDTH} x2={r.x * WIDTH} y1={0} y2={LANE_HEIGHT} aria-hidden="true" />
                ))}
                {strip.marks.map((m) => (
                  // Out of the tab order: each dot repeats a link of the list below, and a keyboard user would tab through dozens.
                  <a key={m.href} href={m.href} aria-label={m.label} tabIndex={-1}>
                    <title>{m.label}</title>
                    <circle className={styles.dot} cx={(m.x + m.width / 2) * WIDTH} cy={LANE_HEIGHT / 2} r={DOT} />
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
