import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CopyLink } from '../../components/copy-link';
import { getKnowledgeBase } from '../../../lib/content';
import { findBySlug, countOf } from '../../../lib/model';
import { getPeople } from '../../../lib/people/site';
import { CONTACT_KIND_LABELS, personSubjects, personView, slugsLeadingNowhere, workedWith } from '../../../lib/people/view';
import { peoplePath, personPath, personSearchPath, projectPath, SITE_URL, subjectPath } from '../../../lib/routes';
import { getSubjectIndex } from '../../../lib/subjects';
import { getProjectIndex } from '../../../lib/projects';
import styles from '../people.module.css';
import { pageMetadata } from '../../../lib/site/page-metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** The subjects a person's page names, most of their entries first. */
const SUBJECTS_SHOWN = 12;
/** The contacts named beside a person that their page names, most shared entries first. */
const COWORKERS_SHOWN = 12;
/** From this many years of entries, the page opens with a link to each year. */
const YEAR_LINKS_FROM = 4;

/** Every person, the slug of each other spelling of their name, which redirects, and each published slug that leads to no one, which goes to the list. */
export function generateStaticParams(): Array<{ slug: string }> {
  const index = getPeople();
  return [...index.people.map((p) => p.slug), ...index.redirects.keys(), ...slugsLeadingNowhere(index)].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const person = getPeople().bySlug.get(slug);
  if (!person) return {};
  const view = personView(person, getKnowledgeBase().getEntry, getProjectIndex());
  const projects = view.projects.length;
  const isPerson = view.kind === 'person';
  return pageMetadata({
    title: view.name,
    description: `${view.name}${isPerson ? '' : ` (${CONTACT_KIND_LABELS[view.kind].one})`} in the FreeBSD status reports: ${countOf(view.entryCount, 'entry', 'entries')} on ${countOf(projects, 'project', 'projects')}, ${view.spanText}.`,
    path: personPath(view.slug),
    type: isPerson ? 'profile' : 'website',
  });
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  const index = getPeople();
  const found = findBySlug(index, slug);
  if (!found) {
    // A page published once keeps answering: one that names no one now ("several") leads to everyone.
    if (slugsLeadingNowhere(index).includes(slug)) permanentRedirect(peoplePath);
    notFound();
  }
  if (found.moved) permanentRedirect(personPath(found.item.slug));
  const person = found.item;
  const kb = getKnowledgeBase();
  const view = personView(person, kb.getEntry, getProjectIndex());
  const subjects = personSubjects(person, getSubjectIndex(), SUBJECTS_SHOWN);
  const coworkers = workedWith(person, index, COWORKERS_SHOWN);
  // Shown up top: "whom do I ask about it now" is about the latest entry, which the years put last.
  const latest = view.years.at(-1)?.entries.at(-1);
  return (
    <article>
      <p className="breadcrumb">
        <Link href={view.kind === 'person' ? peoplePath : `${peoplePath}#${CONTACT_KIND_LABELS[view.kind].anchor}`}>{CONTACT_KIND_LABELS[view.kind].heading}</Link>
      </p>
      <h1>{view.name}</h1>
      <p className="muted">
        {view.kind !== 'person' && <>A {CONTACT_KIND_LABELS[view.kind].one} named as a contact · </>}
        {countOf(view.entryCount, 'entry', 'entries')} · {countOf(view.projects.length, 'project', 'projects')} ·{' '}
        {view.spanText}
      </p>
      {view.otherNames.length > 0 && <p className="muted">Also named: {view.otherNames.join(', ')}</p>}
      {latest && (
        <p>
          Latest: <a href={latest.url}>{latest.title}</a> <span className="muted">({latest.report.shortLabel})</span> ·{' '}
          <a href={personSearchPath(view.slug)}>search {view.kind === 'person' ? 'their' : 'its'} entries</a>
        </p>
      )}
      <CopyLink path={personPath(view.slug)} title={view.name} siteUrl={SITE_URL} />
      {subjects.length > 0 && (
        <section aria-labelledby="subjects">
          <h2 id="subjects">Subjects</h2>
          <p className="muted">What {view.kind === 'person' ? 'their' : 'its'} entries report on, and in how many of them.</p>
          <ul className={styles.inline}>
            {subjects.map((s) => (
              <li key={s.slug}>
                <a href={subjectPath(s.slug)}>{s.title}</a> <span className="muted">({s.count})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {coworkers.shown.length > 0 && (
        <section aria-labelledby="worked-with">
          <h2 id="worked-with">Worked with</h2>
          <p className="muted">The other contacts of {view.kind === 'person' ? 'their' : 'its'} entries, most entries shared first, and on how many.</p>
          <ul className={styles.inline}>
            {coworkers.shown.map((c) => (
              <li key={c.slug}>
                <a href={personPath(c.slug)}>{c.name}</a> <span className="muted">({c.count})</span>
              </li>
            ))}
            {coworkers.more > 0 && <li className={`muted ${styles.more}`}>and {coworkers.more} more</li>}
          </ul>
        </section>
      )}
      {view.projects.length > 0 && (
        <section aria-labelledby="projects">
          <h2 id="projects">Projects</h2>
          <ul className={styles.projects}>
            {view.projects.map((p) => (
              <li key={p.slug}>
                <a href={projectPath(p.slug)}>{p.title}</a>{' '}
                <span className="muted">
                  · {countOf(p.count, 'entry', 'entries')} ·{' '}
                  {p.first.id === p.last.id ? p.first.shortLabel : `${p.first.shortLabel} to ${p.last.shortLabel}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entries" className={styles.years}>
        <h2 id="entries">Entries over time</h2>
        {view.years.length >= YEAR_LINKS_FROM && (
          <nav aria-label="Years">
            <ul className={styles.inline}>
              {view.years.map(({ year }) => (
                <li key={year}>
                  <a href={`#y${year}`}>{year}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {/* A year's section has no name of its own: a landmark per year would bury the page's among them. */}
        {view.years.map(({ year, entries }) => (
          <section key={year}>
            <h3 id={`y${year}`}>{year}</h3>
            <ul className={styles.entries}>
              {entries.map((e) => (
                <li key={e.id}>
                  <span className={styles.report}>{e.report.shortLabel}</span>
                  <span>
                    <a href={e.url}>{e.title}</a>
                    {e.project && e.project.title.toLowerCase() !== e.title.toLowerCase() && (
                      <span className={styles.project}>
                        in <a href={projectPath(e.project.slug)}>{e.project.title}</a>
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
