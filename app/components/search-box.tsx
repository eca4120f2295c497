'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { reportLabel } from '../../lib/model/report-id';
import { searchPath, searchQueryPath } from '../../lib/routes';
import { searchApiPath, SUGGESTION_LIMIT, SUGGESTION_REQUEST_LIMIT, TYPING_DELAY_MS, type SearchOutcome } from '../../lib/site/search-url';
import { onePerProject, periodSuffix, resultCount, resultsAnnouncement, subjectCardSummary, WORDS_APART } from '../../lib/site/search-view';
import { useSearchRequests } from './search-request';
import { SEARCH_SHORTCUTS, useSearchShortcut } from './search-shortcut';
import styles from './search-box.module.css';


interface Option {
  href: string;
  title: string;
  detail?: string;
  /** The last option: the full results page rather than one entry. */
  all?: boolean;
  /** The first entry holding a quoted phrase's words apart, after those holding it as written. */
  firstApart?: boolean;
}

/** What the popup offers for an answer: the subject the search names, the top entries, then the full results page. */
function optionsOf(query: string, outcome: SearchOutcome): Option[] {
  const all = { href: searchQueryPath(query), all: true };
  if (!outcome.ok) return [{ ...all, title: `Search the reports for “${query}”` }];
  const { results, total, phraseTotal, subject, queryPeriod } = outcome.response;
  // "zfs 2019" searched 2019 only: the popup says so before the page's note can.
  const within = periodSuffix(queryPeriod);
  // A reader typing "bhyve" most often wants bhyve over the years, which its subject page shows.
  const subjects: Option[] = subject ? [{ href: subject.url, title: subject.title, detail: `Subject: ${subjectCardSummary(subject)}` }] : [];
  const kept = onePerProject(results, SUGGESTION_LIMIT);
  const apart = (rank: number): boolean => phraseTotal !== undefined && rank >= phraseTotal;
  const entries: Option[] = kept.map(({ result: r, rank }, i) => ({
    href: r.url,
    title: r.title,
    detail: reportLabel(r.report),
    firstApart: apart(rank) && !kept.slice(0, i).some((k) => apart(k.rank)),
  }));
  return [...subjects, ...entries, { ...all, title: total > 0 ? `See all ${resultCount(total)}${within}` : `No results for “${query}”${within}: open the search page` }];
}

/**
 * The header's search box on every page but /search (which has its own): an ARIA 1.2 combobox
 * whose listbox shows the top results as you type. Without JavaScript it is a plain GET form.
 */
export function SearchBox() {
  return usePathname() === searchPath ? null : <HeaderSearch />;
}

function HeaderSearch() {
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<{ query: string; outcome: SearchOutcome } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { request, cancel } = useSearchRequests();
  useSearchShortcut(inputRef);

  const query = text.trim();
  const options = answer && query ? optionsOf(answer.query, answer.outcome) : [];
  const expanded = open && options.length > 0;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Another page: whatever the popup showed belongs to the last one.
  useEffect(() => {
    setOpen(false);
    setActive(-1);
  }, [pathname]);

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const search = (value: string) => {
    setText(value);
    setActive(-1);
    const q = value.trim();
    if (!q) {
      cancel();
      setAnswer(null);
      setOpen(false);
      return;
    }
    setOpen(true);
    request(searchApiPath({ q, page: 1, collapse: false }, SUGGESTION_REQUEST_LIMIT), {
      delayMs: TYPING_DELAY_MS,
      onDone: (outcome) => {
        setAnswer({ query: q, outcome });
        setActive(-1);
      },
    });
  };

  const go = (href: string) => {
    cancel();
    setOpen(false);
    setActive(-1);
    setText('');
    setAnswer(null);
    inputRef.current?.blur();
    router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : count - 1);
        } else {
          setActive(down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
        }
        return;
      }
      case 'Enter': {
        const option = expanded && active >= 0 ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          go(option.href);
        }
        return; // No active option: the form's submit goes to the search page.
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          search('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(query ? searchQueryPath(query) : searchPath);
  };

  const announcement = answer && query && answer.outcome.ok ? resultsAnnouncement(answer.outcome.response.total, answer.query, { period: answer.outcome.response.queryPeriod }) : '';

  return (
    <form role="search" aria-label="Site search" action={searchPath} method="get" className={styles.form} onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the reports
      </label>
      <div className={styles.field}>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className={styles.input}
          // A text input: HTML allows the combobox role on it, not on type="search" (the form's search role says what it is for).
          type="text"
          name="q"
          value={text}
          placeholder="Search the reports"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts={SEARCH_SHORTCUTS}
          aria-describedby={`${id}-hint`}
          onChange={(e) => search(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <span id={`${id}-hint`} className={styles.hint}>
          <span className="visually-hidden">Press </span>
          <kbd>/</kbd>
          <span className="visually-hidden"> or Control K to search from anywhere on the page</span>
        </span>
        <button type="submit" className={styles.submit} aria-label="Search">
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M12.5 12.5 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {/* Kept in the page while closed, so aria-controls always names an element. */}
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Search results"
        className={styles.listbox}
        hidden={!expanded}
        // Keeps the focus in the box, so a click on an option is not a blur that closes the list first.
        onMouseDown={(e) => e.preventDefault()}
      >
        {expanded &&
          options.map((option, i) => (
            <li
              key={`${option.href}-${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={option.all ? `${styles.option} ${styles.all}` : styles.option}
              onClick={() => go(option.href)}
            >
              {option.firstApart && <span className={styles.apart}>{WORDS_APART}</span>}
              <span className={styles.optionTitle}>{option.title}</span>
              {option.detail && <span className={styles.optionDetail}>{option.detail}</span>}
            </li>
          ))}
      </ul>
      <p className="visually-hidden" aria-live="polite" role="status">
        {open ? announcement : ''}
      </p>
    </form>
  );
}
