import { readFileSync } from 'node:fs';
import { entryFile, getKnowledgeBase, type KnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { PROJECT_LEDGER_FILE, readLedger } from '../content/ledger';
import { frontMatterLocator } from '../content/serialize';
import { problemText, type ProjectIndex } from '../model';
import { readCorrections } from './corrections';
import { openTasks, type OpenTasks } from './tasks';
import { threadProjects, type PinPlace, type ThreadOptions } from './thread';

/**
 * What threading takes from a content folder beside its entries: its corrections (`projects.yml`),
 * published slugs (`project-slugs.json`), and where its entries' front-matter pins are written.
 */
export function threadOptionsOf(kb: KnowledgeBase): ThreadOptions {
  const pinPlaces = pinPlacesOf(kb);
  return { corrections: readCorrections(kb.dir), ledger: readLedger(kb.dir, PROJECT_LEDGER_FILE), ...(Object.keys(pinPlaces).length > 0 ? { pinPlaces } : {}) };
}

/** The file and line of each front-matter pin: the few files with one are read again, for the line. */
function pinPlacesOf(kb: KnowledgeBase): Record<string, PinPlace> {
  const places: Record<string, PinPlace> = {};
  for (const e of kb.entries) {
    if (!e.project) continue;
    const file = entryFile(kb.dir, e);
    let line: number | undefined;
    try {
      line = frontMatterLocator(readFileSync(file, 'utf8'))(['project']);
    } catch {
      // Gone since it was loaded: the file is still what the problem names.
    }
    places[e.id] = line === undefined ? { file } : { file, line };
  }
  return places;
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
