'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { searchPath, SITE_NAME } from '../../lib/routes';
import {
  hasQuery,
  readSearchUrlState,
  refineSearch,
  sameSearch,
  SEARCH_PAGE_SIZE,
  searchApiPath,
  searchStatePath,
  TYPING_DELAY_MS,
  type SearchOutcome,
  type SearchUrlState,
} from '../../lib/site/search-url';
import { activeFilters, filterWords, pageCount, resultsAnnouncement, searchPageTitle } from '../../lib/site/search-view';
import { useSearchRequests } from '../components/search-request';
import { SEARCH_SHORTCUTS, useSearchShortcut } from '../components/search-shortcut';
import { SearchAnswer, type Navigate } from './search-answer';
import styles from './search-page.module.css';


/** How long the live region waits, empty, before its first answer: screen readers must have met it. */
const ANNOUNCE_AFTER_MS = 250;

interface Props {
  /** The state of the URL the server rendered, and its results (null for an empty query). */
  initialState: SearchUrlState;
  initialOutcome: SearchOutcome | null;
  /** Category key to title, for results and facets. */
  categoryTitles: Readonly<Record<string, string>>;
  personNames: Readonly<Record<string, string>>;
}

/** How a change of state enters the history: typing edits its own entry, a submitted query or a click adds one. */
type HistoryMode = 'push' | 'typing' | 'none';

function currentUrlState(): SearchUrlState {
  return readSearchUrlState(new URLSearchParams(window.location.search));
}

/**
 * The search page, live: rendered on the server from the URL with its results, then searching as
 * you type through `/api/search`, with the URL kept in step so that Back, reload and sharing work.
 */
export function SearchView({ initialState, initialOutcome, categoryTitles, personNames }: Props) {
  const [text, setText] = useState(initialState.q);
  const [shown, setShown] = useState<{ state: SearchUrlState; outcome: SearchOutcome | null }>({ state: initialState, outcome: initialOutcome });
  const [pending, setPending] = useState(false);
  /** The state last asked for (target's value, for rendering): the form's filters and toggle follow it. */
  const [asked, setAsked] = useState(initialState);
  /** The state last asked for, shown or still loading: what a refinement starts from. */
  const target = useRef(initialState);
  /** Whether the current history entry was made by typing, and so is typing's to rewrite. */
  const typingEntry = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const { request, cancel } = useSearchRequests();
  useSearchShortcut(inputRef);

  const writeHistory = (state: SearchUrlState, mode: HistoryMode) => {
    const path = searchStatePath(state);
    if (mode === 'none' || path === `${window.location.pathname}${window.location.search}`) return;
    // Typing's first search gets an entry of its own, so Back returns to the query before it.
    if (mode === 'typing' && typingEntry.current) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    typingEntry.current = mode === 'typing';
  };

  const show = useCallback(
    (state: SearchUrlState, mode: HistoryMode, delayMs = 0) => {
      target.current = state;
      setAsked(state);
      if (!hasQuery(state)) {
        cancel();
        setPending(false);
        setShown({ state, outcome: null });
        writeHistory(state, mode);
        return;
      }
      setPending(true);
      request(searchApiPath(state), {
        delayMs,
        onStart: () => writeHistory(state, mode),
        onDone: (outcome) => {
          setPending(false);
          setShown({ state, outcome });
        },
      });
    },
    // writeHistory reads only refs and window.
    [request, cancel],
  );

  // A new server render (a link to /search from elsewhere on the site) brings a new state.
  const initialPath = searchStatePath(initialState);
  useEffect(() => {
    if (sameSearch(initialState, target.current)) return;
    cancel();
    setPending(false);
    target.current = initialState;
    setAsked(initialState);
    setText(initialState.q);
    setShown({ state: initialState, outcome: initialOutcome });
    // Only the path says whether the state changed; the objects are new on every render.
  }, [initialPath]);

  useEffect(() => {
    const adoptUrl = () => {
      // Back to another page: the router replaces this one.
      if (window.location.pathname !== searchPath) return;
      const state = currentUrlState();
      // A move within the page (a link to the results heading) is no other search.
      if (sameSearch(state, target.current)) return;
      typingEntry.current = false;
      setText(state.q);
      show(state, 'none');
    };
    // A page restored from the router's cache may show an older state than its URL.
    if (!sameSearch(currentUrlState(), target.current)) adoptUrl();
    window.addEventListener('popstate', adoptUrl);
    return () => window.removeEventListener('popstate', adoptUrl);
  }, [show]);

  const navigate: Navigate = (state, options) => {
    setText(state.q);
    show(state, 'push');
    if (options?.toResults) resultsRef.current?.focus({ preventScroll: false });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const state = refineSearch(target.current, { q: text });
    // A query that typing already put in the URL has its entry: submitting it adds no other.
    show(state, typingEntry.current ? 'typing' : 'push');
    typingEntry.current = false;
    // On a touch screen the keyboard stays up over the results while the field has the focus; "Go"
    // puts it away, as the header's search does.
    if (window.matchMedia('(pointer: coarse)').matches) inputRef.current?.blur();
  };

  const { state, outcome } = shown;
  const filters = filterWords(activeFilters(state, categoryTitles, personNames));
  const announcement = outcome?.ok
    ? resultsAnnouncement(outcome.response.total, state.q, { filters, page: state.page, pages: pageCount(outcome.response.total, SEARCH_PAGE_SIZE), period: outcome.response.queryPeriod })
    : outcome
      ? outcome.error
      : '';
  // The server titled the page it rendered; a search shown since is titled here, as it would be.
  const title = hasQuery(state) ? `${searchPageTitle(state.q, { filters, page: state.page })} · ${SITE_NAME}` : `Search · ${SITE_NAME}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  // A live region announces a change, not what it held when it appeared: the page's first answer
  // is put in once the region is there, so that arriving from the header's search says it too.
  const [announcing, setAnnouncing] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncing(true), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Search</h1>
      <form id="search-form" role="search" action={searchPath} method="get" className={styles.form} onSubmit={onSubmit}>
        <label htmlFor="search-page-input" className="visually-hidden">
          Search the reports
        </label>
        <div className={styles.queryRow}>
          <input
            ref={inputRef}
            id="search-page-input"
            className={styles.input}
            type="search"
            name="q"
            value={text}
            placeholder="Words, names, “a phrase”"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts={SEARCH_SHORTCUTS}
            autoFocus={!hasQuery(initialState)}
            onChange={(event) => {
              setText(event.target.value);
              show(refineSearch(target.current, { q: event.target.value }), 'typing', TYPING_DELAY_MS);
            }}
          />
          <button type="submit" className={styles.submit}>
            Search
          </button>
        </div>
        {/* Without JavaScript a new query keeps the filters it was typed under. */}
        {(['from', 'to', 'category', 'person'] as const).map((name) => {
          const value = asked[name];
          return value ? <input key={name} type="hidden" name={name} value={value} /> : null;
        })}
        <label className={styles.toggle}>
          <input
            type="checkbox"
            name="collapse"
            value="project"
            checked={asked.collapse}
            onChange={(event) => navigate(refineSearch(target.current, { q: text, collapse: event.target.checked }))}
          />{' '}
          One result per project
        </label>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            name="sort"
            value="newest"
            checked={asked.newest === true}
            onChange={(event) => navigate(refineSearch(target.current, { q: text, newest: event.target.checked }))}
          />{' '}
          Newest first
        </label>
      </form>
      <p className="visually-hidden" aria-live="polite" role="status" data-testid="search-announcement">
        {announcing ? announcement : ''}
      </p>
      {outcome ? (
        <SearchAnswer state={state} outcome={outcome} pending={pending} categoryTitles={categoryTitles} personNames={personNames} navigate={navigate} resultsHeadingRef={resultsRef} />
      ) : (
        <p className={styles.intro}>
          Search every entry of every report at once: titles, text, people, links. Put words in quotes to find them side by
          side, and a minus before a word (<code>bhyve -arm64</code>) to leave out the entries holding it; narrow the results by
          year or category once they are shown.
        </p>
      )}
    </div>
  );
}
