import type { Metadata } from 'next';
import { Link } from '../components/link';
import { getCitationIndex, WORK_KINDS, WORK_KIND_NAMES } from '../../lib/references';
import { referencePath, referencesPath } from '../../lib/site/routes';
import { pageMetadata } from '../../lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'References',
  description: 'The reviews, problem reports, commits, manual pages and ports the status reports mention, most mentioned first.',
  path: referencesPath,
});

/** Shown per kind; the rest are a search away, and each has its page. */
const SHOWN = 60;

export default function ReferencesPage() {
  const work = [...getCitationIndex().work.values()];
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
        const ofKind = work.filter((w) => w.reference.kind === kind).sort((a, b) => b.entryIds.length - a.entryIds.length || (a.reference.id < b.reference.id ? -1 : 1));
        return (
          <section key={kind} aria-labelledby={kind}>
            <h2 id={kind}>
              {WORK_KIND_NAMES[kind]} <span className="muted">({ofKind.length})</span>
            </h2>
            <ul className="inline-list reference-list">
              {ofKind.slice(0, SHOWN).map(({ reference, entryIds }) => (
                <li key={reference.id}>
                  <Link href={referencePath(reference)}>{reference.label}</Link> <span className="muted">{entryIds.length}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
