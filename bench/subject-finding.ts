import type { KnowledgeBase } from '../lib/content';
import { projectsOf } from '../lib/projects';
import { subjectsOf } from '../lib/subjects';
import { formatSeconds, heading, row } from './print';

export interface SubjectFigures {
  /** The first finding in the process, wall and CPU time, and the best of two more. */
  coldMs: number;
  coldCpuMs: number;
  warmMs: number;
  subjects: number;
  onTimelines: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Finds the subjects of the whole knowledge base the way every build and server start does (`subjectsOf`). */
export function measureSubjectFinding(kb: KnowledgeBase): SubjectFigures {
  const projects = projectsOf(kb);
  let cpu = process.cpuUsage();
  let started = performance.now();
  const index = subjectsOf(kb, projects);
  const coldMs = performance.now() - started;
  const coldCpuMs = cpuMs(cpu);
  let warmMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    cpu = process.cpuUsage();
    started = performance.now();
    subjectsOf(kb, projects);
    warmMs = Math.min(warmMs, performance.now() - started);
  }
  return { coldMs, coldCpuMs, warmMs, subjects: index.subjects.length, onTimelines: new Set(index.subjects.flatMap((s) => s.entries.map((e) => e.id))).size };
}

export function printSubjectFinding(figures: SubjectFigures, entries: number): void {
  heading(`subjects found over ${entries} entries (lib/subjects, with subjects.yml and subject-slugs.json)`);
  row('subjects / entries on a main timeline', `${figures.subjects} / ${figures.onTimelines}`);
  row('finding time, first run', `${formatSeconds(figures.coldMs)} (CPU ${formatSeconds(figures.coldCpuMs)})`, 'target < 5 s');
  row('finding time, best of 2 more', formatSeconds(figures.warmMs));
}
