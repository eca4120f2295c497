import type { Metadata } from 'next';
import { ListControls, type ListSort } from '../components/project-list-controls';
import { YearBars } from '../components/project-year-chart';
import { getKnowledgeBase } from '../../lib/content';
import { getProjectIndex, projectListRows } from '../../lib/projects';
import { projectPath, projectsPath } from '../../lib/routes';
import { countOf } from '../../lib/model';
import styles from './projects.module.css';
import { pageMetadata } from '../../lib/site/page-metadata';
import { yearBarsWidth } from '../../lib/site/year-bars';
import type { CSSProperties } from 'react';

export const metadata: Metadata = pageMetadata({
  title: 'All projects',
  description: 'Every project in the FreeBSD status reports since 2001, each with its timeline across the quarters.',
  path: projectsPath,
});

// Keys are the rows' data attributes: l latest period, s span in years, n entries.
const SORTS: ListSort[] = [
  { value: 'latest', label: 'Latest activity', keys: ['l', 'n'] },
  { value: 'span', label: 'Longest span', keys: ['s', 'n', 'l'] },
  { value: 'entries', label: 'Most entries', keys: ['n', 'l'] },
  { value: 'title', label: 'Title', keys: ['text'] },
];

export default function ProjectsPage() {
  const kb = getKnowledgeBase();
  const rows = projectListRows(getProjectIndex().projects);
  const years = kb.reports.map((r) => Number(r.period.start.slice(0, 4)));
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return (
    <>
      <h1>All projects</h1>
      <p>
        {rows.length.toLocaleString('en-US')} projects, each one piece of work followed from report to report across{' '}
        {kb.reports.length.toLocaleString('en-US')} reports. The bars show entries per year from {from} to {to}.
      </p>
      <ListControls listId="project-list" sorts={SORTS} noun="project" plural="projects" filterLabel="Filter by title" />
      {/* Plain rows, no per-row components or classes: the real corpus lists some 1,500 projects, each row
          written twice (HTML, then the RSC payload), so it carries no attribute it can do without. The
          charts take their width from the list; the keys are places, the rows never render again. */}
      <ul id="project-list" className={styles.list} style={{ '--bars-width': `${yearBarsWidth(from, to)}px` } as CSSProperties}>
        {rows.map((row, i) => (
          <li key={i} data-l={row.latestKey} data-s={row.spanYears} data-n={row.entryCount} {...(row.otherTitleWords ? { 'data-k': row.otherTitleWords } : {})}>
            <a href={projectPath(row.slug)}>{row.title}</a>
            {/* One string, one text node: no separator comments between the parts. */}
            <span>{`${countOf(row.entryCount, 'entry', 'entries')} · ${row.spanText} · latest ${row.latest.shortLabel}`}</span>
            <YearBars perYear={row.perYear} from={from} to={to} />
          </li>
        ))}
      </ul>
    </>
  );
}
