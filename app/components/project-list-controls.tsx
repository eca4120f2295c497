'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { filterSearchPath } from '../../lib/site/search-instead';
import styles from './project-list-controls.module.css';

export interface ListSort {
  value: string;
  label: string;
  /**
   * Keys compared in turn: a `data-*` attribute name holding a number (largest first), or
   * `text` for the row's first link text (A to Z).
   */
  keys: readonly string[];
}

interface Props {
  /** The id of the server-rendered list (`<ol>` or `<ul>`) whose `<li>` rows this controls. */
  listId: string;
  sorts: readonly ListSort[];
  /** What a row is called: "project", "person". */
  noun: string;
  plural: string;
  filterLabel: string;
  /** Lists filtered with it but counted apart (the teams and mailing lists under the people): each `{id, one, many}`; a list with no match hides its section. */
  alsoFiltered?: readonly { id: string; one: string; many: string }[];
}

const SORT_PARAM = 'sort';
const FILTER_PARAM = 'filter';

function compareBy(keys: readonly string[]) {
  return (a: HTMLElement, b: HTMLElement): number => {
    for (const key of keys) {
      const diff =
        key === 'text'
          ? (a.querySelector('a')?.textContent ?? '').localeCompare(b.querySelector('a')?.textContent ?? '', 'en', { sensitivity: 'base' })
          : Number(b.dataset[key] ?? 0) - Number(a.dataset[key] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  };
}

/** The default of `alsoFiltered`: one array for every render, since the effect that reads it runs again whenever it is a new one. */
const NO_OTHER_LISTS: NonNullable<Props['alsoFiltered']> = [];

/** Hides the rows not holding every word (in their text or their `data-k` spellings); the number left. */
function filterRows(rows: readonly HTMLElement[], words: readonly string[]): number {
  let count = 0;
  for (const row of rows) {
    const haystack = `${row.textContent ?? ''} ${row.dataset.k ?? ''}`.toLowerCase();
    const match = words.every((w) => haystack.includes(w));
    row.hidden = !match;
    if (match) count++;
  }
  return count;
}

/**
 * A text filter and a sort order for a long list the server rendered in full. It moves and hides
 * the existing rows rather than rendering them again, so the rows stay plain HTML: no client
 * component per row, and the whole list works without script.
 */
export function ListControls({ listId, sorts, noun, plural, filterLabel, alsoFiltered = NO_OTHER_LISTS }: Props) {
  const [query, setQuery] = useState('');
  // A string, not an array: a state equal to the last one renders nothing again.
  const [alsoShown, setAlsoShown] = useState('');
  const [sort, setSort] = useState(sorts[0]?.value ?? '');
  const [shown, setShown] = useState<number | null>(null);
  const original = useRef<HTMLElement[] | null>(null);
  // The other lists' rows in their first order, by list id: sorting "by name" again restores it.
  const otherOriginals = useRef(new Map<string, HTMLElement[]>());
  const id = useId();
  // The sort and the filter live in the URL (`?sort=entries&filter=zfs`): a sorted list can be
  // shared, and reload and Back keep it. Read once the page is in the browser, written after.
  const [urlRead, setUrlRead] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const asked = params.get(SORT_PARAM);
    if (asked && sorts.some((s) => s.value === asked)) setSort(asked);
    setQuery(params.get(FILTER_PARAM) ?? '');
    setUrlRead(true);
  }, [sorts]);

  useEffect(() => {
    if (!urlRead) return;
    const url = new URL(window.location.href);
    if (sort === sorts[0]?.value) url.searchParams.delete(SORT_PARAM);
    else url.searchParams.set(SORT_PARAM, sort);
    if (query.trim()) url.searchParams.set(FILTER_PARAM, query);
    else url.searchParams.delete(FILTER_PARAM);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [urlRead, sort, query, sorts]);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const rows = (original.current ??= [...list.children].filter((el): el is HTMLElement => el instanceof HTMLElement));
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const count = filterRows(rows, words);
    const keys = sorts.find((s) => s.value === sort)?.keys ?? [];
    // Each list in its first order or the one chosen. Moving nodes already in place costs a layout
    // each: a list is only touched when its order changed.
    const arrange = (target: HTMLElement, firstOrder: readonly HTMLElement[]) => {
      const order = keys.length ? [...firstOrder].sort(compareBy(keys)) : firstOrder;
      if (order.some((row, i) => target.children[i] !== row)) target.append(...order);
    };
    const others: string[] = [];
    for (const other of alsoFiltered) {
      const otherList = document.getElementById(other.id);
      if (!otherList) continue;
      if (!otherOriginals.current.has(other.id)) otherOriginals.current.set(other.id, [...otherList.children].filter((el): el is HTMLElement => el instanceof HTMLElement));
      const otherRows = otherOriginals.current.get(other.id) ?? [];
      const matches = filterRows(otherRows, words);
      const section = otherList.closest('section');
      if (section) section.hidden = matches === 0;
      if (words.length > 0 && matches > 0) others.push(`${matches.toLocaleString('en-US')} ${matches === 1 ? other.one : other.many}`);
      // "Most entries" puts the release engineering team above a conference's one-entry address too.
      arrange(otherList, otherRows);
    }
    setAlsoShown(others.join(', '));
    arrange(list, rows);
    setShown(count);
  }, [listId, query, sort, sorts, alsoFiltered]);

  const total = original.current?.length;
  // A filter that leaves nothing may still name what the reports' text holds.
  const emptySearch = filterSearchPath(query);
  return (
    // Invisible (its room kept, so nothing shifts) until the script runs: without it the controls could do nothing.
    <form
      className={`${styles.controls} no-print`}
      role="search"
      aria-label={`Filter and sort the ${plural}`}
      onSubmit={(e) => e.preventDefault()}
      style={urlRead ? undefined : { visibility: 'hidden' }}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-q`}>{filterLabel}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value)}>
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.count} role="status">
        {shown !== null && total !== undefined && shown !== total
          ? `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${plural}`
          : shown !== null
            ? `${shown.toLocaleString('en-US')} ${shown === 1 ? noun : plural}`
            : ''}
        {alsoShown && `; also ${alsoShown}`}
      </p>
      {shown === 0 && !alsoShown && emptySearch && (
        <p className={styles.empty}>
          No {plural} match “{query.trim()}”. <a href={emptySearch}>Search the reports’ full text for it</a>.
        </p>
      )}
    </form>
  );
}
