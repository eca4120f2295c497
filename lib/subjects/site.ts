import { getKnowledgeBase, type KnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { getProjectIndex } from '../projects';
import { readAddressLedger, readLedger, SUBJECT_LEDGER_FILE } from '../content/ledger';
import { problemText, type ProjectIndex, type SubjectIndex } from '../model';
import { buildSubjects, type SubjectOptions } from './build';
import { readSubjectCorrections } from './corrections';

/** What finding subjects takes from a content folder beside its entries and projects: its corrections (`subjects.yml`), published slugs and other addresses. */
export function subjectOptionsOf(kb: KnowledgeBase): SubjectOptions {
  return { corrections: readSubjectCorrections(kb.dir), ledger: readLedger(kb.dir, SUBJECT_LEDGER_FILE), addresses: readAddressLedger(kb.dir) };
}

/** The subjects of a loaded content folder, with its corrections and published slugs. */
export function subjectsOf(kb: KnowledgeBase, projects: ProjectIndex, options: SubjectOptions = subjectOptionsOf(kb)): ReturnType<typeof buildSubjects> {
  return buildSubjects(kb.entries, projects, options);
}

/** The subjects the site and API serve: found once per process. */
export function getSubjectIndex(): SubjectIndex {
  return processMemo('subjects', getProjectIndex(), (projects) => {
    const index = subjectsOf(getKnowledgeBase(), projects);
    for (const p of index.problems) console.warn(problemText(p));
    return index;
  });
}
