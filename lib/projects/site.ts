import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { threadProjects } from './thread';
import type { ProjectIndex } from './types';

let cached: { kb: KnowledgeBase; index: ProjectIndex } | undefined;

/** The projects the site and API serve: threaded once per process over `getKnowledgeBase()`. */
export function getProjectIndex(): ProjectIndex {
  const kb = getKnowledgeBase();
  if (!cached || cached.kb !== kb) cached = { kb, index: threadProjects(kb.entries) };
  return cached.index;
}
