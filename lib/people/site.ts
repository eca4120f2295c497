import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { getProjectIndex } from '../projects';
import { readLedger, PEOPLE_LEDGER_FILE } from '../content/ledger';
import type { ProjectIndex, PeopleIndex } from '../model';
import { collectPeopleIndex } from './collect';

/**
 * The people the site and API serve, with their projects and the slugs published before:
 * collected once per process over `getKnowledgeBase()` and `getProjectIndex()` (which is itself
 * memoized per knowledge base).
 */
export function getPeople(): PeopleIndex {
  return processMemo('people', getProjectIndex(), (projects) => peopleOf(getKnowledgeBase(), projects));
}

/** The people of a loaded content folder, with their projects and the slugs it published before (`people-slugs.json`). */
export function peopleOf(kb: KnowledgeBase, projects: Pick<ProjectIndex, 'byEntryId'>): PeopleIndex {
  return collectPeopleIndex(kb.entries, projects, readLedger(kb.dir, PEOPLE_LEDGER_FILE));
}
