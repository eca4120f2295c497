import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerOtherMethod, isReadMethod } from '../server';
import { gzipSync } from 'node:zlib';
import { apiResponseHeaders } from '../content';
import { JSON_CONTENT_TYPE, writeAnswer } from '../content/endpoint';
import { answerSearchRequest } from './endpoint';
import type { SearchEngine } from './search';

/** Answers under this size are sent as they are: gzip would save less than its own framing costs. */
const GZIP_FROM_BYTES = 1024;

function acceptsGzip(request: IncomingMessage): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /\bgzip\b/.test(accepted);
}

/**
 * `/api/search` over plain node:http: the same answer as the Next route (app/api/search), for
 * the site's server (server.ts), which answers the API before Next's router sees the request,
 * and for the benchmark's bare server. GET and HEAD only: the API is read-only.
 */
export function serveSearchApi(request: IncomingMessage, response: ServerResponse, engine: SearchEngine): void {
  if (!isReadMethod(request.method)) {
    answerOtherMethod(request, response);
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const answer = writeAnswer(answerSearchRequest(url.searchParams, engine));
  const json = Buffer.from(answer.json);
  const gzip = json.length >= GZIP_FROM_BYTES && acceptsGzip(request);
  const payload = gzip ? gzipSync(json) : json;
  const { status } = answer;
  response.writeHead(status, {
    'Content-Type': JSON_CONTENT_TYPE,
    ...apiResponseHeaders(status),
    // Weak either way (a search's timing is left out of it), so one tag serves plain and gzip alike.
    ...(answer.status === 200 ? { ETag: answer.etag } : {}),
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': payload.length,
  });
  response.end(request.method === 'HEAD' ? undefined : payload);
}
