import type { Metadata } from 'next';
import { getKnowledgeBase } from '../../lib/content';
import { findBySlug } from '../../lib/model';
import { getPeople } from '../../lib/people/site';
import { answerSearchRequest, getSearchEngine } from '../../lib/search';
import { hasQuery, readSearchUrlState, searchApiParams, type SearchOutcome, type SearchUrlState } from '../../lib/site/search-url';
import { activeFilters, categoryTitles, filterWords, searchPageTitle } from '../../lib/site/search-view';
import { SearchView } from './search-view';
import { pageMetadata } from '../../lib/site/page-metadata';
import { searchPath } from '../../lib/routes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The URL's search, its category as the family the search filters by, so that the family's facet shows as chosen. */
async function requestedState(searchParams: Props['searchParams']): Promise<SearchUrlState> {
  const state = readSearchUrlState(await searchParams);
  return state.category ? { ...state, category: getSearchEngine().categoryFamily(state.category) } : state;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = await requestedState(searchParams);
  // A page of results is worth sharing, not indexing.
  const description = 'Search every FreeBSD status report entry since 2001 at once.';
  if (!hasQuery(state)) return pageMetadata({ title: 'Search', description, path: searchPath });
  const filters = filterWords(activeFilters(state, categoryTitles(getKnowledgeBase().reports), personNames(state.person)));
  return pageMetadata({ title: searchPageTitle(state.q, { filters, page: state.page }), description, path: searchPath, indexable: false });
}

/** The search the API would answer, run here in-process: a shared or reloaded URL shows its results without JavaScript. */
function searchOutcome(state: SearchUrlState): SearchOutcome | null {
  if (!hasQuery(state)) return null;
  const answer = answerSearchRequest(searchApiParams(state), getSearchEngine());
  return answer.status === 200 ? { ok: true, response: answer.body } : { ok: false, error: answer.body.error };
}

/** The name of the person a search filters by, under the slug the URL gives (a published other spelling's too). */
function personNames(slug: string | undefined): Record<string, string> {
  if (!slug) return {};
  const person = findBySlug(getPeople(), slug)?.item;
  return person ? { [slug]: person.name } : {};
}

export default async function SearchPage({ searchParams }: Props) {
  const state = await requestedState(searchParams);
  return (
    <SearchView
      initialState={state}
      initialOutcome={searchOutcome(state)}
      categoryTitles={categoryTitles(getKnowledgeBase().reports)}
      personNames={personNames(state.person)}
    />
  );
}
