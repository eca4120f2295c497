import { loadKnowledgeBase, type KnowledgeBase } from './load';
import { resolveContentDir } from './paths';

let cached: { dir: string; kb: KnowledgeBase } | undefined;

/**
 * The knowledge base the site and API serve, loaded once per process from
 * `KB_CONTENT_DIR` (else `content/`): page builds and requests never re-read the folder.
 */
export function getKnowledgeBase(): KnowledgeBase {
  const dir = resolveContentDir();
  if (!cached || cached.dir !== dir) cached = { dir, kb: loadKnowledgeBase(dir) };
  return cached.kb;
}
