import type { KnowledgeBase } from '../content';
import { writeLedger, PEOPLE_LEDGER_FILE } from '../content/ledger';
import type { ProjectIndex, PeopleIndex } from '../model';
import { peopleOf } from './site';

/**
 * Collects a content folder's people and records their slugs in `people-slugs.json`, so that a
 * person's page keeps answering when their name is shown otherwise, or two of them turn out to be
 * one: what `kb import` does after threading the projects.
 */
export function publishPeopleSlugs(kb: KnowledgeBase, projects: ProjectIndex): PeopleIndex {
  const index = peopleOf(kb, projects);
  writeLedger(kb.dir, index.ledger, PEOPLE_LEDGER_FILE);
  return index;
}
