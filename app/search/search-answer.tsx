'use client';

import { Link } from '../components/link';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode, RefObject } from 'react';
import { reportLabel } from '../../lib/model/report-id';
import type { SearchResponse, SearchResult } from '../../lib/search';
import { projectPath } from '../../lib/routes';
import {
  hasFilters,
  onPage,
  passageUrl,
  refineSearch,
  SEARCH_PAGE_SIZE,
  searchStatePath,
  selectedYear,
  withoutFilters,
  withYear,
  type SearchOutcome,
  type SearchUrlState,
} from '../../lib/site/search-url';
import { activeFilters, allYearsState, formatTook, literalQuery, pageCount, pageWindow, peopleAnswerLead, personAnswerNote, phraseTogether, resultCount, shorterQuery, subjectCardSummary, WORDS_APART } from '../../lib/site/search-view';
import styles from './search-page.module.css';
import pageNavStyles from '../components/page-nav.module.css';

/** Shows another search: a history entry of its own; `toResults` moves the focus to the results heading. */
export type Navigate = (state: SearchUrlState, options?: { toResults?: boolean }) => void;

type Titles = Readonly<Record<string, string>>;

/**
 * A link to another state of the search page: a real link (new tab, no JavaScript), and a
 * search in place on a plain click.
 */
function SearchLink({ state, navigate, toResults, children, ...rest }: { state: SearchUrlState; navigate: Navigate; toResults?: boolean; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(state, { toResults });
  };
  return (
    <a href={searchStatePath(state)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

interface AnswerProps {
  state: SearchUrlState;
  outcome: SearchOutcome;
  /** A newer search is on its way: what is shown is about to change. */
  pending: boolean;
  categoryTitles: Titles;
  /** The name of the person the URL filters by, by slug: the filter shows it rather than the slug. */
  personNames: Titles;
  navigate: Navigate;
  resultsHeadingRef: RefObject<HTMLHeadingElement | null>;
}

/** Everything under the search form once a query has been run: counts, correction, filters, facets, results, pages. */
export function SearchAnswer({ state, outcome, pending, categoryTitles, personNames, navigate, resultsHeadingRef }: AnswerProps) {
  if (!outcome.ok) {
    return (
      <div className={styles.problem} role="alert">
        <p>This search could not be run: {outcome.error}</p>
        {hasFilters(state) && (
          <p>
            <SearchLink state={withoutFilters(state)} navigate={navigate}>
              Search without filters
            </SearchLink>
          </p>
        )}
      </div>
    );
  }
  const { response } = outcome;
  const offset = (state.page - 1) * SEARCH_PAGE_SIZE;
  return (
    <div aria-busy={pending}>
      {/* Past the year and category filters, a long run of Tab stops before the first result. */}
      {response.results.length > 0 && (
        <a
          href="#results-heading"
          className="visually-hidden-focusable"
          onClick={(event) => {
            // The focus moved, not the URL: a fragment in the address would be a history entry, and Back a search.
            event.preventDefault();
            resultsHeadingRef.current?.focus();
          }}
        >
          Skip to the results
        </a>
      )}
      <Summary state={state} response={response} navigate={navigate} />
      {response.queryPeriod && <PeriodNote state={state} period={response.queryPeriod} navigate={navigate} />}
      {response.subject && <SubjectCard subject={response.subject} />}
      {response.people && <PeopleCard answer={response.people} />}
      <FilterBar state={state} titles={categoryTitles} personNames={personNames} navigate={navigate} />
      <div className={response.total > 0 ? styles.columns : undefined}>
        {response.total > 0 && <Facets state={state} response={response} titles={categoryTitles} navigate={navigate} />}
        <section className={styles.results} aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeadingRef} tabIndex={-1} className="visually-hidden-focusable">
            Results
          </h2>
          {response.total === 0 ? (
            <NoResults state={state} response={response} navigate={navigate} />
          ) : response.results.length === 0 ? (
            <p>
              This page is past the last of the {resultCount(response.total)}.{' '}
              <SearchLink state={onPage(state, 1)} navigate={navigate} toResults>
                Back to the first page
              </SearchLink>
            </p>
          ) : (
            <ResultLists response={response} offset={offset} pending={pending} titles={categoryTitles} />
          )}
          <Pages state={state} total={response.total} navigate={navigate} />
        </section>
      </div>
    </div>
  );
}

/**
 * The page's results; with a quoted phrase, those holding it as written, then under a line
 * saying so, those holding its words apart.
 */
function ResultLists({ response, offset, pending, titles }: { response: SearchResponse; offset: number; pending: boolean; titles: Titles }) {
  const together = Math.max(0, Math.min(response.results.length, (response.phraseTotal ?? response.total) - offset));
  const list = (results: SearchResult[], start: number) => (
    <ol className={styles.resultList} start={start} data-pending={pending || undefined}>
      {results.map((result) => (
        <ResultItem key={result.id} result={result} titles={titles} />
      ))}
    </ol>
  );
  return (
    <>
      {together > 0 && list(response.results.slice(0, together), offset + 1)}
      {together < response.results.length && (
        <>
          <p className={styles.apart}>
            {response.phraseTotal === 0 && 'No entry holds the quoted words together. '}
            {WORDS_APART}
          </p>
          {list(response.results.slice(together), offset + together + 1)}
        </>
      )}
    </>
  );
}

/** The subject the query names or its first results follow, above the results: its span, its efforts and entries, and a way to its page. */
function SubjectCard({ subject }: { subject: NonNullable<SearchResponse['subject']> }) {
  return (
    <aside className={styles.subject} aria-label={`Subject ${subject.title}`}>
      <p>
        {subject.via === 'results' && <>{subject.results} of the first {subject.firstResults} results follow one subject: </>}
        <strong>{subject.title}</strong>, followed through every effort: {subjectCardSummary(subject)}.{' '}
        <Link href={subject.url}>See {subject.title} over time</Link>
      </p>
    </aside>
  );
}

/** For a question asking who: the contacts of its first results, with their pages. */
function PeopleCard({ answer }: { answer: NonNullable<SearchResponse['people']> }) {
  return (
    <aside className={styles.subject} aria-label="Who">
      <p>
        <strong>Who</strong> ({peopleAnswerLead(answer)}):{' '}
        {answer.people.map((person, i) => (
          <span key={person.slug}>
            {i > 0 && ', '}
            <Link href={person.url}>{person.name}</Link> ({personAnswerNote(person)})
          </span>
        ))}
      </p>
    </aside>
  );
}

function Summary({ state, response, navigate }: { state: SearchUrlState; response: SearchResponse; navigate: Navigate }) {
  const pages = pageCount(response.total, SEARCH_PAGE_SIZE);
  const corrected = response.correctedQuery;
  const literal = corrected ? literalQuery(state.q, corrected) : undefined;
  return (
    <>
      {corrected && response.total > 0 && (
        <p className={styles.correction}>
          Showing results for{' '}
          <strong>
            <SearchLink state={refineSearch(state, { q: corrected })} navigate={navigate}>
              {corrected}
            </SearchLink>
          </strong>
          {literal && (
            <>
              . Search instead for{' '}
              <SearchLink state={refineSearch(state, { q: literal })} navigate={navigate}>
                {literal}
              </SearchLink>
            </>
          )}
        </p>
      )}
      {response.total > 0 && (
        <p className={styles.summary}>
          <strong>{resultCount(response.total)}</strong>
          {phraseTogether(response.phraseTotal)}
          {state.collapse && ' (one per project)'}
          {state.newest && ', newest first'}
          {pages > 1 && state.page <= pages && ` · page ${state.page} of ${pages}`}
          <span className={styles.took}> · {formatTook(response.tookMs)}</span>
        </p>
      )}
    </>
  );
}

/** A year or a quarter read from the query as the period searched: said, with the way back to the number as a word. */
function PeriodNote({ state, period, navigate }: { state: SearchUrlState; period: NonNullable<SearchResponse['queryPeriod']>; navigate: Navigate }) {
  if (period.widened) {
    return (
      <p className={styles.correction}>
        Nothing in <strong>{period.label}</strong> matched: all years searched, “{period.typed}” as a word.
      </p>
    );
  }
  if (!period.applied) {
    return (
      <p className={styles.correction}>
        “{period.typed}” in the query names a period: the years chosen are searched instead.
      </p>
    );
  }
  return (
    <p className={styles.correction}>
      Limited to <strong>{period.label}</strong>, read from “{period.typed}” in the query.{' '}
      <SearchLink state={allYearsState(state, period)} navigate={navigate}>
        Search all years for {period.literal}
      </SearchLink>
    </p>
  );
}

function FilterBar({ state, titles, personNames, navigate }: { state: SearchUrlState; titles: Titles; personNames: Titles; navigate: Navigate }) {
  const filters = activeFilters(state, titles, personNames);
  if (filters.length === 0) return null;
  return (
    <div className={styles.filterBar}>
      <span className={styles.filterLabel}>Filtered to</span>
      <ul className={styles.chips}>
        {filters.map((filter) => (
          <li key={filter.kind}>
            <SearchLink state={filter.without} navigate={navigate} className={styles.chip} aria-label={`Remove the ${filter.kind} filter: ${filter.label}`}>
              {filter.label} <span aria-hidden="true">×</span>
            </SearchLink>
          </li>
        ))}
        {filters.length > 1 && (
          <li>
            <SearchLink state={withoutFilters(state)} navigate={navigate} className={styles.clearAll}>
              Clear all
            </SearchLink>
          </li>
        )}
      </ul>
    </div>
  );
}

function ResultItem({ result, titles }: { result: SearchResult; titles: Titles }) {
  const href = passageUrl(result.url, result.snippet);
  return (
    <li className={styles.result}>
      <h3 className={styles.resultTitle}>
        {/* To a passage by a document load: only a load makes the browser look for its text. */}
        {href === result.url ? <Link href={href}>{result.title}</Link> : <a href={href}>{result.title}</a>}
        {/* Results of one thread share a title: the period tells them apart in a list of headings. */}
        <span className="visually-hidden">, {reportLabel(result.report)}</span>
      </h3>
      <p className={styles.resultMeta}>
        <span>{reportLabel(result.report)}</span>
        <span>{titles[result.category] ?? result.category}</span>
        {result.project && (
          <span>
            Project{' '}
            <Link href={projectPath(result.project)}>
              {result.projectTitle ?? result.project}
            </Link>
          </span>
        )}
      </p>
      {/* The one HTML inserted here: the engine's snippet is plain text HTML-escaped by
          lib/search/snippet.ts, whose only markup is the <mark> it adds around matches. */}
      <p className={styles.snippet} dangerouslySetInnerHTML={{ __html: result.snippet }} />
    </li>
  );
}

/** A facet's count, read out as "6 results" rather than a bare number after the year. */
function FacetCount({ count }: { count: number }) {
  return (
    <span className={styles.count}>
      {count.toLocaleString('en-US')}
      <span className="visually-hidden"> {count === 1 ? 'result' : 'results'}</span>
    </span>
  );
}

function NoResults({ state, response, navigate }: { state: SearchUrlState; response: SearchResponse; navigate: Navigate }) {
  const shorter = shorterQuery(state.q);
  const corrected = response.correctedQuery;
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>
        {state.q.trim() ? (
          <>
            No results for <strong>“{state.q.trim()}”</strong>
            {hasFilters(state) && ' with these filters'}.
          </>
        ) : (
          'No results with these filters.'
        )}
      </p>
      <ul>
        {corrected && (
          <li>
            Did you mean{' '}
            <SearchLink state={refineSearch(state, { q: corrected })} navigate={navigate}>
              {corrected}
            </SearchLink>
            ?
          </li>
        )}
        {hasFilters(state) && state.q.trim() && (
          <li>
            <SearchLink state={withoutFilters(state)} navigate={navigate}>
              Search all years and categories
            </SearchLink>{' '}
            for “{state.q.trim()}”.
          </li>
        )}
        {shorter && (
          <li>
            Try fewer words:{' '}
            <SearchLink state={refineSearch(state, { q: shorter })} navigate={navigate}>
              {shorter}
            </SearchLink>
          </li>
        )}
        <li>Check the spelling, or search for a project, a driver or a person by name.</li>
      </ul>
    </div>
  );
}

function Facets({ state, response, titles, navigate }: { state: SearchUrlState; response: SearchResponse; titles: Titles; navigate: Navigate }) {
  const year = selectedYear(state);
  const years = Object.entries(response.facets.years).sort(([a], [b]) => Number(b) - Number(a));
  const categories = Object.entries(response.facets.categories).sort(
    ([a, m], [b, n]) => n - m || (titles[a] ?? a).localeCompare(titles[b] ?? b),
  );
  return (
    <aside className={styles.facets} aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="visually-hidden">
        Narrow the results
      </h2>
      <section className={styles.facet} aria-labelledby="facet-years">
        <h3 id="facet-years" className={styles.facetHeading}>
          Year
        </h3>
        <ul className={`${styles.facetList} scroll-cue`} data-facet="year">
          {(year || state.from || state.to || response.queryPeriod) && (
            <li>
              <SearchLink state={allYearsState(state, response.queryPeriod)} navigate={navigate} className={styles.facetClear}>
                All years
              </SearchLink>
            </li>
          )}
          {years.map(([label, count]) => (
            <li key={label}>
              <SearchLink state={withYear(state, label)} navigate={navigate} className={styles.facetLink} aria-current={label === year ? 'true' : undefined}>
                {label} <FacetCount count={count} />
              </SearchLink>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.facet} aria-labelledby="facet-categories">
        <h3 id="facet-categories" className={styles.facetHeading}>
          Category
        </h3>
        <ul className={`${styles.facetList} scroll-cue`} data-facet="category">
          {state.category && (
            <li>
              <SearchLink state={refineSearch(state, { category: undefined })} navigate={navigate} className={styles.facetClear}>
                All categories
              </SearchLink>
            </li>
          )}
          {categories.map(([key, count]) => (
            <li key={key}>
              <SearchLink
                state={refineSearch(state, { category: key })}
                navigate={navigate}
                className={styles.facetLink}
                aria-current={key === state.category ? 'true' : undefined}
              >
                {titles[key] ?? key} <FacetCount count={count} />
              </SearchLink>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

function Pages({ state, total, navigate }: { state: SearchUrlState; total: number; navigate: Navigate }) {
  const count = pageCount(total, SEARCH_PAGE_SIZE);
  if (count <= 1) return null;
  return (
    <nav aria-label="Result pages" className={pageNavStyles.pages}>
      <ul>
        {state.page > 1 && state.page <= count && (
          <li>
            <SearchLink state={onPage(state, state.page - 1)} navigate={navigate} toResults rel="prev">
              Previous
            </SearchLink>
          </li>
        )}
        {pageWindow(state.page, count).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className={pageNavStyles.gap}>
              …
            </li>
          ) : (
            <li key={page}>
              <SearchLink
                state={onPage(state, page)}
                navigate={navigate}
                toResults
                aria-current={page === state.page ? 'page' : undefined}
                aria-label={`Page ${page}`}
              >
                {page}
              </SearchLink>
            </li>
          ),
        )}
        {state.page < count && (
          <li>
            <SearchLink state={onPage(state, state.page + 1)} navigate={navigate} toResults rel="next">
              Next
            </SearchLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
