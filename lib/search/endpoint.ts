import { parseSearchParams } from './params';
import type { SearchEngine } from './search';
import type { SearchResponse } from './types';

export type SearchEndpointResult = { status: 200; body: SearchResponse } | { status: 400; body: { error: string } };

/** Read-only, embeddable from the wiki and other tools: any origin may GET. */
export const SEARCH_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=300',
};

/** Headers for an answer of the given status: a refused request is not worth caching. */
export function searchResponseHeaders(status: number): Record<string, string> {
  return status === 200 ? { ...SEARCH_RESPONSE_HEADERS } : { ...SEARCH_RESPONSE_HEADERS, 'Cache-Control': 'no-store' };
}

/**
 * `/api/search` without the HTTP: validates the parameters (400 with `{error}` naming the
 * bad one, a category or person the index does not know included) and searches. Kept here so
 * tests reach it without a server; the route is a shell.
 */
export function answerSearchRequest(params: URLSearchParams, engine: SearchEngine): SearchEndpointResult {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
  const error = engine.filterError(parsed.query);
  if (error !== undefined) return { status: 400, body: { error } };
  return { status: 200, body: engine.search(parsed.query) };
}
