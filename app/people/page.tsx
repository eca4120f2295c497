import type { Metadata } from 'next';
import { ListControls, type ListSort } from '../components/project-list-controls';
import { getPeople } from '../../lib/people/site';
import { peopleListRows } from '../../lib/people/view';
import { peoplePath, personPath } from '../../lib/site/routes';
import styles from './people.module.css';
import { pageMetadata } from '../../lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'All people',
  description: 'Everyone who has written a FreeBSD status report entry since 2001, with their entries and projects.',
  path: peoplePath,
});

// Keys are the rows' data attributes: n entries, p projects.
const SORTS: ListSort[] = [
  { value: 'name', label: 'Name', keys: [] },
  { value: 'entries', label: 'Most entries', keys: ['n', 'p'] },
  { value: 'projects', label: 'Most projects', keys: ['p', 'n'] },
];

export default function PeoplePage() {
  const rows = peopleListRows(getPeople().people);
  return (
    <>
      <h1>All people</h1>
      <p>{rows.length.toLocaleString('en-US')} people named as contacts in the reports, each with their entries over time.</p>
      <ListControls listId="people-list" sorts={SORTS} noun="person" plural="people" filterLabel="Filter by name" />
      <ul id="people-list" className={styles.list}>
        {rows.map((row) => (
          <li key={row.slug} data-n={row.entryCount} data-p={row.projectCount}>
            <a href={personPath(row.slug)}>{row.name}</a>
            <span>
              {row.entryCount} {row.entryCount === 1 ? 'entry' : 'entries'} · {row.projectCount} {row.projectCount === 1 ? 'project' : 'projects'} ·{' '}
              {row.spanText}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
