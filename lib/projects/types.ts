import type { ContentProblem } from '../content/serialize';
import type { Entry } from '../model';
import type { Ledger } from './ledger';

/** A thread of entries across periods: one piece of work followed from report to report. */
export interface Project {
  /** Stable once published; a renamed or merged project leaves a redirect (`ProjectIndex.redirects`). */
  slug: string;
  /** Its name: the title that best names the whole thread (naming.ts), unless `projects.yml` names it. */
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
  /** The published slugs (ledger.ts) with this threading's added: what `kb import` records. */
  ledger?: Ledger;
}
