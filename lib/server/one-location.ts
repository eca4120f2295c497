import type { ServerResponse } from 'node:http';

/**
 * Makes every `Location` a response is given replace the one before rather than add a second.
 * Next (16.4) appends a redirect's cached `Location` to the one its render already set, when a
 * page rendered on request redirects (`/wiki/<name>`, `/references/…`): browsers follow either,
 * but clients that join repeated headers (python-requests, link checkers, some proxies) follow
 * "/a, /a" to a 404. Upstream: vercel/next.js#82117.
 */
export function keepOneLocation(response: ServerResponse): void {
  const append = response.appendHeader.bind(response);
  response.appendHeader = (name, value) => (name.toLowerCase() === 'location' ? response.setHeader(name, value) : append(name, value));
}
