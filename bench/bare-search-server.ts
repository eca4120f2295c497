// `/api/search` from the same lib/search as the site's route, over bare node:http: the
// benchmark's measure of what Next costs per request. Usage: bare-search-server.ts <port>
// (127.0.0.1; content from KB_CONTENT_DIR). The engine is loaded before it listens.
import { createServer } from 'node:http';
import { answerSearchRequest, getSearchEngine, searchResponseHeaders } from '../lib/search';
import { SEARCH_API_PATH } from '../lib/site/search-url';

const port = Number(process.argv[2] ?? Number.NaN);
if (!Number.isInteger(port) || port < 0) throw new Error('usage: bare-search-server.ts <port>');

getSearchEngine();
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' || url.pathname !== SEARCH_API_PATH) {
    response.writeHead(404).end();
    return;
  }
  const { status, body } = answerSearchRequest(url.searchParams, getSearchEngine());
  const json = JSON.stringify(body);
  // The headers of the route's Response.json: its content type, then the endpoint's own.
  response.writeHead(status, { 'Content-Type': 'application/json', ...searchResponseHeaders(status), 'Content-Length': Buffer.byteLength(json) });
  response.end(json);
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
