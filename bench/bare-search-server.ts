// `/api/search` from the same lib/search as the site, over bare node:http and nothing else: the
// benchmark's measure of what the site's server costs per request. Usage: bare-search-server.ts <port>
// (127.0.0.1; content from KB_CONTENT_DIR). The engine is loaded before it listens.
import { createServer } from 'node:http';
import { getSearchEngine, serveSearchApi } from '../lib/search';
import { apiSearchPath } from '../lib/routes';

const port = Number(process.argv[2] ?? Number.NaN);
if (!Number.isInteger(port) || port < 0) throw new Error('usage: bare-search-server.ts <port>');

getSearchEngine();
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === apiSearchPath) serveSearchApi(request, response, getSearchEngine());
  else response.writeHead(404).end();
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
