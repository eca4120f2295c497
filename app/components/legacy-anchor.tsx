'use client';

import { useEffect, useState } from 'react';
import { decodeHash, nearestEntry, resolveLegacyAnchor, type LegacyAnchorTable } from '../../lib/site/upstream-anchors';
import styles from './legacy-anchor.module.css';

/** The report page's entries: `<article class="entry" id=slug>` headed by an `<h3>` title. */
const ENTRY_SELECTOR = 'article.entry';

interface Miss {
  anchor: string;
  nearest?: { id: string; title: string };
}

function isEntry(id: string): boolean {
  return document.getElementById(id)?.matches(ENTRY_SELECTOR) ?? false;
}

function pageEntries(): Array<{ id: string; title: string }> {
  return [...document.querySelectorAll<HTMLElement>(ENTRY_SELECTOR)].map((section) => ({
    id: section.id,
    title: section.querySelector('h3')?.textContent?.trim() ?? section.id,
  }));
}

/** Brings an element into view and gives it focus, so keyboard and screen reader users land there too. */
function goTo(element: HTMLElement, id: string): void {
  element.scrollIntoView({ block: 'start' });
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  // Next.js keeps its router state in history.state: pass it on.
  window.history.replaceState(window.history.state, '', `#${encodeURIComponent(id)}`);
}

/**
 * Makes the anchors of upstream's old report pages work here (`#Title-With-Dashes`,
 * `#_title_with_underscores`, …): when the address's fragment names no element, it is looked up
 * in the report's table of legacy anchors and the entry it meant is scrolled to and focused.
 * Where nothing matches, a dismissible notice offers the entry whose title is nearest.
 */
export function LegacyAnchor({ table }: { table: LegacyAnchorTable }) {
  const [miss, setMiss] = useState<Miss | undefined>();

  useEffect(() => {
    const follow = (): void => {
      const anchor = decodeHash(window.location.hash);
      if (anchor === '' || document.getElementById(anchor)) {
        setMiss(undefined);
        return;
      }
      const target = resolveLegacyAnchor(anchor, table, isEntry);
      const element = target === undefined ? null : document.getElementById(target);
      if (target !== undefined && element) {
        setMiss(undefined);
        goTo(element, target);
        return;
      }
      const nearest = nearestEntry(anchor, pageEntries());
      setMiss(nearest ? { anchor, nearest } : { anchor });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [table]);

  if (!miss) return null;
  return (
    <div className={styles.notice} role="status" data-legacy-anchor-notice="">
      <p>
        No entry named “{miss.anchor}” here
        {miss.nearest ? (
          <>
            ; nearest: <a href={`#${encodeURIComponent(miss.nearest.id)}`}>{miss.nearest.title}</a>
          </>
        ) : (
          '.'
        )}
      </p>
      <button type="button" className={styles.dismiss} onClick={() => setMiss(undefined)} aria-label="Dismiss this notice">
        ×
      </button>
    </div>
  );
}
