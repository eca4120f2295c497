import { getKnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { buildCitationIndex, type CitationIndex } from './citations';

/** The citation index the site serves, built once per process over `getKnowledgeBase()`. */
export function getCitationIndex(): CitationIndex {
  return processMemo('citations', getKnowledgeBase(), (kb) => buildCitationIndex(kb.entries));
}
