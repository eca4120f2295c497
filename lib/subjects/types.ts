import type { ContentProblem } from '../content/serialize';
import type { Entry } from '../model';

/**
 * What readers and the wiki name (bhyve, ZFS, SR-IOV), followed through every effort that
 * reported on it: the unit of following above a project.
 */
export interface Subject {
  /** Its common name as a slug; stable once published (ledger). */
  slug: string;
  /** Its common name as entries write it: "bhyve", "ZFS", "SR-IOV". */
  title: string;
  /** Its other names as entries write them: "aarch64", "Single Root I/O Virtualization". */
  aliases: string[];
  /** The main timeline: entries that report progress on it, oldest first. */
  entries: Entry[];
  /** Entries that name it only in passing, oldest first. */
  mentions: Entry[];
  /** Projects with an entry on the main timeline, in the order they first reported on it. */
  projects: string[];
  /** Subjects sharing entries with this one, most shared first. */
  related: string[];
}

export interface SubjectIndex {
  /** Sorted by slug. */
  subjects: Subject[];
  bySlug: ReadonlyMap<string, Subject>;
  /** Entry id → the subjects whose main timeline holds it. */
  byEntryId: ReadonlyMap<string, Subject[]>;
  /** A name or alias (`nameKey`) → the subject it names. */
  byName: ReadonlyMap<string, Subject>;
  /** Old slug → current slug. */
  redirects: ReadonlyMap<string, string>;
  /** Lines of `subjects.yml` that could not be applied. */
  problems: ContentProblem[];
}
