import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { readCorrections } from './corrections';
import { readLedger } from './ledger';
import { threadProjects } from './thread';
import type { ProjectIndex } from './types';

let cached: { kb: KnowledgeBase; index: ProjectIndex } | undefined;

/**
 * The projects of a loaded content folder: the automatic threading, with the folder's published
 * slugs (`project-slugs.json`) and corrections (`projects.yml`).
 */
export function projectsOf(kb: KnowledgeBase): ProjectIndex {
  return threadProjects(kb.entries, { corrections: readCorrections(kb.dir), ledger: readLedger(kb.dir) });
}

/** The projects the site and API serve: threaded once per process over `getKnowledgeBase()`. */
export function getProjectIndex(): ProjectIndex {
  const kb = getKnowledgeBase();
  if (!cached || cached.kb !== kb) {
    cached = { kb, index: projectsOf(kb) };
    for (const p of cached.index.problems) console.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  }
  return cached.index;
}
