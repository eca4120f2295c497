import type { Fuzz } from './fuzz-random';
import type { RawRequest } from './raw-http';

/** A kind of URL the site answers; `target` makes one, real or mangled (path and query). */
export interface RouteFamily {
  name: string;
  target(fuzz: Fuzz): string;
}

const n = (fuzz: Fuzz) => fuzz.names;
const entrySegments = (fuzz: Fuzz): string => fuzz.segments(fuzz.pick(n(fuzz).entries));
const reportOrRandom = (fuzz: Fuzz): string => (fuzz.chance(0.8) ? fuzz.pick(n(fuzz).reports) : `${1990 + Math.floor(fuzz.next() * 50)}-0${Math.floor(fuzz.next() * 9)}`);
const period = (fuzz: Fuzz): string => fuzz.pick(['2004-01', '2019-12', '1999-13', '2025', '0000-00', '-1', '%ff', '9999-99', '']);
const number = (fuzz: Fuzz): string => fuzz.pick(['0', '1', '2', '-1', '10', '1e9', '99999999999999999999', 'NaN', '1.5', '%ff', '', '0x10']);
const query = (fuzz: Fuzz, pairs: Array<[string, string]>): string => {
  const kept = pairs.filter(() => fuzz.chance(0.6));
  if (fuzz.chance(0.1)) kept.push(...kept); // every parameter twice
  if (fuzz.chance(0.1)) kept.push([fuzz.value('é&=?'), fuzz.value('%')]);
  return kept.length === 0 ? '' : `?${kept.map(([k, v]) => (v === '' && fuzz.chance(0.3) ? k : `${k}=${v}`)).join('&')}`;
};
const searchWords = (fuzz: Fuzz): string =>
  fuzz.pick([fuzz.pick(n(fuzz).words), `${fuzz.pick(n(fuzz).words)} ${fuzz.pick(n(fuzz).words)}`, '"', '*', '-', '', 'x'.repeat(3_000), '\u{1f600}', 'OR AND NOT']);
const searchQuery = (fuzz: Fuzz): string =>
  query(fuzz, [
    ['q', fuzz.value(searchWords(fuzz))],
    ['from', fuzz.value(period(fuzz))],
    ['to', fuzz.value(period(fuzz))],
    ['category', fuzz.value(fuzz.pick(n(fuzz).categories))],
    ['person', fuzz.value(fuzz.pick(n(fuzz).people))],
    ['collapse', fuzz.pick(['1', '0', 'yes', ''])],
    ['limit', number(fuzz)],
    ['offset', number(fuzz)],
  ]);

/**
 * Every kind of URL the site has (DESIGN.md, "Site URLs"), pages, API, feeds, legacy upstream
 * forms and static files alike; a new route family is one more line here.
 */
export const ROUTE_FAMILIES: RouteFamily[] = [
  { name: 'home', target: (f) => f.pick(['/', '/?x=%ff', '//', '/%2e', '/index.html']) },
  { name: 'reports', target: (f) => f.pick(['/reports', `/reports/${f.segment(reportOrRandom(f))}`]) },
  { name: 'entries', target: (f) => `/reports/${entrySegments(f)}` },
  { name: 'report feeds', target: (f) => `/reports/${f.segment(reportOrRandom(f))}/feed.xml` },
  { name: 'feeds', target: (f) => f.pick(['/feed.xml', '/sitemap.xml', '/robots.txt', '/feed.xml/%ff']) },
  { name: 'projects', target: (f) => f.pick(['/projects', `/projects${query(f, [['sort', f.value('recent')], ['page', number(f)]])}`, `/projects/${f.segment(f.pick(n(f).projects))}`]) },
  { name: 'project feeds', target: (f) => `/projects/${f.segment(f.pick(n(f).projects))}/feed.xml` },
  { name: 'subjects', target: (f) => f.pick(['/subjects', `/subjects/${f.segment(f.pick(n(f).projects))}`]) },
  { name: 'subject feeds', target: (f) => `/subjects/${f.segment(f.pick(n(f).projects))}/feed.xml` },
  { name: 'people', target: (f) => f.pick(['/people', `/people/${f.segment(f.pick(n(f).people))}`]) },
  { name: 'tasks', target: (f) => `/tasks${query(f, [['category', f.value(f.pick(n(f).categories))], ['page', number(f)]])}` },
  { name: 'search page', target: (f) => `/search${searchQuery(f)}` },
  { name: 'api search', target: (f) => `/api/search${searchQuery(f)}` },
  { name: 'api entries', target: (f) => `/api/entries/${entrySegments(f)}` },
  { name: 'api projects', target: (f) => `/api/projects/${f.segment(f.pick(n(f).projects))}` },
  { name: 'api subjects', target: (f) => `/api/subjects/${f.segment(f.pick(n(f).projects))}` },
  { name: 'api other', target: (f) => f.pick(['/api', '/api/', `/api/${f.segment('nothing')}`, '/api/search/%ff', '/api/entries']) },
  { name: 'wiki', target: (f) => `/wiki/${f.segments(f.pick(n(f).wikiPages))}` },
  {
    name: 'references',
    target: (f) => {
      const { kind, id } = f.pick(n(f).references);
      return f.pick(['/references', `/references/${f.segment(kind)}`, `/references/${f.segment(kind)}/${f.segments(id)}`]);
    },
  },
  { name: 'cites', target: (f) => `/cites${query(f, [['url', f.value(f.pick(['https://wiki.freebsd.org/bhyve', 'http://', '%', 'javascript:alert(1)', 'https://www.freebsd.org/']))]])}` },
  {
    name: 'legacy status',
    target: (f) => {
      const report = f.segment(`report-${reportOrRandom(f)}`);
      const [, slug = ''] = f.pick(n(f).entries).split('/');
      return f.pick([`/status/${report}.html`, `/status/${report}/`, `/status/${report}/${f.segment(slug)}/`, '/status/', `/status/${f.segment('index.html')}`]);
    },
  },
  { name: 'legacy news/status', target: (f) => f.pick([`/news/status/${f.segment(`report-${reportOrRandom(f)}`)}.html`, '/news/status/', `/news/status/${f.segment('status.html')}`]) },
  { name: 'static', target: (f) => f.pick(['/_next/static/', `/_next/static/${f.segment('chunks')}/${f.segment('x.js')}`, '/_next/image?url=%2F&w=1&q=1', '/favicon.ico', `/_next/${f.segment('data')}`, '/_next/static/%ff']) },
  { name: 'unknown', target: (f) => `/${f.segment(f.pick(['x', 'admin', '.env', '..%2f..%2fetc%2fpasswd', 'wp-login.php']))}` },
];

/** Mostly reads, which reach the pages; each other method now and then (the server refuses them before Next.js). */
const METHODS = [...Array<string>(12).fill('GET'), 'HEAD', 'HEAD', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'BREW'];

/** Headers Next.js reads to answer client navigation, prefetches and server actions, some of them garbage. */
function nextHeaders(fuzz: Fuzz): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  if (fuzz.chance(0.3)) headers.push(['RSC', fuzz.pick(['1', '0', 'yes', ''])]);
  if (fuzz.chance(0.2))
    headers.push([
      'Next-Router-State-Tree',
      fuzz.pick([encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]'), '%5B%22', '[[[[', 'null', '%ff', '{}', 'x'.repeat(5_000)]),
    ]);
  if (fuzz.chance(0.2)) headers.push(['Next-Router-Prefetch', fuzz.pick(['1', '2', 'x'])]);
  if (fuzz.chance(0.1)) headers.push(['Next-Router-Segment-Prefetch', fuzz.pick(['/_tree', '/__PAGE__', '%ff', '../../x'])]);
  if (fuzz.chance(0.15)) headers.push(['Next-Action', fuzz.pick(['0'.repeat(40), 'deadbeef', '%ff', '', 'x'.repeat(2_000)])]);
  if (fuzz.chance(0.1)) headers.push(['Next-Url', fuzz.pick(['/search', '%ff', '//evil'])]);
  if (fuzz.chance(0.2)) headers.push(['Accept', fuzz.pick(['text/x-component', 'application/json', '*/*', 'text/html;q=0'])]);
  if (fuzz.chance(0.3)) headers.push(['Accept-Encoding', fuzz.pick(['gzip', 'br, gzip', 'identity;q=0', 'x'])]);
  if (fuzz.chance(0.05)) headers.push(['Range', fuzz.pick(['bytes=0-10', 'bytes=-1', 'bytes=99999999-', 'lines=1'])]);
  if (fuzz.chance(0.05)) headers.push(['If-None-Match', fuzz.pick(['"x"', '*', 'W/"%ff"'])]);
  if (fuzz.chance(0.05)) headers.push(['X-Forwarded-Host', fuzz.pick(['example.org', '%ff', '[::1', 'a'.repeat(300)])]);
  if (fuzz.chance(0.05)) headers.push(['X-Forwarded-Proto', fuzz.pick(['https', 'gopher', ''])]);
  return headers;
}

const BODIES: Array<{ type: string; body: string }> = [
  { type: 'text/plain;charset=UTF-8', body: '["$K1"]' },
  { type: 'multipart/form-data; boundary=zz', body: '--zz\r\nContent-Disposition: form-data; name="1_$ACTION_ID_00"\r\n\r\nx\r\n--zz--\r\n' },
  { type: 'application/x-www-form-urlencoded', body: 'a=%ff&b=%' },
  { type: 'application/json', body: '{"q":' },
];

/** One request: a route family's target, a method, perhaps Next's headers and a body. */
export function fuzzRequest(fuzz: Fuzz): { family: string; request: RawRequest } {
  const family = fuzz.pick(ROUTE_FAMILIES);
  const method = fuzz.pick(METHODS);
  const headers = nextHeaders(fuzz);
  const withBody = method !== 'GET' && method !== 'HEAD' && fuzz.chance(0.7);
  const body = withBody ? fuzz.pick(BODIES) : undefined;
  if (body) headers.push(['Content-Type', body.type]);
  return { family: family.name, request: { method, target: family.target(fuzz), headers, ...(body ? { body: body.body } : {}) } };
}
