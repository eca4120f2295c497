// The site's production server (`npm start`): Next.js for every page, with `/api/search` answered
// first, over plain node:http, from the same lib/search as the Next route, and paths that do not
// percent-decode turned into paths that name no page (Next.js would answer them with a 500).
//
// Why: under load, Next's own request handling costs about 1.5 ms of CPU per request before any
// route runs (1.0 ms even when proxy.ts answers), three times what a search costs; answered here,
// the API serves as many requests per second as a bare node:http server (`npm run bench`).
// `next dev` and `next start` still answer `/api/search` through app/api/search, identically.
//
// Usage: server.ts [-p <port>] [-H <hostname>]   (defaults: $PORT or 3000, and every interface)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { getSearchEngine, serveSearchApi } from './lib/search';
import { withDecodablePath, requestPath } from './lib/site/request-path';
import { apiSearchPath } from './lib/site/routes';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`server.ts: -p must be a port number, not ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
// Not $HOSTNAME: containers set it to the machine's own name, which is not an address to listen on.
const hostname = values.hostname ?? '0.0.0.0';

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handleWithNext = app.getRequestHandler();

// The engine loads before the server listens, so no visitor waits for it.
const engine = getSearchEngine();
await app.prepare();
createServer((request, response) => {
  const target = request.url ?? '/';
  if (requestPath(target) === apiSearchPath) {
    serveSearchApi(request, response, engine);
    return;
  }
  request.url = withDecodablePath(target);
  void handleWithNext(request, response);
}).listen(port, hostname, () => {
  console.log(`FreeBSD status knowledge base: http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
