import type { KnowledgeBase } from '../content/load';
import { writeLedger } from './ledger';
import { projectsOf } from './site';
import type { ProjectIndex } from './types';

/**
 * Threads a loaded content folder and records its project slugs in `project-slugs.json`, so that
 * the next import keeps them: what `kb import` does after writing the reports.
 */
export function publishProjectSlugs(kb: KnowledgeBase): ProjectIndex {
  const index = projectsOf(kb);
  if (index.ledger) writeLedger(kb.dir, index.ledger);
  return index;
}
