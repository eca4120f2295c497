import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, apiResponseHeaders, jsonEntityTag } from '../../lib/content/endpoint';
import { allowCrossOrigin, answerNotModified } from '../../lib/server';
import { findNginx, startNginx, type Nginx } from '../browser/nginx';
import { freePort } from '../browser/server';
import { tempDir } from '../temp-dir';

// deploy/nginx/kb-site.conf in front of two stand-ins for the replicas, which answer the API as
// server.ts does (its CORS and 304 handling, the routes' JSON answer): what a program calling the
// API through the shipped configuration sees, without a build of the site.
const nginxBinary = findNginx();
if (!nginxBinary) console.warn('Skipping the nginx API test: no nginx (apt-get install nginx, or set KB_NGINX).');

/** A project's answer, above gzip_min_length so that nginx compresses it (and weakens its ETag). */
const PROJECT = { slug: 'bhyve', title: 'bhyve', entries: Array.from({ length: 40 }, (_, i) => ({ id: `2015-01-2015-03/bhyve-${i}` })) };

async function replica(): Promise<Server> {
  const server = createServer((request, response) => {
    allowCrossOrigin(request, response);
    answerNotModified(request, response);
    const body = request.url?.startsWith('/api/search') ? { query: 'zfs', total: 0, results: [] } : PROJECT;
    const json = JSON.stringify(body);
    response.writeHead(200, { 'Content-Type': JSON_CONTENT_TYPE, ...apiResponseHeaders(200), ETag: jsonEntityTag(json) }).end(json);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET from `from`: loopback addresses other than 127.0.0.1 are rate-limited, as visitors are. */
function get(url: string, headers: Record<string, string> = {}, from = '127.0.0.1'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, localAddress: from }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!nginxBinary)('deploy/nginx/kb-site.conf: the JSON API through nginx', () => {
  const dir = tempDir('kb-nginx-api-');
  let replicas: Server[] = [];
  let nginx: Nginx;

  beforeAll(async () => {
    replicas = [await replica(), await replica()];
    const ports = replicas.map((s) => (s.address() as AddressInfo).port) as [number, number];
    nginx = await startNginx(nginxBinary!, dir, await freePort(), ports);
  });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(replicas.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });

  it('refuses searches over the rate limit in JSON, with Retry-After and readable from other origins', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 45; i++) answers.push(await get(`${nginx.url}/api/search?q=zfs${i}`, {}, '127.0.0.2'));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.headers['content-type']).toBe(JSON_CONTENT_TYPE);
      expect(JSON.parse(answer.body)).toEqual({ error: expect.stringContaining('too many searches') });
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      expect(answer.headers['access-control-allow-origin']).toBe('*');
    }
  });

  it('keeps the API’s ETag, weak once compressed, and answers a poll naming it with 304', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const first = await get(`${nginx.url}/api/projects/bhyve`, { 'Accept-Encoding': encoding });
      expect(first.status).toBe(200);
      // gzip_types names application/json bare: the charset the API adds must not stop compression.
      expect([first.headers['content-type'], first.headers['content-encoding']], encoding).toEqual([JSON_CONTENT_TYPE, encoding === 'gzip' ? 'gzip' : undefined]);
      const etag = first.headers.etag;
      expect(etag, encoding).toMatch(/^(W\/)?"[\w-]{27}"$/);
      for (const asked of [etag!, etag!.replace(/^W\//, '')]) {
        const again = await get(`${nginx.url}/api/projects/bhyve`, { 'Accept-Encoding': encoding, 'If-None-Match': asked });
        expect({ status: again.status, body: again.body, origin: again.headers['access-control-allow-origin'] }, `${encoding} ${asked}`).toEqual({ status: 304, body: '', origin: '*' });
      }
    }
    expect((await get(`${nginx.url}/api/projects/bhyve`, { 'If-None-Match': '"another"' })).status).toBe(200);
  });
});
