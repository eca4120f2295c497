'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { absoluteUrl, linkFormats, type LinkFormats } from '../../lib/site/link-formats';
import styles from './copy-link.module.css';

const FORMATS: ReadonlyArray<{ key: keyof LinkFormats; label: string }> = [
  { key: 'url', label: 'Link' },
  { key: 'moin', label: 'Wiki (MoinMoin)' },
  { key: 'markdown', label: 'Markdown' },
];

const noSubscription = () => () => {};

/** The clipboard API needs a secure context; elsewhere the selected field is copied the old way. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand('copy');
  }
}

/**
 * "Copy link": the page's absolute URL as is, as a MoinMoin link and as a Markdown link, each
 * with a copy button. The origin is `siteUrl` when the site has one, else the browser's.
 */
export function CopyLink({ path, title, siteUrl }: { path: string; title: string; siteUrl?: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => siteUrl ?? window.location.origin,
    () => siteUrl ?? '',
  );
  const formats = linkFormats(absoluteUrl(path, origin), title);
  // Counted: the same message twice is no change to the status region, and a screen reader would
  // say nothing the second time; every other copy ends with a no-break space, which it does not read.
  const [copied, setCopied] = useState({ message: '', count: 0 });
  const idPrefix = useId();
  return (
    <details
      className={`${styles.copyLink} no-print`}
      onKeyDown={(e) => {
        // Escape closes the panel, as it closes the header's suggestions, and leaves focus on its toggle.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary>Copy link</summary>
      <div className={styles.panel}>
        {FORMATS.map(({ key, label }) => {
          const id = `${idPrefix}-${key}`;
          return (
            <div key={key} className={styles.row}>
              <label htmlFor={id}>{label}</label>
              <input id={id} type="text" readOnly value={formats[key]} onFocus={(e) => e.currentTarget.select()} data-format={key} />
              <button
                type="button"
                aria-label={`Copy ${label}`}
                onClick={async (e) => {
                  const field = e.currentTarget.previousElementSibling as HTMLInputElement | null;
                  const message = (await copyText(formats[key], field)) ? `${label} copied` : 'Could not copy: select the text and copy it';
                  setCopied((last) => ({ message, count: last.count + 1 }));
                }}
              >
                Copy
              </button>
            </div>
          );
        })}
        <p className={styles.status} role="status">
          {copied.message}
          {copied.count % 2 === 0 ? '' : '\u00a0'}
        </p>
      </div>
    </details>
  );
}
