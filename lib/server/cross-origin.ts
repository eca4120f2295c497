import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPath } from './request-path';

/**
 * What other sites' scripts may read: the JSON API (DESIGN.md: "for other tools and the wiki") and
 * the Atom feeds, both public and read-only; not the pages, which stay the site's own.
 */
const CROSS_ORIGIN_PATH = /^\/api(?:\/|$)|\/feed\.xml\/*$/;

/** Whether the path of a request target is the API's or a feed's, as written or percent-decoded (`/%61pi/…` is routed as `/api/…`). */
export function isCrossOriginPath(target: string): boolean {
  const path = requestPath(target);
  if (CROSS_ORIGIN_PATH.test(path)) return true;
  if (!path.includes('%')) return false;
  try {
    return CROSS_ORIGIN_PATH.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

/** Headers a script may read besides the safelisted ones: the validator it sends back to poll. */
const EXPOSED_HEADERS = 'ETag';

/**
 * Lets a script on any origin read every answer to an API or feed path: set before anything else
 * writes, so that it is on the answers no route makes (the server's and Next's 308s for capitals,
 * quarters and trailing slashes, a 304, a 404 page, a 405). The Fetch standard checks every
 * redirect of a cross-origin request, so one 308 without it failed the whole request. Next keeps a
 * header set here rather than adding a route's own copy (two values would fail the check too).
 */
export function allowCrossOrigin(request: IncomingMessage, response: ServerResponse): void {
  if (!isCrossOriginPath(request.url ?? '/')) return;
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/** A header name (RFC 9110 §5.1, a token); anything else asked for is left out of the answer. */
const HEADER_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;

/**
 * The CORS headers of the answer to a preflight (an OPTIONS a browser sends before a request with
 * a header of its own, If-None-Match or X-Requested-With): any origin, the read methods, and the
 * headers it asked for, which vary the answer. Undefined for a path not open to other origins.
 */
export function preflightHeaders(request: IncomingMessage): Record<string, string> | undefined {
  if (!isCrossOriginPath(request.url ?? '/')) return undefined;
  const asked = request.headers['access-control-request-headers'];
  const names = typeof asked === 'string' ? asked.split(',').map((name) => name.trim()).filter((name) => HEADER_NAME.test(name)) : [];
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, HEAD',
    ...(names.length > 0 ? { 'Access-Control-Allow-Headers': names.join(', ') } : {}),
    // A day: browsers cap it lower (Chromium at 2 hours); a preflight per request doubled them.
    'Access-Control-Max-Age': '86400',
    Vary: 'Access-Control-Request-Headers',
  };
}
