import type { EntryFrontMatter, ReportFrontMatter } from './schema';

/** One status report: its front matter and its introduction in Markdown. */
export interface Report extends ReportFrontMatter {
  /** The introduction, Markdown. */
  intro: string;
}

/** One entry of one report, as stored in `<report>/<slug>.md`. */
export interface Entry extends EntryFrontMatter {
  /** `<report id>/<slug>`, stable across re-imports. */
  id: string;
  slug: string;
  /** The entry's text, Markdown. */
  body: string;
}


export type { Contact, Link, Category, Source, SourceFormat } from './schema';

/** A problem with one file of a content folder, at a line when one is known. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
  /**
   * `error` where the problem undoes what an editor believes published (an editor file that is
   * not valid YAML, a key written twice): `kb import` counts it so. Any other is a warning there.
   */
  severity?: 'error';
}

/**
 * The slugs a content folder has published (`project-slugs.json`, `people-slugs.json`,
 * `subject-slugs.json`), each with the ids of the entries it held then: what keeps a published
 * URL naming the same thing after a re-import, or redirecting when it no longer does.
 */
export type Ledger = Record<string, string[]>;

/** A thread of entries across periods: one piece of work followed from report to report. */
export interface Project {
  /** Stable once published; a renamed or merged project leaves a redirect (`ProjectIndex.redirects`). */
  slug: string;
  /** Its name: the title that best names the whole thread, unless `projects.yml` names it. */
  title: string;
  /** Every distinct title its entries had, oldest first. */
  titles: string[];
  /** Oldest first; at most one per report unless `projects.yml` says otherwise. */
  entries: Entry[];
  /** Slugs of projects that share people, links or words with this one but are separate work. */
  related: string[];
}

/** Every project of a knowledge base, and the ways the site and API look them up. */
export interface ProjectIndex {
  /** Sorted by slug. */
  projects: Project[];
  bySlug: ReadonlyMap<string, Project>;
  /** Entry id → its project. Every entry has exactly one. */
  byEntryId: ReadonlyMap<string, Project>;
  /** Old slug → current slug, for projects renamed or merged since their slug was published. */
  redirects: ReadonlyMap<string, string>;
  /** Corrections in `projects.yml` that could not be applied, each naming its line. */
  problems: ContentProblem[];
  /** The published slugs with this threading's added: what `kb import` records. */
  ledger?: Ledger;
}

/** A person, or a team or mailing list named where a person would be. */
export type ContactKind = 'person' | 'team' | 'list';

/** Someone named as a contact, with every entry naming them. */
export interface Person {
  slug: string;
  /** A person's full name given most often; a team's or a list's name given most often. */
  name: string;
  /** Every name given, `name` first, then in first-seen order. */
  names: string[];
  kind: ContactKind;
  emails: string[];
  /** Ids of the entries naming this person, oldest first. */
  entryIds: string[];
  /**
   * Slugs of the projects this person reported on, in the order of their first entry in each.
   * Empty when the people were collected without a project index.
   */
  projects: string[];
}

/** Every person of a knowledge base, and the ways pages look them up. */
export interface PeopleIndex {
  /** In first-seen order (the order the entries were given in). */
  people: Person[];
  bySlug: ReadonlyMap<string, Person>;
  /** Entry id → the people it names, in the order of its contacts, each once. */
  byEntryId: ReadonlyMap<string, Person[]>;
  /**
   * Slugs that name no one today, to the person they lead to: each other spelling of a person's
   * name, and each slug of the ledger, to the person holding most of its entries. The page a link
   * made before two spellings of a name were known to be one person still answers.
   */
  redirects: ReadonlyMap<string, string>;
  /** The ledger given, with today's slugs added (`people-slugs.json`). */
  ledger: Ledger;
}

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

/** Every subject of a knowledge base, and the ways the site and API look them up. */
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
