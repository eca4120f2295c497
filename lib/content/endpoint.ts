import { entryApiPath, isEntryId } from '../routes';
import type { ProjectIndex } from '../model';
import { entryToJson, type EntryJson } from './json';
import type { KnowledgeBase } from './load';

/**
 * What a JSON endpoint of the site answers, before HTTP: a document, a permanent redirect to
 * another API path (a renamed project), or a refusal with `{error}` (a bad parameter, nothing there).
 */
export type EndpointResult<T> =
  | { status: 200; body: T }
  | { status: 308; location: string }
  | { status: 400 | 404; body: { error: string } };

/** Read-only and embeddable from the wiki and other tools: any origin may GET, caches may keep answers. */
export function apiResponseHeaders(status: number): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    // A refusal is not worth keeping: the thing asked for may exist after the next import.
    'Cache-Control': status >= 400 ? 'no-store' : 'public, max-age=300',
  };
}

/**
 * The HTTP response for an endpoint's answer. A redirect's target stays a path: the request's own
 * URL names the host Next listens on, not the one the client asked for behind a proxy.
 */
export function endpointResponse<T>(result: EndpointResult<T>): Response {
  const headers = apiResponseHeaders(result.status);
  if (result.status === 308) return new Response(null, { status: 308, headers: { ...headers, Location: result.location } });
  return Response.json(result.body, { status: result.status, headers });
}

/** The endpoints DESIGN.md gives, named in the answer to any other `/api` path. */
const API_ENDPOINTS = ['/api/search?q=…', '/api/entries/<report>/<slug>', '/api/projects/<slug>', '/api/subjects/<slug>'];

/**
 * What `/api/<anything else>` answers: a 404 in JSON that lists the endpoints there are. An entry
 * asked for by its id in one segment (`encodeURIComponent(id)` writes its `/` as `%2F`) is
 * answered where it is.
 */
export function unknownApiAnswer(segments: readonly string[]): EndpointResult<never> {
  const [kind, id] = segments;
  if (segments.length === 2 && kind === 'entries' && id && isEntryId(id)) return { status: 308, location: entryApiPath(id) };
  const path = ['/api', ...segments].join('/');
  return { status: 404, body: { error: `no endpoint at ${path.slice(0, 200)}; the API has ${API_ENDPOINTS.join(', ')}` } };
}

/** `/api/entries/<report>/<slug>` without the HTTP: the entry's full JSON, its project's slug from the index. */
export function answerEntryRequest(
  report: string,
  slug: string,
  kb: Pick<KnowledgeBase, 'getEntry'>,
  projects: Pick<ProjectIndex, 'byEntryId'>,
  aliases: ReadonlyMap<string, string> = new Map(),
): EndpointResult<EntryJson> {
  const id = `${report}/${slug}`;
  const entry = kb.getEntry(id);
  const now = aliases.get(id);
  // Another id of an entry (one a re-import gave up, its file's name) leads to the entry.
  if (!entry && now) return { status: 308, location: entryApiPath(now) };
  if (!entry) return { status: 404, body: { error: `no entry "${id}"` } };
  return { status: 200, body: entryToJson(entry, projects.byEntryId.get(id)?.slug) };
}
