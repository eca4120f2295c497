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

/** Sections whose slugs are lower case by contract (DESIGN.md: report ids, entry, project, subject and person slugs), pages and API alike. */
const LOWER_CASE_SECTION = /^\/(?:reports|projects|subjects|people|api\/(?:entries|projects|subjects))\//;
/**
 * A percent-escape, or what is left of one in a link cut short (`%A`): its hex digits are no
 * capitals (`%C3%A9` is "é", whatever their case).
 */
const ESCAPE = /%[0-9A-Fa-f]{1,2}/g;
const ESCAPE_OR_CAPITAL = /(%[0-9A-Fa-f]{1,2})|[A-Z]/g;

/**
 * Where a path typed or linked with capitals (`/subjects/ZFS`, `/projects/BHyVe/`) is found: the
 * same target in lower case, without the trailing slash Next would redirect away next (one hop,
 * not two), or undefined for any other path. Wiki page names and reference ids keep their case,
 * which is theirs.
 */
export function lowerCaseSlugTarget(target: string): string | undefined {
  const path = requestPath(target);
  if (!LOWER_CASE_SECTION.test(path) || !/[A-Z]/.test(path.replace(ESCAPE, ''))) return undefined;
  return path.replace(ESCAPE_OR_CAPITAL, (match: string, escape?: string) => escape ?? match.toLowerCase()).replace(/\/+$/, '') + target.slice(path.length);
}

/**
 * A quarter as readers and wiki pages write it: `2014-Q1`, `2014q1`, `2014_Q1`, and as the site
 * labels it, `2014 Q1` (encoded in a request, decoded as `kb show` reads a site URL); in a report's
 * address or an entry's, page or API.
 */
const QUARTER_PATH = /^\/(reports|api\/entries)\/(\d{4})(?:[-_ ]|%20)?[qQ]([1-4])(?=\/|$)/;

/**
 * Where a report named by its quarter (`/reports/2014-Q1`, and its entries below it, and
 * `/api/entries/2014-Q1/<slug>`) is found, in one hop: the report of that quarter, or the report
 * of a longer period covering it, as `report` tells from the quarter's id (`2014-01-2014-03`);
 * undefined for any other path or an unknown quarter.
 */
export function quarterReportTarget(target: string, report: (quarterId: string) => string | undefined): string | undefined {
  const path = requestPath(target);
  const match = QUARTER_PATH.exec(path);
  if (!match) return undefined;
  const [, section, year, quarter] = match as unknown as [string, string, string, string];
  const month = (m: number): string => `${year}-${String(m).padStart(2, '0')}`;
  const first = 3 * Number(quarter) - 2;
  const found = report(`${month(first)}-${month(first + 2)}`);
  if (found === undefined) return undefined;
  const rest = path.slice(match[0].length).replace(/\/+$/, '');
  return `/${section}/${found}${rest.toLowerCase()}${target.slice(path.length)}`;
}
