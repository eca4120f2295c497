import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { getProjectIndex } from '../projects';
import { readLedger } from '../projects/ledger';
import type { ProjectIndex } from '../projects/types';
import { collectPeopleIndex, type PeopleIndex } from './collect';

/** `people-slugs.json`: every person slug `kb import` has published, with the person's entries then. */
export const PEOPLE_LEDGER_FILE = 'people-slugs.json';

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
