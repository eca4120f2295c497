import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { redirect } from 'next/navigation';
import { getProjectIndex } from '../../../lib/projects';
import { getCitationIndex, resolveWikiPage, wikiKey, wikiWords, type WikiResolution } from '../../../lib/references';
import { personNamed } from '../../../lib/people';
import { getPeople } from '../../../lib/people/site';
import { catchAllName, personPath, projectPath, reportPath, searchQueryPath, subjectPath, subjectsPath, wikiPath } from '../../../lib/routes';
import { getSubjectIndex } from '../../../lib/subjects';
import { nameKey } from '../../../lib/subjects/words';
import { pageMetadata } from '../../../lib/site/page-metadata';
import { countOf } from '../../../lib/model';

type Props = { params: Promise<{ page: string[] }> };

/** Every cited page is built ahead; any other name is answered on request (a subject, a parent page, or none). */
export function generateStaticParams(): Array<{ page: string[] }> {
  return [...getCitationIndex().wikiPages.values()].map(({ page }) => ({ page: page.split('/') }));
}

function resolve(segments: string[]): WikiResolution {
  const subjects = getSubjectIndex();
  const people = getPeople();
  return resolveWikiPage(catchAllName(segments), getCitationIndex(), getProjectIndex(), {
    subjectNamed: (name) => subjects.byName.get(nameKey(name)),
    personNamed: (name) => personNamed(people, name),
    subjectEntryIds: (slug, part) => (subjects.bySlug.get(slug)?.[part === 'timeline' ? 'entries' : 'mentions'] ?? []).map((e) => e.id),
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolution = resolve((await params).page);
  return pageMetadata({
    title: `Wiki page ${resolution.page}`,
    description: `The projects whose FreeBSD status report entries cite the wiki page ${resolution.page}.`,
    path: wikiPath(resolution.page),
    indexable: false,
  });
}

/**
 * A wiki page's projects: a redirect where one project cites it (temporary: the page is the
 * stable name, the project it leads to may be merged later), a choice where several do, unless
 * their entries are nearly all one report's (a summit's working groups): then that report.
 */
export default async function WikiPage({ params }: Props) {
  const resolution = resolve((await params).page);
  // The wiki's front page is what `/wiki` is: the way into what wiki pages are about.
  if (wikiKey(resolution.page) === 'frontpage') redirect(subjectsPath);
  if (resolution.kind === 'subject') redirect(subjectPath(resolution.subject.slug));
  if (resolution.kind === 'person') redirect(personPath(resolution.person.slug));
  if (resolution.kind === 'project') redirect(projectPath(resolution.project.slug));
  // Next's notFound() answers a page rendered on request with an empty shell that shows nothing
  // without JavaScript (curl, w3m, link checkers): a search for the page's words says more anyway
  // (a sub-page's with its parents': "Releng/Process" looks for both, not "Process" alone).
  if (resolution.kind === 'none') redirect(searchQueryPath(wikiWords(resolution.page)));
  if (resolution.report) redirect(reportPath(resolution.report.id));
  const wikiUrl = `https://wiki.freebsd.org/${resolution.page}`;
  return (
    <>
      <h1>Projects citing the wiki page {resolution.page}</h1>
      <p>
        Entries of {resolution.projects.length} projects link to <a href={wikiUrl}>{wikiUrl}</a>. Choose one:
      </p>
      <ul className="chooser">
        {resolution.projects.map(({ project, entryIds }) => {
          const first = project.entries[0]!.report.slice(0, 4);
          const last = project.entries[project.entries.length - 1]!.report.slice(0, 4);
          return (
            <li key={project.slug}>
              <Link href={projectPath(project.slug)}>{project.title}</Link>{' '}
              <span className="muted">
                {first === last ? first : `${first}–${last}`}, {countOf(project.entries.length, 'entry', 'entries')};{' '}
                {entryIds.length} citing this page
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        Or <Link href={searchQueryPath(wikiWords(resolution.page))}>search the reports</Link>. This page:{' '}
        <code>{wikiPath(resolution.page)}</code>
      </p>
    </>
  );
}
