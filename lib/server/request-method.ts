import type { IncomingMessage, ServerResponse } from 'node:http';
import { preflightHeaders } from './cross-origin';

/**
 * The site only reads: no forms, no server actions. Next.js meets other methods with a 500
 * (route handlers throw on TRACE) or takes a POST for a server action that does not exist (500
 * again, or 409), so the site's server answers them itself, before Next sees them.
 */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Whether Next.js (or the search API) should answer this method. */
export function isReadMethod(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * Answers any other method: OPTIONS with the methods allowed (and, on the API and the feeds, what a
 * browser's CORS preflight needs), everything else with 405.
 */
export function answerOtherMethod(request: IncomingMessage, response: ServerResponse): void {
  // Any body is read and dropped, so that the connection stays usable for the next request.
  request.resume();
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { Allow: ALLOWED_METHODS, 'Cache-Control': 'no-store', ...preflightHeaders(request) }).end();
    return;
  }
  const message = `${request.method ?? 'This method'} is not allowed here: this site only reads (${ALLOWED_METHODS}).`;
  // The API answers in JSON, its errors too (`{error}`), for the tools that call it.
  const api = (request.url ?? '').startsWith('/api/');
  const body = api ? JSON.stringify({ error: message }) : `${message}\n`;
  // The API's JSON_CONTENT_TYPE (lib/content), written out: lib/server stays below lib/content.
  const type = api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  response.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' }).end(body);
}
