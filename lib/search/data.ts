import { mineAliases } from '../aliases';
import type { KnowledgeBase } from '../content';
import { collectPeople } from '../people';
import { projectsOf } from '../projects';
import type { ProjectIndex, SubjectIndex } from '../model';
import { buildSubjects } from '../subjects';
import { buildFlexIndex, type FlexIndex } from './create-index';
import { buildPostings, tokenizeRows, type Postings } from './postings';
import { buildSearchRows, type RowContext } from './rows';
import type { SearchRow } from './types';

/** Everything a search reads: the rows, their term statistics, the FlexSearch index over them, and the corpus's aliases. */
export interface SearchData {
  rows: SearchRow[];
  postings: Postings;
  index: FlexIndex;
  /** Names the corpus gives one thing, `[short, long]` (`lib/aliases`). */
  aliases: [string, string][];
}

/** Row context from a knowledge base: category titles, periods, people, projects and subjects (found here unless given). */
export function rowContextOf(kb: KnowledgeBase, projects: ProjectIndex = projectsOf(kb), subjects: Pick<SubjectIndex, 'byEntryId'> = buildSubjects(kb.entries, projects)): Required<RowContext> {
  const projectOf = projects.byEntryId;
  const peopleOf = new Map<string, string[]>();
  for (const person of collectPeople(kb.entries)) {
    for (const id of person.entryIds) peopleOf.set(id, [...(peopleOf.get(id) ?? []), person.slug]);
  }
  return {
    projectOf: (e) => projectOf.get(e.id)?.slug,
    projectTitleOf: (e) => projectOf.get(e.id)?.title,
    peopleOf: (e) => peopleOf.get(e.id) ?? [],
    subjectsOf: (e) => (subjects.byEntryId.get(e.id) ?? []).map((s) => s.slug),
    categoryTitleOf: (e) => kb.getReport(e.report)?.categories.find((c) => c.key === e.category)?.title,
    periodOf: (e) => kb.getReport(e.report)?.period,
  };
}

/** Builds rows, statistics and index from a knowledge base (see `site.ts` for what this costs). */
export function buildSearchData(kb: KnowledgeBase, context: RowContext = rowContextOf(kb)): SearchData {
  const rows = buildSearchRows(kb.entries, context);
  const tokenized = tokenizeRows(rows);
  const aliases = mineAliases(kb.entries).map((p): [string, string] => [p.short, p.long]);
  return { rows, postings: buildPostings(rows, tokenized), index: buildFlexIndex(tokenized), aliases };
}
