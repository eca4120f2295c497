import { loadKnowledgeBase } from '../content/load';
import { writeLedger } from './ledger';
import { projectsOf } from './site';
import type { ProjectIndex } from './types';

/**
 * Threads a content folder and records its project slugs in `project-slugs.json`, so that the
 * next import keeps them: what `kb import` does after writing the reports.
 */
export function publishProjectSlugs(contentDir: string): ProjectIndex {
  const index = projectsOf(loadKnowledgeBase(contentDir));
  if (index.ledger) writeLedger(contentDir, index.ledger);
  return index;
}
