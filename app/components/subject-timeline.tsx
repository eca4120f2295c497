import { ListControls, type ListSort } from './project-list-controls';
import { OnThisPage } from './on-this-page';
import { PeopleTable, TimelineItem } from './project-timeline';
import { useId } from 'react';
import { SubjectLanes } from './subject-lanes';
import { lanesCaption } from '../../lib/site/timeline-strip';
import { formatSpan, countOf } from '../../lib/model';
import type { SubjectTimeline } from '../../lib/subjects';
import { projectPath, reportPath, subjectPath } from '../../lib/routes';
import styles from './project-timeline.module.css';

// The rows' data attributes: o the entry's place from the oldest, r from the newest.
const ORDERS: ListSort[] = [
  { value: 'oldest', label: 'Oldest first', keys: ['r'] },
  { value: 'newest', label: 'Newest first', keys: ['o'] },
];

/** Past this many, the entries that only mention a subject fold away. */
const MENTIONS_SHOWN_OPEN = 12;

/** A subject's page below its title: the lanes, the merged timeline, its people, what mentions it, related subjects. */
export function SubjectTimelineView({ timeline, axis }: { timeline: SubjectTimeline; axis: { from: number; to: number } }) {
  const t = timeline;
  const last = t.entries.length - 1;
  // The figure is named by its caption: a figcaption alone names no figure (HTML-AAM), and a screen reader would say only "figure".
  const captionId = useId();
  const sections = [
    ['timeline', 'Timeline'] as const,
    ...(t.people.length ? [['people', 'People'] as const] : []),
    ...(t.mentionsByProject.length ? [['mentions', 'Also mentioned in'] as const] : []),
    ...(t.related.length ? [['related', 'Related subjects'] as const] : []),
  ];
  return (
    <>
      <p className={styles.summary}>
        {countOf(t.entryCount, 'entry', 'entries')} from {countOf(t.projectCount, 'project', 'projects')} · {formatSpan(t.span)} · latest:{' '}
        <a href={reportPath(t.latest.id)}>{t.latest.label}</a>
        {t.mentionCount > 0 && ` · mentioned in ${countOf(t.mentionCount, 'more entry', 'more entries')}`}
      </p>
      {t.aliases.length > 0 && <p className={styles.titles}>Also named: {t.aliases.join(', ')}</p>}
      {/* Before the picture: its dots are links a screen reader reads one by one, and this leads past them. */}
      <OnThisPage sections={sections} />
      <figure className={styles.strip} aria-labelledby={captionId}>
        <SubjectLanes lanes={t.lanes} axis={axis} subject={t.title} />
        <figcaption id={captionId}>{lanesCaption(t.title)}</figcaption>
      </figure>
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ListControls listId="subject-timeline" sorts={ORDERS} noun="entry" plural="entries" filterLabel="Filter entries" />
        <ol id="subject-timeline" className={styles.timeline}>
          {t.entries.map((entry, i) => (
            <TimelineItem key={entry.id} entry={entry} project={entry.project} order={{ o: i, r: last - i }} />
          ))}
        </ol>
      </section>
      {t.people.length > 0 && (
        <section aria-labelledby="people">
          <h2 id="people">People over the years</h2>
          <p className="muted">Those named most recently first.</p>
          <PeopleTable people={t.people} />
        </section>
      )}
      {t.mentionsByProject.length > 0 && (
        <section aria-labelledby="mentions">
          <h2 id="mentions">Also mentioned in</h2>
          <p className="muted">Entries that name {t.title} in passing, by project, the latest first.</p>
          <details open={t.mentionsByProject.length <= MENTIONS_SHOWN_OPEN}>
            <summary>
              {countOf(t.mentionCount, 'entry', 'entries')} of {countOf(t.mentionsByProject.length, 'project', 'projects')}
            </summary>
            {/* Plain links, not next/link: a broad subject lists hundreds, each a client component to send and hydrate. */}
            <ul className={styles.links} data-mentions="">
              {t.mentionsByProject.map(({ project, entries }) =>
                entries.length === 1 ? (
                  <li key={project.slug}>
                    <a href={entries[0]!.url}>{entries[0]!.title}</a>{' '}
                    <span className="muted">
                      · {entries[0]!.report.shortLabel}
                      {/* The project, unless it is named as its entry is. */}
                      {project.title !== entries[0]!.title && (
                        <>
                          {' '}
                          · <a href={projectPath(project.slug)}>{project.title}</a>
                        </>
                      )}
                    </span>
                  </li>
                ) : (
                  <li key={project.slug}>
                    <a href={projectPath(project.slug)}>{project.title}</a> <span className="muted">· {countOf(entries.length, 'entry', 'entries')}:</span>{' '}
                    {entries.map((e, i) => (
                      <span key={e.id}>
                        <a href={e.url} title={e.title}>
                          {e.report.shortLabel}
                        </a>
                        {i < entries.length - 1 ? ', ' : ''}
                      </span>
                    ))}
                  </li>
                ),
              )}
            </ul>
          </details>
        </section>
      )}
      {t.related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related subjects</h2>
          <ul className="inline-list">
            {t.related.map((r) => (
              <li key={r.slug}>
                <a href={subjectPath(r.slug)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
