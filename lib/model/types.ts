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
