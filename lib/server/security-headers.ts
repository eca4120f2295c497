import type { ServerResponse } from 'node:http';

/**
 * What every answer of the server tells the browser, as a second wall behind the sanitizer that
 * renders upstream's text: scripts, styles, pictures and requests only from the site itself (Next's
 * inline bootstrap scripts and style attributes aside), no plugins, no other site framing the
 * pages, no guessing of content types, and only the site's origin in the Referer of a link out.
 * An entry linking a picture elsewhere shows no picture rather than telling that host who reads it.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Sets SECURITY_HEADERS on a response before anything else writes to it. */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
