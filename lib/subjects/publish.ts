import type { KnowledgeBase } from '../content';
import { writeAddressLedger, writeLedger, SUBJECT_LEDGER_FILE } from '../content/ledger';
import type { ProjectIndex, SubjectIndex } from '../model';
import { extendAddresses } from './addresses';
import { subjectOptionsOf, subjectsOf } from './site';

/**
 * Finds a content folder's subjects and records their slugs in `subject-slugs.json`, and their
 * other addresses in `subject-addresses.json`, so that each keeps working after the next import:
 * what `kb import` does after threading the projects.
 */
export function publishSubjectSlugs(kb: KnowledgeBase, projects: ProjectIndex): SubjectIndex {
  const options = subjectOptionsOf(kb);
  const index = subjectsOf(kb, projects, options);
  writeLedger(kb.dir, index.ledger, SUBJECT_LEDGER_FILE);
  writeAddressLedger(kb.dir, extendAddresses(options.addresses ?? {}, index.redirects, (slug) => Object.hasOwn(index.ledger, slug)));
  return index;
}
