import { Link } from './link';
import type { WorkReference } from '../../lib/references';
import { referencePath } from '../../lib/routes';

/** References as links, each with how many entries mention it. */
export function ReferenceList({ work }: { work: readonly { reference: WorkReference; entryIds: readonly string[] }[] }) {
  return (
    <ul className="inline-list reference-list">
      {work.map(({ reference, entryIds }) => (
        <li key={reference.id}>
          <Link href={referencePath(reference)}>{reference.label}</Link> <span className="muted">{entryIds.length}</span>
        </li>
      ))}
    </ul>
  );
}
