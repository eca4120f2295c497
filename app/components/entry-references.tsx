import { Link } from './link';
import type { CitationIndex } from '../../lib/references';
import { workKey, WORK_KIND_NAMES } from '../../lib/references';
import { referencePath } from '../../lib/routes';
import { Heading, type HeadingLevel } from './heading';

/**
 * The work an entry mentions (reviews, problem reports, commits, man pages, ports), each linked
 * to where it lives and, when other entries mention it too, to the page listing them all.
 */
export function EntryReferences({ entryId, citations, level }: { entryId: string; citations: CitationIndex; level: HeadingLevel }) {
  const references = citations.workOfEntry.get(entryId) ?? [];
  if (references.length === 0) return null;
  return (
    <section className="entry-references" aria-labelledby="mentioned-work">
      <Heading level={level} id="mentioned-work">
        Mentioned work
      </Heading>
      <ul className="inline-list">
        {references.map((reference) => {
          const mentions = citations.work.get(workKey(reference))?.entryIds.length ?? 1;
          return (
            <li key={workKey(reference)}>
              <a href={reference.url} title={WORK_KIND_NAMES[reference.kind]}>
                {reference.label}
              </a>
              {mentions > 1 && (
                <>
                  {' '}
                  <Link href={referencePath(reference)} className="muted">
                    {mentions} entries
                  </Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
