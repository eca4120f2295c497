import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { PROJECT_LEDGER_FILE, readLedger } from '../content/ledger';
import { problemText, type ProjectIndex } from '../model';
import { readCorrections } from './corrections';
import { openTasks, type OpenTasks } from './tasks';
import { threadProjects, type ThreadOptions } from './thread';

/** What threading takes from a content folder beside its entries: its corrections (`projects.yml`) and published slugs (`project-slugs.json`). */
export function threadOptionsOf(kb: KnowledgeBase): ThreadOptions {
  return { corrections: readCorrections(kb.dir), ledger: readLedger(kb.dir, PROJECT_LEDGER_FILE) };
}

/** The projects of a loaded content folder: the automatic threading, with the folder's published slugs and corrections. */
export function projectsOf(kb: KnowledgeBase, options: ThreadOptions = threadOptionsOf(kb)): ProjectIndex {
  return threadProjects(kb.entries, options);
}

/** The projects the site and API serve: threaded once per process over `getKnowledgeBase()`. */
export function getProjectIndex(): ProjectIndex {
  return processMemo('projects', getKnowledgeBase(), (kb) => {
    const index = projectsOf(kb);
    for (const p of index.problems) console.warn(problemText(p));
    return index;
  });
}

/** Every project's open tasks, newest first: computed once per process, not on each request of `/tasks`. */
export function getOpenTasks(): readonly OpenTasks[] {
  return processMemo('open-tasks', getProjectIndex(), (projects) => openTasks(projects, getKnowledgeBase().reports));
}
