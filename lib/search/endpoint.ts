import type { EndpointResult } from '../content';
import { parseSearchParams } from './params';
import type { SearchEngine } from './search';
import type { SearchResponse } from './types';

/**
 * `/api/search` without the HTTP: validates the parameters (400 with `{error}` naming the
 * bad one, a category or person the index does not know included) and searches. Kept here so
 * tests reach it without a server; the route is a shell.
 */
export function answerSearchRequest(params: URLSearchParams, engine: SearchEngine): Exclude<EndpointResult<SearchResponse>, { status: 308 }> {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
  const error = engine.filterError(parsed.query);
  if (error !== undefined) return { status: 400, body: { error } };
  // Its timing differs between two identical searches: a poll's ETag must not.
  return { status: 200, body: engine.search(parsed.query), perRequest: 'tookMs' };
}
