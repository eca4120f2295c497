import { createHash } from 'node:crypto';
import { entryApiPath, isEntryId, personPath } from '../routes';
import type { Entry, PeopleIndex, ProjectIndex, SubjectIndex } from '../model';
import { withdrawnMessage } from './entry-ledger';
import { entryToJson, type EntryJson } from './json';
import type { KnowledgeBase } from './load';

/**
 * What a JSON endpoint of the site answers, before HTTP: a document, a permanent redirect to
 * another API path (a renamed project), or a refusal with `{error}` (a bad parameter, nothing there).
 * `perRequest` names a field of the document that differs from one request to the next however
 * alike the answers (a search's `tookMs`): its ETag leaves that field out.
 */
export type EndpointResult<T> =
  | { status: 200; body: T; perRequest?: keyof T & string }
  | { status: 308; location: string }
  | { status: 400 | 404; body: { error: string } };

/**
 * The media type of every JSON answer. RFC 8259 defines no charset for it, so a conforming parser
 * ignores this; but a tool that decodes the bytes by the header before parsing (Python's
 * `get_content_charset()` gives None without it, a script falling back to Latin-1) would read
 * "José" wrongly, and the pages and feeds say utf-8 already.
 */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Read-only and embeddable from the wiki and other tools: any origin may GET, caches may keep answers. */
export function apiResponseHeaders(status: number): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    // A refusal is not worth keeping: the thing asked for may exist after the next import.
    'Cache-Control': status >= 400 ? 'no-store' : 'public, max-age=300',
  };
}

/**
 * The ETag of a JSON document: a hash of its bytes, so the same in every process and replica (the
 * feeds' rule, lib/feeds), which lets a poll be answered 304 (lib/server/not-modified.ts) by either.
 * With `perRequest`, that top-level field is left out of the hash and the tag is weak: two answers
 * with it say the same, not byte for byte. In JSON text an unescaped `"name":` can only be a key.
 */
export function jsonEntityTag(json: string, perRequest?: string): string {
  if (perRequest === undefined) return entityTag(json);
  return `W/${entityTag(json.replace(new RegExp(`"${perRequest}":[^,}]*,?`), ''))}`;
}

/** A strong ETag of a text: a hash of its bytes, the same in every process (feeds and JSON answers alike). */
export function entityTag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/** An endpoint's answer ready for HTTP: the JSON written and its ETag made once, to be sent as often as asked. */
export type WrittenAnswer = { status: 200; json: string; etag: string } | { status: 308; location: string } | { status: 400 | 404; json: string };

export function writeAnswer<T>(result: Exclude<EndpointResult<T>, { status: 308 }>): Exclude<WrittenAnswer, { status: 308 }>;
export function writeAnswer<T>(result: EndpointResult<T>): WrittenAnswer;
export function writeAnswer<T>(result: EndpointResult<T>): WrittenAnswer {
  if (result.status === 308) return result;
  const json = JSON.stringify(result.body);
  return result.status === 200 ? { status: 200, json, etag: jsonEntityTag(json, result.perRequest) } : { status: result.status, json };
}

/**
 * The answer for `key` kept in `kept` once written: an answer found or a redirect, made once per
 * content (the caller's `kept` lives as long as the index it answers from). A 404 is made afresh
 * each time: kept, every slug a crawler made up would stay in memory.
 */
export function keptAnswer<T>(kept: Map<string, WrittenAnswer>, key: string, answer: () => EndpointResult<T>): WrittenAnswer {
  const known = kept.get(key);
  if (known) return known;
  const written = writeAnswer(answer());
  if (written.status === 200 || written.status === 308) kept.set(key, written);
  return written;
}

/**
 * The HTTP response for an endpoint's answer. A redirect's target stays a path: the request's own
 * URL names the host Next listens on, not the one the client asked for behind a proxy. It keeps
 * the request's query, as the server's own redirects do (capitals, a trailing slash).
 */
export function endpointResponse<T>(result: EndpointResult<T> | WrittenAnswer, request?: Request): Response {
  const written = 'body' in result ? writeAnswer(result) : result;
  const headers = apiResponseHeaders(written.status);
  if (written.status === 308) return new Response(null, { status: 308, headers: { ...headers, Location: written.location + (request ? new URL(request.url).search : '') } });
  if (written.status === 200) headers.ETag = written.etag;
  return new Response(written.json, { status: written.status, headers: { ...headers, 'Content-Type': JSON_CONTENT_TYPE } });
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

/** A person an entry names, as the project and subject answers name them (their `people` without the counts). */
export interface EntryPersonJson {
  slug: string;
  name: string;
  url: string;
}

/**
 * An entry as `/api/entries/…` answers it: its JSON, which kind of answer it is, and where a tool goes next without reading
 * HTML: the people it names (their slugs, as `/api/search?person=` takes them) and the subjects
 * whose main timeline holds it (`/api/subjects/<slug>`). Its project is `project`.
 */
export interface EntryApiJson extends EntryJson {
  /** What the document is, as a project's and a subject's answers say (`"project"`, `"subject"`). */
  kind: 'entry';
  people: EntryPersonJson[];
  subjects: string[];
}

/** What an entry's answer links to besides its project; absent, the lists are empty. */
export interface EntryNeighbours {
  people?: Pick<PeopleIndex, 'byEntryId'>;
  subjects?: Pick<SubjectIndex, 'byEntryId'>;
}

/** An entry as the API and `kb show --json` give it: its JSON, its project's slug, its people and subjects. */
export function entryApiJson(entry: Entry, project: string | undefined, neighbours: EntryNeighbours = {}): EntryApiJson {
  const people = (neighbours.people?.byEntryId.get(entry.id) ?? []).map((p) => ({ slug: p.slug, name: p.name, url: personPath(p.slug) }));
  const subjects = (neighbours.subjects?.byEntryId.get(entry.id) ?? []).map((s) => s.slug);
  return { kind: 'entry', ...entryToJson(entry, project), people, subjects };
}

/** `/api/entries/<report>/<slug>` without the HTTP: the entry's full JSON, its project's slug from the index, its people and subjects. */
export function answerEntryRequest(
  report: string,
  slug: string,
  kb: Pick<KnowledgeBase, 'getEntry'>,
  projects: Pick<ProjectIndex, 'byEntryId'>,
  aliases: ReadonlyMap<string, string> = new Map(),
  withdrawn: ReadonlyMap<string, string> = new Map(),
  neighbours: EntryNeighbours = {},
): EndpointResult<EntryApiJson> {
  const id = `${report}/${slug}`;
  const entry = kb.getEntry(id);
  const now = aliases.get(id);
  // Another id of an entry (one a re-import gave up, its file's name) leads to the entry.
  if (!entry && now) return { status: 308, location: entryApiPath(now) };
  const title = withdrawn.get(id);
  if (!entry && title !== undefined) return { status: 404, body: { error: withdrawnMessage(id, title) } };
  if (!entry) return { status: 404, body: { error: `no entry "${id}"` } };
  return { status: 200, body: entryApiJson(entry, projects.byEntryId.get(id)?.slug, neighbours) };
}
