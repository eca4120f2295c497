import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** The entity tags an `If-None-Match` names, weak or not (RFC 9110 §13.1.2 compares them weakly); `*` as itself. */
function taggedIn(ifNoneMatch: string): string[] {
  return ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).filter(Boolean);
}

function headerOf(headers: OutgoingHttpHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Answers a GET or HEAD whose `If-None-Match` names the ETag of what would be sent with 304 Not
 * Modified and no body. Next does so for pages but not for route handlers: a feed reader polling
 * `/feed.xml` (188 KB) got the whole feed every time from a server without nginx in front.
 * Node drops the body of a 304 itself; the status is decided when the headers go out.
 */
export function answerNotModified(request: IncomingMessage, response: ServerResponse): void {
  const asked = request.headers['if-none-match'];
  if (typeof asked !== 'string' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
  const tags = taggedIn(asked);
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((statusCode: number, ...rest: unknown[]): ServerResponse => {
    const headers = rest.find((r): r is OutgoingHttpHeaders => typeof r === 'object' && r !== null && !Array.isArray(r));
    // Next appends a route handler's headers, which the response then holds as a list.
    const set = response.getHeader('etag');
    const etag = headerOf(headers, 'etag') ?? (Array.isArray(set) ? set[0] : typeof set === 'string' ? set : undefined);
    const same = typeof etag === 'string' && (tags.includes('*') || tags.includes(etag.replace(/^W\//, '')));
    return statusCode === 200 && same ? writeHead(304, ...rest) : writeHead(statusCode, ...rest);
  }) as ServerResponse['writeHead'];
}
