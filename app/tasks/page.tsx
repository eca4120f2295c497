import type { Metadata } from 'next';
import { Link } from '../components/link';
import { getKnowledgeBase } from '../../lib/content';
import { categoryFamilies, reportLabel, countOf } from '../../lib/model';
import { getOpenTasks } from '../../lib/projects';
import { categoryTitles } from '../../lib/site/search-view';
import { entryPath, projectPath, tasksPagePath, tasksPath } from '../../lib/routes';
import { pageCount, parsePage, itemsOnPage } from '../../lib/site/pagination';
import { Markdown } from '../components/markdown';
import { PageNav } from '../components/page-nav';
import { pageMetadata } from '../../lib/site/page-metadata';

type Props = { searchParams: Promise<{ category?: string | string[]; page?: string | string[] }> };

/** Projects per page: the whole list (473 projects on the corpus, 6,902 elements) was too heavy for a phone. */
const PROJECTS_PER_PAGE = 30;

/** What the URL asks for, as far as it exists: a known category (else all), a page of the list (else the first). */
function tasksOnRequest(given: Awaited<Props['searchParams']>) {
  const kb = getKnowledgeBase();
  const titles = categoryTitles(kb.reports);
  // By family, as the search filters: the reports renamed "Userland programs" to "Userland".
  const familyOf = categoryFamilies(kb.entries);
  const category = typeof given.category === 'string' && Object.hasOwn(titles, given.category) ? familyOf(given.category) : undefined;
  const all = getOpenTasks();
  const shown = category ? all.filter((t) => familyOf(t.entry.category) === category) : all;
  const pages = pageCount(shown.length, PROJECTS_PER_PAGE);
  const page = parsePage(given.page, pages);
  return { titles, familyOf, category, all, shown, pages, page, current: page ?? 1 };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { category, current } = tasksOnRequest(await searchParams);
  // Each page of the list is a page of its own for search engines: its canonical link keeps category and page.
  return pageMetadata({
    title: current > 1 ? `Open tasks (page ${current})` : 'Open tasks',
    description: 'Where help is wanted today: the open tasks of every project’s latest status report entry, newest first.',
    path: tasksPagePath(category, current),
  });
}

export default async function TasksPage({ searchParams }: Props) {
  const params = await searchParams;
  const { category: given, page: givenPage } = params;
  const { titles, familyOf, category, all, shown, pages, page, current } = tasksOnRequest(params);
  const counts = new Map<string, number>();
  for (const t of all) counts.set(familyOf(t.entry.category), (counts.get(familyOf(t.entry.category)) ?? 0) + 1);
  return (
    <>
      <h1>
        Open tasks{category ? `: ${titles[category]}` : ''}
        {current > 1 && <span className="muted"> (page {current})</span>}
      </h1>
      <p>
        What each project’s latest entry says is still to do: {countOf(shown.length, 'project', 'projects')}, newest report first
        {pages > 1 && `, ${PROJECTS_PER_PAGE} to a page`}. Older entries’ tasks are left out; the project timeline shows them.
      </p>
      <nav aria-label="Categories">
        <ul className="inline-list">
          <li>{category ? <Link href={tasksPath}>All</Link> : <strong aria-current="page">All</strong>}</li>
          {[...counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([key, count]) => (
              <li key={key}>
                {key === category ? (
                  <strong aria-current="page">{titles[key] ?? key}</strong>
                ) : (
                  <Link href={tasksPagePath(key)}>{titles[key] ?? key}</Link>
                )}{' '}
                <span className="muted">{count}</span>
              </li>
            ))}
        </ul>
      </nav>
      {given !== undefined && !category && <p role="status">No category “{String(given)}”; showing every category.</p>}
      {givenPage !== undefined && page === undefined && (
        <p role="status">
          No page “{String(givenPage)}”: there {pages === 1 ? 'is 1 page' : `are ${pages} pages`}. Showing the first.
        </p>
      )}
      <ol className="task-groups" start={(current - 1) * PROJECTS_PER_PAGE + 1}>
        {itemsOnPage(shown, current, PROJECTS_PER_PAGE).map(({ projectSlug, projectTitle, entry, tasks }) => (
          <li key={projectSlug}>
            <h2>
              <Link href={projectPath(projectSlug)}>{projectTitle}</Link>
            </h2>
            <p className="muted">
              From <Link href={entryPath(entry)}>{reportLabel(entry.report)}</Link> · {titles[entry.category] ?? entry.category}
            </p>
            <ul>
              {tasks.map((task, i) => (
                <li key={i}>
                  <Markdown text={task} className="task" />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <PageNav label="Task pages" current={current} count={pages} hrefOf={(p) => tasksPagePath(category, p)} />
    </>
  );
}
