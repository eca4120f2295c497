import type { KnowledgeBase } from '../lib/content';
import { projectsOf } from '../lib/projects';
import { collectPeople } from '../lib/people';
import { formatSeconds, heading, row } from './print';

export interface ThreadingFigures {
  /** The first threading in the process, and the best of three more. */
  coldMs: number;
  warmMs: number;
  projects: number;
  people: number;
}

/** Threads the whole knowledge base the way every build and server start does (`projectsOf`). */
export function measureThreading(kb: KnowledgeBase): ThreadingFigures {
  let started = performance.now();
  const index = projectsOf(kb);
  const coldMs = performance.now() - started;
  let warmMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    projectsOf(kb);
    warmMs = Math.min(warmMs, performance.now() - started);
  }
  return { coldMs, warmMs, projects: index.projects.length, people: collectPeople(kb.entries, index).length };
}

export function printThreading(figures: ThreadingFigures, entries: number): void {
  heading(`projects threaded over ${entries} entries (lib/projects, with projects.yml and project-slugs.json)`);
  row('projects / people', `${figures.projects} / ${figures.people}`);
  row('grouping time, first run', formatSeconds(figures.coldMs), 'target < 5 s');
  row('grouping time, best of 3 more', formatSeconds(figures.warmMs));
}
