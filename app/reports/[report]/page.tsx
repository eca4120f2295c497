import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryView } from '../../components/entry-view';
import { Markdown } from '../../components/markdown';
import { getKnowledgeBase } from '../../../lib/content';
import { formatPeriod, groupEntriesByCategory } from '../../../lib/site/report-view';
import { entryPath } from '../../../lib/site/routes';

type Props = { params: Promise<{ report: string }> };

export const dynamicParams = false;

export function generateStaticParams(): Array<{ report: string }> {
  return getKnowledgeBase().reports.map((r) => ({ report: r.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { report: id } = await params;
  const report = getKnowledgeBase().getReport(id);
  return report ? { title: report.title } : {};
}

export default async function ReportPage({ params }: Props) {
  const { report: id } = await params;
  const kb = getKnowledgeBase();
  const report = kb.getReport(id);
  if (!report) notFound();
  const allEntries = kb.entriesOfReport(id);
  const groups = groupEntriesByCategory(report, allEntries);
  return (
    <article className="report">
      <h1>{report.title}</h1>
      <p className="muted">
        Covers {formatPeriod(report.period)} · {allEntries.length} {allEntries.length === 1 ? 'entry' : 'entries'}
      </p>
      <Markdown text={report.intro} minHeadingLevel={2} className="intro" />
      {groups.length > 0 && (
        <nav aria-labelledby="_contents" className="toc">
          <h2 id="_contents">Contents</h2>
          <ol>
            {groups.map(({ category, entries }) => (
              <li key={category.key}>
                <a href={`#category_${category.key}`}>{category.title}</a>
                <ul>
                  {entries.map((entry) => (
                    <li key={entry.slug}>
                      <a href={`#${entry.slug}`}>{entry.title}</a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {groups.map(({ category, entries }) => (
        <section key={category.key} className="category" aria-labelledby={`category_${category.key}`}>
          <h2 id={`category_${category.key}`}>{category.title}</h2>
          {entries.map((entry) => (
            <section key={entry.slug} id={entry.slug} className="entry" aria-labelledby={`${entry.slug}_title`}>
              <h3 id={`${entry.slug}_title`}>
                {/* No prefetch: a report lists dozens of entries, each would be fetched in advance. */}
                <Link href={entryPath(entry)} prefetch={false}>
                  {entry.title}
                </Link>
              </h3>
              <EntryView entry={entry} level={4} />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
