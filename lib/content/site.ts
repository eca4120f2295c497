import { problemText } from '../model';
import { entryAliases, withdrawnEntries } from './entry-ledger';
import { loadKnowledgeBase, type KnowledgeBase } from './load';
import { resolveContentDir } from './paths';
import { processMemo } from './process-memo';

/**
 * The knowledge base the site and API serve, loaded once per process from
 * `KB_CONTENT_DIR` (else `content/`): page builds and requests never re-read the folder.
 */
export function getKnowledgeBase(): KnowledgeBase {
  return processMemo('knowledge-base', resolveContentDir(), (dir) => {
    const kb = loadKnowledgeBase(dir);
    // Said where a build or the server is watched: a file left out, or a field of one, is otherwise missing from the site without a word.
    for (const p of kb.problems) console.warn(problemText(p));
    return kb;
  });
}

/** The other ids entries answer to (given up by a re-import, or their file's name now or as published), each with the entry's id (`entry-ledger.ts`). */
export function getEntryAliases(): ReadonlyMap<string, string> {
  return processMemo('entry-redirects', getKnowledgeBase(), entryAliases);
}

/** Entries upstream removed after they were published, each id with its last title (`entry-ledger.ts`). */
export function getWithdrawnEntries(): ReadonlyMap<string, string> {
  return processMemo('withdrawn-entries', getKnowledgeBase(), (kb) => withdrawnEntries(kb, getEntryAliases()));
}
