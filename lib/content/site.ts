import { entryRedirects } from './entry-ledger';
import { loadKnowledgeBase, type KnowledgeBase } from './load';
import { resolveContentDir } from './paths';
import { processMemo } from './process-memo';

/**
 * The knowledge base the site and API serve, loaded once per process from
 * `KB_CONTENT_DIR` (else `content/`): page builds and requests never re-read the folder.
 */
export function getKnowledgeBase(): KnowledgeBase {
  return processMemo('knowledge-base', resolveContentDir(), loadKnowledgeBase);
}

/** The entry ids a re-import gave up, each with the id its entry has now (`entry-ledger.ts`). */
export function getEntryRedirects(): ReadonlyMap<string, string> {
  return processMemo('entry-redirects', getKnowledgeBase(), entryRedirects);
}
