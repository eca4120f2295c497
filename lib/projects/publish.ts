import type { KnowledgeBase } from '../content';
import { PROJECT_LEDGER_FILE, writeLedger } from '../content/ledger';
import type { ProjectIndex } from '../model';
import { projectsOf } from './site';

/**
 * Threads a loaded content folder and records its project slugs in `project-slugs.json`, so that
 * the next import keeps them: what `kb import` does after writing the reports.
 */
export function publishProjectSlugs(kb: KnowledgeBase): ProjectIndex {
  const index = projectsOf(kb);
  if (index.ledger) writeLedger(kb.dir, index.ledger, PROJECT_LEDGER_FILE);
  return index;
}
