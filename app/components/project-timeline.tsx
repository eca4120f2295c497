import { countOf } from '../../lib/model';
import { Link } from './link';
import { Fragment, useId, type ReactNode } from 'react';
import type { ProjectTimeline } from '../../lib/projects';
import { gapLabel, taskChangeSummary, type PersonRef, type PersonSpan, type TimelineChanges, type TimelineEntry } from '../../lib/timeline';
import { linkShown } from '../../lib/content';
import { personPath, projectPath, reportPath } from '../../lib/routes';
import { Markdown } from './markdown';
import { OnThisPage } from './on-this-page';
import { ProjectYearChart } from './project-year-chart';
import { TimelineStrip } from './timeline-strip';
import styles from './project-timeline.module.css';

function People({ people }: { people: readonly PersonRef[] }) {
  return (
    <ul className="inline-list">
      {people.map((p) => (
        <li key={p.slug}>
          <a href={personPath(p.slug)}>{p.name}</a>
        </li>
      ))}
    </ul>
  );
}

function LinkTo(link: { url: string; text: string }) {
  const { href, text } = linkShown(link);
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

function TaskList({ title, tasks }: { title: string; tasks: readonly string[] }) {
  if (tasks.length === 0) return null;
  return (
    <>
      <p className={styles.taskHeading}>{title}</p>
      <ul>
        {tasks.map((t, i) => (
          <li key={i}>
            <Markdown text={t} className="task" />
          </li>
        ))}
      </ul>
    </>
  );
}

function Tasks({ tasks }: { tasks: TimelineChanges['tasks'] }) {
  const summary = taskChangeSummary(tasks);
  if (!summary) return null;
  return (
    <details className={styles.tasks}>
      <summary>Open tasks: {summary}</summary>
      <TaskList title="New" tasks={tasks.added} />
      <TaskList title="Still open" tasks={tasks.recurring} />
      <TaskList title="No longer listed" tasks={tasks.disappeared} />
    </details>
  );
}

/** What changed since the previous entry, one line per kind of change. */
function Changes({ entry }: { entry: TimelineEntry }) {
  const changes: TimelineChanges = entry.changes ?? {
    joined: [],
    left: [],
    newSponsors: [],
    newLinks: [],
    tasks: { added: entry.tasks, recurring: [], disappeared: [] },
  };
  const lines: Array<[string, ReactNode]> = [];
  if (changes.joined.length && entry.changes) lines.push(['Joined', <People key="j" people={changes.joined} />]);
  if (changes.left.length) lines.push(['Left', <People key="l" people={changes.left} />]);
  if (changes.newSponsors.length) lines.push([changes.newSponsors.length === 1 ? 'New sponsor' : 'New sponsors', changes.newSponsors.join('; ')]);
  if (changes.newLinks.length) {
    lines.push([
      changes.newLinks.length === 1 ? 'New link' : 'New links',
      <ul key="n" className="inline-list">
        {changes.newLinks.map((l, i) => (
          <li key={i}>
            <LinkTo url={l.url} text={l.text} />
          </li>
        ))}
      </ul>,
    ]);
  }
  if (lines.length === 0 && !taskChangeSummary(changes.tasks)) return null;
  return (
    <div className={styles.changes}>
      {lines.length > 0 && (
        <dl>
          {lines.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <Tasks tasks={changes.tasks} />
    </div>
  );
}

/**
 * Each person of a timeline with the first and last report naming them and their number of
 * entries; the teams and mailing lists named as contacts after them, apart, as /people has them.
 * The last report leads to their latest entry here: "what did they last report on this" in one
 * click, where their own page's latest is of any subject.
 */
export function PeopleTable({ people }: { people: readonly PersonSpan[] }) {
  const groups = people.filter((p) => p.kind !== 'person');
  const rows = (list: readonly PersonSpan[]) =>
    list.map((p) => (
      <tr key={p.slug}>
        <th scope="row">
          <a href={personPath(p.slug)}>{p.name}</a>
        </th>
        <td>{p.first.shortLabel}</td>
        <td>
          <a href={p.lastUrl}>{p.last.shortLabel}</a>
        </td>
        <td>{p.count}</td>
      </tr>
    ));
  return (
    <table className={styles.peopleTable}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">First</th>
          <th scope="col">Last</th>
          <th scope="col">Entries</th>
        </tr>
      </thead>
      <tbody>{rows(people.filter((p) => p.kind === 'person'))}</tbody>
      {groups.length > 0 && (
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={4} className={styles.groupHeading}>
              Teams and mailing lists
            </th>
          </tr>
          {rows(groups)}
        </tbody>
      )}
    </table>
  );
}

/**
 * One entry of a timeline: when, title, people, the start of its text, what changed. On a subject's
 * timeline it names its project, and its gap and changes are those since that project's previous entry.
 */
export function TimelineItem({
  entry,
  project,
  order,
}: {
  entry: TimelineEntry;
  project?: { slug: string; title: string };
  /** Its place from the oldest and from the newest, for a list whose order the reader can turn. */
  order?: { o: number; r: number };
}) {
  return (
    <li className={styles.item} data-report={entry.report.id} {...(order ? { 'data-o': order.o, 'data-r': order.r } : {})}>
      {entry.gapBefore > 0 && !project && <p className={styles.gap}>{gapLabel(entry.gapBefore)}</p>}
      <p className={styles.when}>
        <a href={reportPath(entry.report.id)}>{entry.report.label}</a>
        {project && (
          <>
            {' · '}
            <a href={projectPath(project.slug)}>{project.title}</a>
            {entry.gapBefore > 0 && ` · back after ${gapLabel(entry.gapBefore)}`}
          </>
        )}
      </p>
      <h3 className={styles.title}>
        {/* A thread's entries often share a title: its period tells them apart in a list of headings. */}
        <span className="visually-hidden">{entry.report.label}: </span>
        <Link href={entry.url}>
          {entry.title}
        </Link>
      </h3>
      {entry.people.length > 0 && (
        <div className={styles.peopleLine}>
          <People people={entry.people} />
        </div>
      )}
      {entry.excerpt && <p className={styles.excerpt}>{entry.excerpt}</p>}
      <Changes entry={entry} />
    </li>
  );
}

/** A project's page below its title: summary, chart, the timeline, then its tasks, people, links and relations. */
export function ProjectTimelineView({
  timeline,
  related,
  axis,
}: {
  timeline: ProjectTimeline;
  related: ReadonlyArray<{ slug: string; title: string }>;
  /** The years of the whole knowledge base, so that every project's strip has the same axis. */
  axis: { from: number; to: number };
}) {
  const t = timeline;
  const latestEntry = t.entries[t.entries.length - 1];
  // Each figure is named by its caption: a figcaption alone names no figure (HTML-AAM), and a screen reader would say only "figure".
  const captionId = useId();
  const sections = [
    ['timeline', 'Timeline'] as const,
    ...(t.openTasks.length ? [['open-tasks', 'Open tasks'] as const] : []),
    ...(t.people.length ? [['people', 'People'] as const] : []),
    ...(t.links.length ? [['links', 'Links'] as const] : []),
    ...(related.length ? [['related', 'Related projects'] as const] : []),
  ];
  return (
    <>
      <p className={styles.summary}>
        {countOf(t.entryCount, 'entry', 'entries')} · {t.span.first === t.span.last ? t.span.first : `${t.span.first}–${t.span.last}`} · latest:{' '}
        <a href={reportPath(t.latest.id)}>{t.latest.label}</a>
      </p>
      {t.titles.length > 1 && (
        <div className={styles.titles}>
          Titles over time:{' '}
          <ul className="inline-list">
            {t.titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Before the pictures: their marks are links a screen reader reads one by one, and this leads past them. */}
      <OnThisPage sections={sections} />
      <figure className={styles.strip} aria-labelledby={`${captionId}-strip`}>
        <TimelineStrip
          axis={axis}
          label={`Periods with an entry, ${axis.from}–${axis.to}, with FreeBSD's major releases`}
          periods={t.entries.map((e) => ({ start: e.report.period.start, end: e.report.period.end, href: e.url, label: `${e.report.label}: ${e.title}` }))}
        />
        <figcaption id={`${captionId}-strip`}>Periods with an entry across {axis.to - axis.from + 1} years; dashed lines mark FreeBSD major releases.</figcaption>
      </figure>
      {t.perYear.length > 1 && (
        <figure className={styles.chart} aria-labelledby={`${captionId}-chart`}>
          <ProjectYearChart perYear={t.perYear} from={t.span.first} to={t.span.last} />
          <figcaption id={`${captionId}-chart`}>Entries per year</figcaption>
        </figure>
      )}
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ol className={styles.timeline}>
          {t.entries.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} />
          ))}
        </ol>
      </section>
      {t.openTasks.length > 0 && latestEntry && (
        <section aria-labelledby="open-tasks">
          <h2 id="open-tasks">Open tasks</h2>
          <p className="muted">As of the latest entry, {latestEntry.report.label}:</p>
          <ul>
            {t.openTasks.map((task, i) => (
              <li key={i}>
                <Markdown text={task} className="task" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {t.people.length > 0 && (
        <section aria-labelledby="people">
          <h2 id="people">People over time</h2>
          <PeopleTable people={t.people} />
        </section>
      )}
      {t.links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">Links</h2>
          <ul className={styles.links}>
            {t.links.map((l) => (
              <li key={l.url}>
                <LinkTo url={l.url} text={l.text} /> <span className="muted">· {countOf(l.count, 'entry', 'entries')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related projects</h2>
          <ul>
            {related.map((r) => (
              <li key={r.slug}>
                <a href={projectPath(r.slug)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
