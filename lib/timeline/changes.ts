import type { Entry } from '../model';
import { linkIdentity } from './links';
import type { PersonRef, TimelineChanges } from './types';

/** Typography one format prints and another does not (AsciiDoc's ’ — … against the XML's ' -- ...), as plain characters. */
const TYPOGRAPHY: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '—': '--', '–': '-', '…': '...' };

/** Sponsors and tasks compared as a reader would: case, spacing, typography, a leading "the" ("the FreeBSD Foundation") and closing punctuation aside. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘“”—–…]/g, (c) => TYPOGRAPHY[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:!,]+$/, '')
    .trim()
    .replace(/^the\s+/, '');
}

function diffPeople(previous: readonly PersonRef[], current: readonly PersonRef[]): Pick<TimelineChanges, 'joined' | 'left'> {
  const before = new Set(previous.map((p) => p.slug));
  const now = new Set(current.map((p) => p.slug));
  return { joined: current.filter((p) => !before.has(p.slug)), left: previous.filter((p) => !now.has(p.slug)) };
}

function diffTasks(previous: readonly string[], current: readonly string[]): TimelineChanges['tasks'] {
  const before = new Set(previous.map(textKey));
  const now = new Set(current.map(textKey));
  return {
    recurring: current.filter((t) => before.has(textKey(t))),
    added: current.filter((t) => !before.has(textKey(t))),
    disappeared: previous.filter((t) => !now.has(textKey(t))),
  };
}

/** What `current` changed against `previous`, an earlier entry of the same thread. */
export function changesSince(
  previous: Entry,
  previousPeople: readonly PersonRef[],
  current: Entry,
  currentPeople: readonly PersonRef[],
): TimelineChanges {
  const sponsorsBefore = new Set(previous.sponsors.map(textKey));
  const linksBefore = new Set(previous.links.map((l) => linkIdentity(l.url)));
  return {
    ...diffPeople(previousPeople, currentPeople),
    newSponsors: current.sponsors.filter((s) => !sponsorsBefore.has(textKey(s))),
    newLinks: current.links.filter((l) => !linksBefore.has(linkIdentity(l.url))),
    tasks: diffTasks(previous.tasks, current.tasks),
  };
}

/** "2 new, 1 still open, 3 no longer listed": the open tasks of an entry against the previous one. */
export function taskChangeSummary(tasks: TimelineChanges['tasks']): string {
  const parts = [
    tasks.added.length ? `${tasks.added.length} new` : '',
    tasks.recurring.length ? `${tasks.recurring.length} still open` : '',
    tasks.disappeared.length ? `${tasks.disappeared.length} no longer listed` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
