import type { Metadata } from 'next';
import { ListControls, type ListSort } from '../components/project-list-controls';
import { getPeople } from '../../lib/people/site';
import { CONTACT_KIND_LABELS, peopleListRows, peopleSections, type PersonListRow } from '../../lib/people/view';
import { peoplePath, personPath } from '../../lib/routes';
import { countOf } from '../../lib/model';
import styles from './people.module.css';
import { pageMetadata } from '../../lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'All people',
  description: 'Everyone who has written a FreeBSD status report entry since 2001, with their entries and projects; the teams and mailing lists named beside them.',
  path: peoplePath,
});

// Keys are the rows' data attributes: n entries, p projects.
const SORTS: ListSort[] = [
  { value: 'name', label: 'Name', keys: [] },
  { value: 'entries', label: 'Most entries', keys: ['n', 'p'] },
  { value: 'projects', label: 'Most projects', keys: ['p', 'n'] },
];

/** A row as lean as /projects' rows: a list of 800 people writes each twice, in the HTML and in the RSC payload. */
function Row({ row }: { row: PersonListRow }) {
  return (
    <li data-n={row.entryCount} data-p={row.projectCount} {...(row.otherNameWords ? { 'data-k': row.otherNameWords } : {})}>
      <a href={personPath(row.slug)}>{row.name}</a>
      {/* One string, one text node: no separator comments between the parts. */}
      <span>{`${countOf(row.entryCount, 'entry', 'entries')} · ${countOf(row.projectCount, 'project', 'projects')} · ${row.spanText}`}</span>
    </li>
  );
}

/** People, filtered and sorted in place; then the teams and lists the reports name as contacts, each apart. */
export default function PeoplePage() {
  const sections = peopleSections(peopleListRows(getPeople().people));
  const people = sections.find((s) => s.kind === 'person')?.rows ?? [];
  const others = sections.filter((s) => s.kind !== 'person');
  return (
    <>
      <h1>All people</h1>
      <p>
        {people.length.toLocaleString('en-US')} people named as contacts in the reports, each with their entries over time.
        {others.map((s, i) => (
          <span key={s.kind}>
            {i === 0 ? ' Apart from them: ' : ' and '}
            <a href={`#${CONTACT_KIND_LABELS[s.kind].anchor}`}>
              {s.rows.length} {CONTACT_KIND_LABELS[s.kind].many}
            </a>
            {i === others.length - 1 ? '.' : ''}
          </span>
        ))}
      </p>
      <ListControls
        listId="people-list"
        sorts={SORTS}
        noun="person"
        plural="people"
        filterLabel="Filter by name"
        alsoFiltered={others.map(({ kind }) => ({ id: `${CONTACT_KIND_LABELS[kind].anchor}-list`, one: CONTACT_KIND_LABELS[kind].one, many: CONTACT_KIND_LABELS[kind].many }))}
      />
      <ul id="people-list" className={styles.list}>
        {/* Keyed by place: the rows never render again (the controls move them). */}
        {people.map((row, i) => (
          <Row key={i} row={row} />
        ))}
      </ul>
      {others.map(({ kind, rows }) => (
        <section key={kind} aria-labelledby={CONTACT_KIND_LABELS[kind].anchor}>
          <h2 id={CONTACT_KIND_LABELS[kind].anchor}>{CONTACT_KIND_LABELS[kind].heading}</h2>
          <ul id={`${CONTACT_KIND_LABELS[kind].anchor}-list`} className={styles.list}>
            {rows.map((row, i) => (
              <Row key={i} row={row} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
