import { getKnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { getProjectIndex } from '../projects';
import { collectPeopleIndex, type PeopleIndex } from './collect';

/**
 * The people the site and API serve, with their projects: collected once per process over
 * `getKnowledgeBase()` and `getProjectIndex()` (which is itself memoized per knowledge base).
 */
export function getPeople(): PeopleIndex {
  return processMemo('people', getProjectIndex(), (projects) => collectPeopleIndex(getKnowledgeBase().entries, projects));
}
