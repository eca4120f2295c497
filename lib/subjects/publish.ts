import type { KnowledgeBase } from '../content';
import { writeLedger, SUBJECT_LEDGER_FILE } from '../content/ledger';
import type { ProjectIndex, SubjectIndex } from '../model';
import { subjectsOf } from './site';

/**
 * Finds a content folder's subjects and records their slugs in `subject-slugs.json`, so that each
 * keeps working after the next import: what `kb import` does after threading the projects.
 */
export function publishSubjectSlugs(kb: KnowledgeBase, projects: ProjectIndex): SubjectIndex {
  const index = subjectsOf(kb, projects);
  writeLedger(kb.dir, index.ledger, SUBJECT_LEDGER_FILE);
  return index;
}
