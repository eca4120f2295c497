import { useCallback, useEffect, useRef } from 'react';
import type { SearchResponse } from '../../lib/search';
import type { SearchOutcome } from '../../lib/site/search-url';

/** Enough of a shape check to trust our own API's answer without shipping a schema library to the browser. */
function isSearchResponse(body: unknown): body is SearchResponse {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Partial<Record<keyof SearchResponse, unknown>>;
  return typeof b.total === 'number' && typeof b.tookMs === 'number' && Array.isArray(b.results) && typeof b.facets === 'object' && b.facets !== null;
}

function errorOf(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : undefined;
}

/** One `/api/search` request; rejects only when aborted. */
async function fetchSearch(path: string, signal: AbortSignal): Promise<SearchOutcome> {
  try {
    const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok && isSearchResponse(body)) return { ok: true, response: body };
    return { ok: false, error: errorOf(body) ?? `The search failed (HTTP ${response.status}).` };
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, error: 'The search could not be reached. Check the connection and try again.' };
  }
}

export interface SearchRequestOptions {
  /** Wait this long first; a newer request within it replaces this one unsent. */
  delayMs?: number;
  /** When the request is actually sent (after the delay). */
  onStart?: () => void;
  onDone: (outcome: SearchOutcome) => void;
}

/**
 * One search in flight at a time: a new request cancels the timer of the one before and aborts
 * it if it was sent, so a slow answer to an old query never replaces a newer one.
 */
export function useSearchRequests(): { request: (path: string, options: SearchRequestOptions) => void; cancel: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    controller.current?.abort();
    controller.current = undefined;
  }, []);
  const request = useCallback(
    (path: string, { delayMs = 0, onStart, onDone }: SearchRequestOptions) => {
      cancel();
      const send = () => {
        const current = new AbortController();
        controller.current = current;
        onStart?.();
        fetchSearch(path, current.signal).then(
          (outcome) => {
            if (current.signal.aborted) return;
            controller.current = undefined;
            onDone(outcome);
          },
          () => {
            // Aborted: a newer request took its place.
          },
        );
      };
      if (delayMs > 0) timer.current = setTimeout(send, delayMs);
      else send();
    },
    [cancel],
  );
  useEffect(() => cancel, [cancel]);
  return { request, cancel };
}
