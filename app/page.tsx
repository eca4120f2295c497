import { Link } from './components/link';
import type { CSSProperties } from 'react';
import { getKnowledgeBase } from '../lib/content';
import { reportLabel } from '../lib/model';
import { getPeople } from '../lib/people/site';
import { getProjectIndex } from '../lib/projects';
import { IMPORT_COMMAND, isSampleKnowledgeBase, recentlyActive, reportingCellPath, reportingPicture, SERVE_IMPORT_COMMAND } from '../lib/site/home';
import { entryAnchorPath, homePath, projectPath, projectsPath, reportPath, reportsPath, subjectPath, subjectsPath, tasksPath, SITE_DESCRIPTION, SITE_HEADLINE, SITE_NAME } from '../lib/routes';
import { getSubjectIndex } from '../lib/subjects';
import { pageMetadata } from '../lib/site/page-metadata';
import type { Metadata } from 'next';
import styles from './home.module.css';

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: homePath }),
  // The site's name alone, not run through the layout's "… · site name" template.
  title: { absolute: SITE_NAME },
};

export default function HomePage() {
  const kb = getKnowledgeBase();
  const projects = getProjectIndex();
  const people = getPeople();
  const latest = kb.reports.at(-1);
  const first = kb.reports.at(0);
  const picture = reportingPicture(kb.reports, kb.entries);
  const subjects = getSubjectIndex();
  const active = recentlyActive(projects.projects, kb.reports);
  const activeSubjects = recentlyActive(subjects.subjects, kb.reports, 20);
  const latestEntries = latest ? kb.entriesOfReport(latest.id) : [];
  const stats: [number, string][] = [
    [kb.reports.length, 'reports'],
    [kb.entries.length, 'entries'],
    [subjects.subjects.length, 'subjects'],
    [projects.projects.length, 'projects'],
    [people.people.filter((p) => p.kind === 'person').length, 'people'],
    [picture.years.length, 'years'],
  ];
  return (
    <>
      <h1>{SITE_HEADLINE}</h1>
      <p className="lead">{SITE_DESCRIPTION}</p>
      {isSampleKnowledgeBase(kb.dir) && (
        <section className={styles.sample} aria-labelledby="sample">
          <h2 id="sample">This is the sample knowledge base</h2>
          <p>
            What you see is {kb.entries.length} entries written for this project so that it runs at once, not the FreeBSD status reports. One
            command builds the real knowledge base, every report since 2001 (it needs git and the network):
          </p>
          <pre>
            <code>{IMPORT_COMMAND}</code>
          </pre>
          <p>Then serve it:</p>
          <pre>
            <code>{SERVE_IMPORT_COMMAND}</code>
          </pre>
        </section>
      )}
      <ul className={styles.stats} aria-label="What the knowledge base holds">
        {stats.map(([count, what]) => (
          <li key={what}>
            <strong>{count.toLocaleString('en-US')}</strong>
            <span>{what}</span>
          </li>
        ))}
      </ul>
      {first && latest && (
        <p>
          From {reportLabel(first.id)} to {reportLabel(latest.id)}. Browse <Link href={reportsPath}>all reports</Link>,{' '}
          <Link href={subjectsPath}>all subjects</Link>, <Link href={projectsPath}>all projects</Link>, or see where{' '}
          <Link href={tasksPath}>help is wanted</Link>.
        </p>
      )}
      <div className={styles.columns}>
        {latest && (
          <section aria-labelledby="latest">
            <h2 id="latest">
              Latest report: <Link href={reportPath(latest.id)}>{reportLabel(latest.id)}</Link>
            </h2>
            <p className="muted">
              {latestEntries.length} entries. A few of them:
            </p>
            <ul>
              {latestEntries.slice(0, 8).map((e) => (
                <li key={e.id}>
                  <Link href={entryAnchorPath(e.id)}>
                    {e.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="active">
          <h2 id="active">Active in the last year</h2>
          <ul>
            {active.map(({ item: project, recent }) => (
              <li key={project.slug}>
                <Link href={projectPath(project.slug)}>{project.title}</Link>{' '}
                <span className="muted">
                  {recent} recent, {project.entries.length} in all
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {activeSubjects.length > 0 && (
        <section aria-labelledby="active-subjects">
          <h2 id="active-subjects">Subjects reported on in the last year</h2>
          <p className="muted">With the entries each had in that year. A subject&apos;s page follows it through every effort that reported on it.</p>
          <ul className={styles.subjects}>
            {activeSubjects.map(({ item: subject, recent }) => (
              <li key={subject.slug}>
                <Link href={subjectPath(subject.slug)}>{subject.title}</Link> <span className="muted">{recent}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="picture">
        <h2 id="picture">{picture.years.length} years of reporting</h2>
        <p className="muted">Entries per category and year. Each number opens those entries, except in the Other row, which gathers the smaller categories.</p>
        <div className={`${styles.pictureWrap} scroll-cue`} role="region" aria-label="Entries per category and year, scrollable" tabIndex={0}>
          <table className={styles.picture}>
            <thead>
              <tr>
                <td />
                {picture.years.map((year) => (
                  <th key={year} scope="col">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {picture.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.title}</th>
                  {row.counts.map((count, i) => {
                    const year = picture.years[i]!;
                    if (count === 0) return <td key={year}><span className={styles.empty} /></td>;
                    // At most 52% of the link colour: the number keeps a contrast of 4.5:1 or more in light and dark alike.
                    const shade = 8 + Math.round((count / Math.max(1, picture.max)) * 44);
                    const style = { background: `color-mix(in srgb, var(--link) ${shade}%, var(--bg))` } as CSSProperties;
                    const href = reportingCellPath(row.key, year);
                    const label = `${count} ${row.title} entries in ${year}`;
                    return (
                      <td key={year}>
                        {href ? (
                          <Link className={styles.cell} style={style} href={href} aria-label={label}>
                            {count}
                          </Link>
                        ) : (
                          <span className={styles.cell} style={style} title={label}>
                            {count}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
