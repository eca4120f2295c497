import type { Metadata } from 'next';
import { Link } from '../components/link';
import { ReferenceList } from '../components/reference-list';
import { getCitationIndex, mostCitedOfKind, WORK_KINDS, WORK_KIND_NAMES } from '../../lib/references';
import { referenceKindPath, referencesPath } from '../../lib/routes';
import { pageMetadata } from '../../lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'References',
  description: 'The reviews, problem reports, commits, manual pages and ports the status reports mention, most mentioned first.',
  path: referencesPath,
});

/** Shown per kind here; each kind's page lists them all. */
const SHOWN = 60;

export default function ReferencesPage() {
  const index = getCitationIndex();
  return (
    <>
      <h1>References</h1>
      <p>The work the reports point at, each with the entries that mention it. Most mentioned first.</p>
      <nav aria-label="Kinds">
        <ul className="inline-list">
          {WORK_KINDS.map((kind) => (
            <li key={kind}>
              <a href={`#${kind}`}>{WORK_KIND_NAMES[kind]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {WORK_KINDS.map((kind) => {
        const ofKind = mostCitedOfKind(index, kind);
        return (
          <section key={kind} aria-labelledby={kind}>
            <h2 id={kind}>
              {WORK_KIND_NAMES[kind]} <span className="muted">({ofKind.length})</span>
            </h2>
            <ReferenceList work={ofKind.slice(0, SHOWN)} />
            {ofKind.length > SHOWN && (
              <p>
                <Link href={referenceKindPath(kind)}>
                  All {ofKind.length} {WORK_KIND_NAMES[kind].toLowerCase()}
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
