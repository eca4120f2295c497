import type { WorkReference } from '../../lib/references';
import { referencePath } from '../../lib/routes';

/**
 * References as links, each with how many entries mention it. Plain links, not next/link: a kind's
 * page lists hundreds, and each next/link is a client component to send and hydrate.
 */
export function ReferenceList({ work }: { work: readonly { reference: WorkReference; entryIds: readonly string[] }[] }) {
  return (
    <ul className="inline-list reference-list">
      {work.map(({ reference, entryIds }) => (
        <li key={reference.id}>
          <a href={referencePath(reference)}>{reference.label}</a> <span className="muted">{entryIds.length}</span>
        </li>
      ))}
    </ul>
  );
}
