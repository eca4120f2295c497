import { Link } from './link';
import type { ProjectNeighbours } from '../../lib/projects';
import type { EntryRef } from '../../lib/timeline';
import { projectPath, subjectPath } from '../../lib/routes';
import styles from './project-nav.module.css';

function Neighbour({ entry, rel }: { entry: EntryRef; rel: 'prev' | 'next' }) {
  return (
    <Link href={entry.url} rel={rel} className={rel === 'prev' ? styles.prev : styles.next}>
      {/* The arrows show the way; read aloud they would only say "left arrow". */}
      <span className={styles.direction}>
        {rel === 'prev' ? (
          <>
            <span aria-hidden="true">← </span>Previous in this project
          </>
        ) : (
          <>
            Next in this project<span aria-hidden="true"> →</span>
          </>
        )}
      </span>
      <span className={styles.neighbourTitle}>{entry.title}</span>
      <span className={styles.report}>{entry.report.label}</span>
    </Link>
  );
}

/** The line under an entry's title naming its project and the entry's place in it. */
export function ProjectLine({ neighbours }: { neighbours: ProjectNeighbours }) {
  return (
    <p className={styles.line}>
      Project: <Link href={projectPath(neighbours.slug)}>{neighbours.title}</Link>{' '}
      <span className="muted">
        · entry {neighbours.position} of {neighbours.total}
      </span>
    </p>
  );
}

/** Previous and next entries of the entry's project, with a link to its whole timeline. */
export function ProjectNav({ neighbours }: { neighbours: ProjectNeighbours }) {
  return (
    <nav className={styles.nav} aria-label="Project timeline">
      <p className={styles.heading}>
        <Link href={projectPath(neighbours.slug)}>{neighbours.title}: the whole timeline</Link>
      </p>
      {(neighbours.previous || neighbours.next) && (
        <div className={styles.pair}>
          {neighbours.previous ? <Neighbour entry={neighbours.previous} rel="prev" /> : <span />}
          {neighbours.next ? <Neighbour entry={neighbours.next} rel="next" /> : <span />}
        </div>
      )}
    </nav>
  );
}

/** The subjects an entry or a project reports on, each a link to its page. */
export function SubjectLine({ subjects }: { subjects: readonly { slug: string; title: string }[] }) {
  if (subjects.length === 0) return null;
  return (
    <div className={styles.line}>
      {subjects.length === 1 ? 'Subject: ' : 'Subjects: '}
      <ul className="inline-list">
        {subjects.map((s) => (
          <li key={s.slug}>
            <Link href={subjectPath(s.slug)}>{s.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
