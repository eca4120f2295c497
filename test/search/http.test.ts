import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, serveSearchApi } from '../../lib/search';
import { answerNotModified } from '../../lib/server';
import { fixtureEntry, fixtureKb } from './fixture-kb';

const engine = createSearchEngine(
  fixtureKb(
    Array.from({ length: 12 }, (_, i) =>
      fixtureEntry(`2014-0${(i % 3) * 3 + 1}-2014-0${(i % 3) * 3 + 3}/bhyve-${i}`, {
        title: `bhyve part ${i}`,
        body: 'The hypervisor now boots guests with more memory than before, and live migration moved on. '.repeat(3),
      }),
    ),
  ),
);

let server: Server;
let port = 0;

beforeAll(async () => {
  // As server.ts answers it: a poll naming the answer's ETag gets 304.
  server = createServer((req, res) => {
    answerNotModified(req, res);
    serveSearchApi(req, res, engine);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so that the test sees the bytes as sent (fetch would gunzip them). */
function send(method: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('/api/search over node:http (server.ts)', () => {
  it('answers a search as JSON with the API headers', async () => {
    const answer = await send('GET', '/api/search?q=bhyve&limit=3');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['cache-control']).toBe('public, max-age=300');
    const body = JSON.parse(answer.body.toString('utf8')) as { total: number; results: unknown[] };
    expect(body.total).toBe(12);
    expect(body.results).toHaveLength(3);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  });

  it('gzips a large answer for a client that accepts it, and says it varies on that', async () => {
    const plain = await send('GET', '/api/search?q=bhyve&limit=12');
    const zipped = await send('GET', '/api/search?q=bhyve&limit=12', { 'Accept-Encoding': 'br, gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    const withoutTiming = (json: string): unknown => ({ ...(JSON.parse(json) as object), tookMs: 0 });
    expect(withoutTiming(gunzipSync(zipped.body).toString('utf8'))).toEqual(withoutTiming(plain.body.toString('utf8')));
  });

  it('tags an answer by what it says, its timing aside, and answers a poll naming the tag with 304', async () => {
    const first = await send('GET', '/api/search?q=bhyve&limit=12');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    // The same search again (another tookMs), gzipped or not: the same tag.
    expect((await send('GET', '/api/search?q=bhyve&limit=12', { 'Accept-Encoding': 'gzip' })).headers.etag).toBe(etag);
    expect((await send('GET', '/api/search?q=bhyve&limit=11')).headers.etag).not.toBe(etag);
    for (const method of ['GET', 'HEAD']) {
      const poll = await send(method, '/api/search?q=bhyve&limit=12', { 'If-None-Match': String(etag) });
      expect({ status: poll.status, length: poll.body.length }, method).toEqual({ status: 304, length: 0 });
    }
    expect((await send('GET', '/api/search?q=x&limit=-1')).headers.etag).toBeUndefined();
  });

  it('refuses a bad parameter with 400, {error} and no caching', async () => {
    const answer = await send('GET', '/api/search?q=x&limit=-1');
    expect(answer.status).toBe(400);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ error: expect.stringContaining('limit') });
  });

  it('answers HEAD with the headers alone and refuses writes with 405', async () => {
    const head = await send('HEAD', '/api/search?q=bhyve');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await send('POST', '/api/search?q=bhyve');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(JSON.parse(post.body.toString('utf8'))).toEqual({ error: expect.stringContaining('POST') });
  });
});
