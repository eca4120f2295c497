import type { ServerResponse } from 'node:http';

/** How long a shared cache or a browser may keep a page or a feed before asking again (an ETag makes asking cheap). */
export const PAGE_CACHE_CONTROL = 'public, max-age=300';

/**
 * A Cache-Control that lets shared caches keep an answer for longer than PAGE_CACHE_CONTROL and
 * says nothing to browsers: what Next gives every page and feed built once (`s-maxage=31536000`).
 * Built once is not built for ever: a new report is a new build, and a cache in front of the site
 * (a CDN, a proxy) would serve the old pages and feeds for up to a year. Hashed assets say
 * `max-age` and are left alone.
 */
function keptTooLong(value: string): boolean {
  const shared = /(?:^|[\s,])s-maxage=(\d+)/i.exec(value);
  return shared !== null && Number(shared[1]) > 300 && !/(?:^|[\s,])max-age=/i.test(value) && !/no-store|private/i.test(value);
}

/**
 * Makes a page's or a feed's Cache-Control PAGE_CACHE_CONTROL where Next's would keep it too long,
 * however it is given: set or added, alone or in a list, or with the head.
 */
export function limitPageCaching(response: ServerResponse): void {
  const setHeader = response.setHeader.bind(response);
  const appendHeader = response.appendHeader.bind(response);
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  // Next sets a route handler's headers as lists of one value (`['s-maxage=31536000']`).
  const bounded = <T>(name: string, value: T): T | string =>
    name.toLowerCase() === 'cache-control' && [value].flat().some((v) => typeof v === 'string' && keptTooLong(v)) ? PAGE_CACHE_CONTROL : value;
  response.setHeader = (name, value) => setHeader(name, bounded(name, value));
  response.appendHeader = (name, value) => (name.toLowerCase() === 'cache-control' ? setHeader(name, bounded(name, value)) : appendHeader(name, value));
  response.writeHead = ((statusCode: number, ...rest: unknown[]): ServerResponse =>
    writeHead(
      statusCode,
      ...rest.map((part) =>
        typeof part === 'object' && part !== null && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).map(([name, value]) => [name, bounded(name, value)])) : part,
      ),
    )) as ServerResponse['writeHead'];
}
