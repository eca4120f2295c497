// The request target (`/path?query`) as node:http gives it to server.ts, before any framework sees it.

/** The path of a request target, without its query; cheap, since it runs for every request. */
export function requestPath(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/**
 * The target unchanged if its path percent-decodes, else with every `%` of the path escaped. A
 * path that does not decode (a stray `%`, escaped bytes that are not UTF-8, as in a link cut
 * short) makes Next.js answer 500 before any route runs; escaped, it names a page that does not
 * exist, and the reader gets the site's 404 page.
 */
export function withDecodablePath(target: string): string {
  const path = requestPath(target);
  try {
    decodeURIComponent(path);
    return target;
  } catch {
    return path.replaceAll('%', '%25') + target.slice(path.length);
  }
}
