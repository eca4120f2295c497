import { loadKnowledgeBase } from '../../lib/content';
import { collectPeople } from '../../lib/people';
import { buildCitationIndex } from '../../lib/references';
import { PROJECT_LEDGER_FILE, readLedger } from '../../lib/content/ledger';
import type { FuzzNames } from './fuzz-random';

/** Every name the fuzzer starts from, read from a content folder. */
export function readFuzzNames(contentDir: string): FuzzNames {
  const kb = loadKnowledgeBase(contentDir);
  const citations = buildCitationIndex(kb.entries);
  const words = new Set(kb.entries.slice(0, 400).flatMap((e) => e.title.toLowerCase().split(/\W+/).filter((w) => w.length > 3)));
  return {
    reports: kb.reports.map((r) => r.id),
    entries: kb.entries.map((e) => e.id),
    projects: Object.keys(readLedger(contentDir, PROJECT_LEDGER_FILE)),
    people: collectPeople(kb.entries).map((p) => p.slug),
    wikiPages: [...citations.wikiPages.values()].map((w) => w.page),
    references: [...citations.work.values()].map((w) => ({ kind: w.reference.kind, id: w.reference.id })),
    categories: [...new Set(kb.entries.map((e) => e.category))],
    words: [...words],
  };
}
