import type { Metadata } from 'next';
import { Link } from '../../../components/link';
import { permanentRedirect, redirect } from 'next/navigation';
import { getKnowledgeBase } from '../../../../lib/content';
import { reportLabel, countOf } from '../../../../lib/model';
import { getProjectIndex } from '../../../../lib/projects';
import { getCitationIndex, workKey, workReference, WORK_KIND_NAMES, WORK_KINDS, type WorkKind } from '../../../../lib/references';
import { catchAllName, entryPath, projectPath, referencePath, referencesPath, searchQueryPath } from '../../../../lib/routes';
import { pageMetadata } from '../../../../lib/site/page-metadata';

type Props = { params: Promise<{ kind: string; id: string[] }> };

/** Thousands of references: each page is made on its first request, then kept. */
export function generateStaticParams(): Array<{ kind: string; id: string[] }> {
  return [];
}

const isWorkKind = (kind: string): kind is WorkKind => (WORK_KINDS as readonly string[]).includes(kind);

function lookUp(kind: string, id: string[]) {
  if (!isWorkKind(kind)) return undefined;
  return getCitationIndex().work.get(workKey({ kind, id: catchAllName(id) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id } = await params;
  const found = lookUp(kind, id);
  return found
    ? pageMetadata({
        title: `${found.reference.label} in the status reports`,
        description: `Every FreeBSD status report entry that mentions ${found.reference.label}.`,
        path: referencePath(found.reference),
      })
    : {};
}

export default async function ReferencePage({ params }: Props) {
  const { kind, id } = await params;
  const found = lookUp(kind, id);
  // Typed in another case (a review as d36257, a commit hash in capitals): the reference's own address.
  const otherCase = found ? undefined : (lookUp(kind, id.map((s) => s.toUpperCase())) ?? lookUp(kind, id.map((s) => s.toLowerCase())));
  if (otherCase) permanentRedirect(referencePath(otherCase.reference));
  // Next's notFound() answers a page rendered on request with an empty shell that shows nothing
  // without JavaScript: a search for the reference as written says more anyway.
  if (!found) redirect(searchQueryPath(isWorkKind(kind) ? workReference(kind, catchAllName(id)).label : catchAllName(id)));
  const kb = getKnowledgeBase();
  const projects = getProjectIndex();
  const entries = found.entryIds.flatMap((entryId) => kb.getEntry(entryId) ?? []);
  const reports = [...new Set(entries.map((e) => e.report))];
  const years = reports.map((r) => r.slice(0, 4));
  const span = years[0] === years[years.length - 1] ? years[0] : `${years[0]}–${years[years.length - 1]}`;
  const { reference } = found;
  return (
    <>
      <p className="muted">
        <Link href={referencesPath}>References</Link> · {WORK_KIND_NAMES[reference.kind]}
      </p>
      <h1>{reference.label}</h1>
      <p>
        Mentioned in {countOf(entries.length, 'entry', 'entries')} of {countOf(reports.length, 'report', 'reports')}, {span}.{' '}
        <a href={reference.url}>Open {reference.label} where it lives</a>.
      </p>
      <ul className="entry-list">
        {entries.map((entry) => {
          const project = projects.byEntryId.get(entry.id);
          return (
            <li key={entry.id}>
              <Link href={entryPath(entry)}>{entry.title}</Link> <span className="muted">{reportLabel(entry.report)}</span>
              {project && project.entries.length > 1 && (
                <>
                  {' '}
                  · <Link href={projectPath(project.slug)}>project timeline</Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
