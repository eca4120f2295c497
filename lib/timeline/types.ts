import type { Link, ReportRef, PeopleIndex, ContactKind } from '../model';

export interface PersonRef {
  slug: string;
  name: string;
  /** A person, or a team or mailing list named as a contact: timelines show them apart. */
  kind: ContactKind;
}

/** What an entry changed against the previous entry of its thread. */
export interface TimelineChanges {
  joined: PersonRef[];
  left: PersonRef[];
  newSponsors: string[];
  /** Links the previous entry did not cite (URLs compared by `linkIdentity`). */
  newLinks: Link[];
  tasks: {
    /** Open tasks of this entry that the previous one listed too. */
    recurring: string[];
    /** Open tasks of this entry that the previous one did not list. */
    added: string[];
    /** Open tasks of the previous entry that this one no longer lists: done, dropped or moved. */
    disappeared: string[];
  };
}

export interface TimelineEntry {
  id: string;
  slug: string;
  url: string;
  /** The entry's title at the time. */
  title: string;
  category: string;
  report: ReportRef;
  people: PersonRef[];
  sponsors: string[];
  links: Link[];
  tasks: string[];
  /** The start of its text as plain text, cut at a word. */
  excerpt: string;
  /**
   * Regular report periods between the previous entry of its thread and this one: reports the
   * thread skipped. Special editions (developer summits) are not periods and never count. 0 for the first.
   */
  gapBefore: number;
  /** Null for the first entry of its thread: there is nothing to compare it with. */
  changes: TimelineChanges | null;
}

/** One person over a timeline. */
export interface PersonSpan extends PersonRef {
  first: ReportRef;
  last: ReportRef;
  /** The page of the latest entry naming them: what they last reported on this timeline. */
  lastUrl: string;
  /** Entries naming this person. */
  count: number;
}

/** One link cited by a timeline's entries, however many spellings of it they used. */
export interface CitedLink {
  /** The spelling of its latest citation. */
  url: string;
  /** The latest non-empty text given for it, else "". */
  text: string;
  /** Entries citing it. */
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface TimelineContext {
  /** Every report of the knowledge base: which periods exist, so that gaps can be counted. */
  reports: readonly { id: string }[];
  /** Who each entry names, as slugs and names. */
  people: Pick<PeopleIndex, 'byEntryId'>;
}

/** An entry as a link to it: a neighbour in a project, a dot in a subject's lane. */
export interface EntryRef {
  id: string;
  title: string;
  url: string;
  report: ReportRef;
}
