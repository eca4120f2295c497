import { getKnowledgeBase } from '../content';
import { processMemo } from '../content/process-memo';
import { getPeople } from '../people/site';
import { isRoleAddress } from '../people/kind';
import type { PeopleIndex, Person, SubjectIndex } from '../model';
import { getProjectIndex } from '../projects';
import { getSubjectIndex } from '../subjects';
import { loadOrBuildSearchData, resolveSearchCacheDir } from './cache';
import { rowContextOf } from './data';
import { createEngineFromData, type SearchEngine } from './search';
import { withPeopleAnswer } from './people-answer';
import { withSubjectCard } from './subject-card';
import type { ParamLabels } from './params';
import type { SearchQuery } from './types';

/**
 * The search engine the site and API use: one per process, over `getKnowledgeBase()`, never
 * built per request.
 *
 * Build at start, or load an export made earlier? Measured by `npm run bench:relevance` on
 * the imported corpus (3,126 entries, 2 CPUs): building takes 3.9–4.4 s (Markdown to plain
 * text with remark alone 3.3 s), loading the export (14.5 MiB of JSON: rows, postings in
 * base64, FlexSearch's own export) 0.44–0.62 s, with identical answers; the knowledge base
 * itself loads in 0.5–1 s either way. So the export is used, kept by `cache.ts` under a
 * fingerprint of the content: the first process that needs the engine (`kb search`, a build,
 * the server) builds and exports it, and every later one loads it.
 */
export function getSearchEngine(): SearchEngine {
  return processMemo('search-engine', getKnowledgeBase(), (kb) => {
    const subjects = getSubjectIndex();
    const engine = createEngineFromData(loadOrBuildSearchData(kb, resolveSearchCacheDir(), rowContextOf(kb, getProjectIndex(), subjects)).data);
    return withSiteAnswers(engine, subjects, getPeople());
  });
}

/**
 * The search the site runs (and `kb search`, which must answer the same): the engine's, with the
 * subject a query names (lib/subjects) on top, the people who answer a question asking who, and
 * a person named by a slug published before (another spelling, a ledger's) or by an address
 * still filtering by them.
 */
export function withSiteAnswers(engine: SearchEngine, subjects: Pick<SubjectIndex, 'byName' | 'byEntryId'>, people: Pick<PeopleIndex, 'people' | 'redirects' | 'byEntryId'>): SearchEngine {
  const personOf = new Map(people.redirects);
  // An address a team or a list signs with is theirs (re@, bugmeister@), though members sign
  // their own entries with it too; another shared one (a project alias) goes to its most frequent user.
  const roleFirst = (p: Person): number => (p.kind === 'person' ? 1 : 0);
  const holders = roleHolders(people.people);
  for (const person of [...people.people].sort((a, b) => roleFirst(a) - roleFirst(b) || b.entryIds.length - a.entryIds.length)) {
    for (const email of person.emails) {
      const address = email.toLowerCase();
      if (!holders.has(address) && !personOf.has(address)) personOf.set(address, person.slug);
    }
  }
  const withPersonFound = (query: SearchQuery): SearchQuery => {
    const person = query.person === undefined ? undefined : personOf.get(query.person);
    return person === undefined ? query : { ...query, person };
  };
  const roleError = (query: SearchQuery, label: ParamLabels = (name) => name): string | undefined => {
    const slugs = query.person === undefined ? undefined : holders.get(query.person);
    return slugs && `${label('person')} "${query.person}" is a role's address that several people signed with (${slugs.join(', ')}): name one of them`;
  };
  return {
    ...engine,
    search: (query) => withPeopleAnswer(withSubjectCard(engine.search(withPersonFound(query)), query, subjects), query, people),
    filterError: (query, label) => roleError(query, label) ?? engine.filterError(withPersonFound(query), label),
  };
}

/**
 * Each role's address (`portmgr-secretary@`) that several people signed with and no team or list
 * did, with their slugs, most entries first: the role passed from one holder to the next, so it
 * is none of theirs, and a filter by it would give one holder's entries as the role's.
 */
function roleHolders(people: readonly Person[]): Map<string, string[]> {
  const byAddress = new Map<string, Person[]>();
  for (const person of people) {
    for (const email of person.emails) {
      const address = email.toLowerCase();
      if (isRoleAddress(address)) byAddress.set(address, [...(byAddress.get(address) ?? []), person]);
    }
  }
  const shared = [...byAddress].filter(([, holders]) => holders.length > 1 && holders.every((p) => p.kind === 'person'));
  return new Map(shared.map(([address, holders]) => [address, [...holders].sort((a, b) => b.entryIds.length - a.entryIds.length).map((p) => p.slug)]));
}
