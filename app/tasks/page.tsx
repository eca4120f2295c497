import type { Metadata } from 'next';
import Link from 'next/link';
import { getKnowledgeBase } from '../../lib/content';
import { reportLabel } from '../../lib/model';
import { getProjectIndex } from '../../lib/projects';
import { openTasks } from '../../lib/projects/tasks';
import { categoryTitles } from '../../lib/site/report-view';
import { entryPath, projectPath, tasksOfCategoryPath, tasksPath } from '../../lib/site/routes';
import { Markdown } from '../components/markdown';

type Props = { searchParams: Promise<{ category?: string | string[] }> };

export const metadata: Metadata = {
  title: 'Open tasks',
  description: 'Where help is wanted today: the open tasks of every project’s latest status report entry, newest first.',
};

export default async function TasksPage({ searchParams }: Props) {
  const given = (await searchParams).category;
  const kb = getKnowledgeBase();
  const projects = getProjectIndex();
  const titles = categoryTitles(kb.reports);
  const category = typeof given === 'string' && titles.has(given) ? given : undefined;
  const all = openTasks(projects, kb.reports);
  const shown = category ? all.filter((t) => t.entry.category === category) : all;
  const counts = new Map<string, number>();
  for (const t of all) counts.set(t.entry.category, (counts.get(t.entry.category) ?? 0) + 1);
  return (
    <>
      <h1>Open tasks{category ? `: ${titles.get(category)}` : ''}</h1>
      <p>
        What each project’s latest entry says is still to do: {shown.length} {shown.length === 1 ? 'project' : 'projects'}, newest report first. Older
        entries’ tasks are left out; the project timeline shows them.
      </p>
      <nav aria-label="Categories">
        <ul className="inline-list">
          <li>{category ? <Link href={tasksPath}>All</Link> : <strong aria-current="page">All</strong>}</li>
          {[...counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([key, count]) => (
              <li key={key}>
                {key === category ? (
                  <strong aria-current="page">{titles.get(key) ?? key}</strong>
                ) : (
                  <Link href={tasksOfCategoryPath(key)}>{titles.get(key) ?? key}</Link>
                )}{' '}
                <span className="muted">{count}</span>
              </li>
            ))}
        </ul>
      </nav>
      {given !== undefined && !category && <p role="status">No category “{String(given)}”; showing every category.</p>}
      <ol className="task-groups">
        {shown.map(({ projectSlug, projectTitle, entry, tasks }) => (
          <li key={projectSlug}>
            <h2>
              <Link href={projectPath(projectSlug)}>{projectTitle}</Link>
            </h2>
            <p className="muted">
              From <Link href={entryPath(entry)}>{reportLabel(entry.report)}</Link> · {titles.get(entry.category) ?? entry.category}
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
    </>
  );
}
