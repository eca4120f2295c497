// The site's production server: Next.js for every page, with `/api/search` answered first, over
// plain node:http, from the same lib/search as the Next route; methods other than GET and HEAD
// refused, and paths that do not percent-decode turned into paths that name no page (Next.js
// would answer either with a 500); every answer sent in one piece once it is whole; a request Node
// cannot parse answered whole (431, 400) and its connection closed gently; a report, project,
// subject or person typed with capitals sent to its lower-case address; every answer carrying
// the security headers of lib/server (a content security policy, no framing, no sniffing) and at
// most one Location (lib/server/one-location.ts); and every answer of the API and the feeds, its
// redirects and errors too, readable by scripts on other sites (lib/server/cross-origin.ts).
// `npm run build` compiles it into dist/server.js, which `npm start` runs with plain Node: no
// TypeScript loader at run time.
//
// Why: under load, Next's own request handling costs about 1.5 ms of CPU per request before any
// route runs (1.0 ms even when proxy.ts answers), three times what a search costs; answered here,
// the API serves as many requests per second as a bare node:http server (`npm run bench`).
// `next dev` and `next start` still answer `/api/search` through app/api/search, identically.
//
// Usage: node dist/server.js [-p <port>] [-H <hostname>]   (defaults: $PORT or 3000, and every interface)
// SIGTERM or SIGINT: stops taking connections, finishes the requests under way, then exits.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { getSearchEngine, serveSearchApi } from './lib/search';
import { getKnowledgeBase, resolveContentDir } from './lib/content';
import { quartersCoveredElsewhere } from './lib/site/report-view';
import { answerClientError, beginAnswer, contentNewerThanBuild, lowerCaseSlugTarget, quarterReportTarget, withDecodablePath, requestPath, holdUntilEnd, RESPONSE_ROOM_BYTES } from './lib/server';
import { apiSearchPath } from './lib/routes';

/** Longest a stop waits for the requests under way. */
const DRAIN_MS = 10_000;

const USAGE = 'usage: node dist/server.js [-p <port>] [-H <hostname>]';
function readArgs(): { port?: string; hostname?: string } {
  try {
    return parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } }).values;
  } catch (error) {
    console.error(`server: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}
const values = readArgs();
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`server: -p must be a port number, not ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
// Not $HOSTNAME: containers set it to the machine's own name, which is not an address to listen on.
const hostname = values.hostname ?? '0.0.0.0';

/** The site's folder (next.config.js, the build): the nearest with a package.json, from server.ts or dist/server.js alike. */
function findSiteDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`server: no package.json in ${from} or above it`);
  }
}

const siteDir = findSiteDir(import.meta.dirname);
const app = next({ dev: false, dir: siteDir, hostname, port });
const handleWithNext = app.getRequestHandler();

// The engine loads before the server listens, so no visitor waits for it; a replica that
// listens is ready (deploy/ relies on it).
const engine = getSearchEngine();
const knowledgeBase = getKnowledgeBase();
const coveringReports = quartersCoveredElsewhere(knowledgeBase.reports);
const reportOfQuarter = (quarterId: string): string | undefined => knowledgeBase.getReport(quarterId)?.id ?? coveringReports.get(quarterId);
const stale = contentNewerThanBuild(resolveContentDir(), path.join(siteDir, process.env.KB_DIST_DIR ?? '.next'));
if (stale) console.warn(stale);
await app.prepare();
/** Set by SIGTERM or SIGINT: every answer from then on closes its connection. */
let stopping = false;
const server = createServer({ highWaterMark: RESPONSE_ROOM_BYTES }, (request, response) => {
  // A connection kept alive would bring more requests until the drain ran out and cut them:
  // closed after this answer, its client (nginx) sends the next request to the other replica.
  if (stopping) response.shouldKeepAlive = false;
  // Each answer leaves in one piece, so that nginx can retry any a lost replica did not finish.
  holdUntilEnd(response);
  if (!beginAnswer(request, response)) return;
  const target = request.url ?? '/';
  if (requestPath(target) === apiSearchPath) {
    serveSearchApi(request, response, engine);
    return;
  }
  const quarterReport = quarterReportTarget(target, reportOfQuarter);
  if (quarterReport !== undefined) {
    response.writeHead(308, { location: quarterReport }).end();
    return;
  }
  const lowerCase = lowerCaseSlugTarget(target);
  if (lowerCase !== undefined) {
    response.writeHead(308, { location: lowerCase }).end();
    return;
  }
  request.url = withDecodablePath(target);
  void handleWithNext(request, response);
});
server.on('clientError', answerClientError);
// nginx (deploy/) keeps idle connections to a replica for 4 s; the replica keeps them longer, so that
// nginx, never the replica, ends one. Ended by a replica whose event loop lags under load, the
// connection would fail a request nginx had just sent on it.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`FreeBSD status knowledge base: http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    stopping = true;
    // close() refuses new connections and ends idle keep-alive ones; busy ones end after their
    // response, which says so (Connection: close).
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  });
}
