import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { buildCitationIndex, type CitationIndex } from './citations';

let cached: { kb: KnowledgeBase; index: CitationIndex } | undefined;

/** The citation index the site serves, built once per process over `getKnowledgeBase()`. */
export function getCitationIndex(): CitationIndex {
  const kb = getKnowledgeBase();
  if (!cached || cached.kb !== kb) cached = { kb, index: buildCitationIndex(kb.entries) };
  return cached.index;
}
