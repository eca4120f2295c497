import type { Metadata } from 'next';
import { Link } from '../components/link';
import { ListControls, type ListSort } from '../components/project-list-controls';
import { YearBars } from '../components/project-year-chart';
import { getKnowledgeBase } from '../../lib/content';
import { getSubjectIndex, subjectListRows } from '../../lib/subjects';
import { pageMetadata } from '../../lib/site/page-metadata';
import { yearBarsWidth } from '../../lib/site/year-bars';
import type { CSSProperties } from 'react';
import { projectsPath, subjectPath, subjectsPath } from '../../lib/routes';
import styles from '../projects/projects.module.css';
import { countOf } from '../../lib/model';

export const metadata: Metadata = pageMetadata({
  title: 'All subjects',
  description: 'Every subject of the FreeBSD status reports (bhyve, ZFS, SR-IOV, arm64…), each followed through every effort that reported on it since 2001.',
  path: subjectsPath,
});

// Keys are the rows' data attributes: n entries on the timeline, l latest period, s span in years, p projects.
// No data-k: the filter finds a subject by another name in its row's text ("also …").
const SORTS: ListSort[] = [
  { value: 'entries', label: 'Most entries', keys: ['n', 'l'] },
  { value: 'latest', label: 'Latest activity', keys: ['l', 'n'] },
  { value: 'span', label: 'Longest span', keys: ['s', 'n'] },
  { value: 'projects', label: 'Most projects', keys: ['p', 'n'] },
  { value: 'title', label: 'Name', keys: ['text'] },
];

export default function SubjectsPage() {
  const kb = getKnowledgeBase();
  const rows = subjectListRows(getSubjectIndex().subjects);
  const years = kb.reports.map((r) => Number(r.period.start.slice(0, 4)));
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return (
    <>
      <h1>All subjects</h1>
      <p>
        {rows.length.toLocaleString('en-US')} subjects: what readers name, each followed through every effort that reported on it. A{' '}
        <Link href={projectsPath}>project</Link> is one effort&rsquo;s thread of entries; a subject gathers every project and entry reporting progress on
        it. The bars show entries per year from {from} to {to}.
      </p>
      <ListControls listId="subject-list" sorts={SORTS} noun="subject" plural="subjects" filterLabel="Filter by name" />
      {/* Lean rows, as on /projects: each is written twice, in the HTML and in the RSC payload. */}
      <ul id="subject-list" className={styles.list} style={{ '--bars-width': `${yearBarsWidth(from, to)}px` } as CSSProperties}>
        {rows.map((row, i) => (
          <li
            key={i}
            data-l={row.latestKey}
            data-s={row.spanYears}
            data-n={row.entryCount}
            data-p={row.projectCount}
          >
            <a href={subjectPath(row.slug)}>{row.title}</a>
            <span>{`${countOf(row.entryCount, 'entry', 'entries')} · ${countOf(row.projectCount, 'project', 'projects')} · ${row.spanText} · latest ${row.latest.shortLabel}${row.aliases.length ? ` · also ${row.aliases.join(', ')}` : ''}`}</span>
            <YearBars perYear={row.perYear} from={from} to={to} />
          </li>
        ))}
      </ul>
    </>
  );
}
