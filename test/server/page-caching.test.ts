import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { limitPageCaching, PAGE_CACHE_CONTROL } from '../../lib/server';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The Cache-Control lines of the answer of a server whose handler sets its header as `set` does. */
async function cacheControl(set: (response: ServerResponse) => void): Promise<string[]> {
  server = createServer((_request, response) => {
    limitPageCaching(response);
    set(response);
    if (!response.headersSent) response.writeHead(200);
    response.end('page');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/reports/2031-01-2031-03' }, (response) => {
      response.resume();
      const raw = response.rawHeaders;
      response.on('end', () => resolve(raw.filter((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === 'cache-control')));
    })
      .on('error', reject)
      .end();
  });
}

describe('limitPageCaching', () => {
  it('shortens the year shared caches are told to keep a page built once, set or added', async () => {
    await expect(cacheControl((r) => r.setHeader('Cache-Control', 's-maxage=31536000'))).resolves.toEqual([PAGE_CACHE_CONTROL]);
    await expect(cacheControl((r) => r.appendHeader('cache-control', 's-maxage=31536000, stale-while-revalidate'))).resolves.toEqual([PAGE_CACHE_CONTROL]);
  });

  it('shortens it in a list of one, as Next sets a route handler’s (a feed’s)', async () => {
    await expect(cacheControl((r) => r.setHeader('cache-control', ['s-maxage=31536000']))).resolves.toEqual([PAGE_CACHE_CONTROL]);
  });

  it('shortens it where it comes with the head', async () => {
    await expect(cacheControl((r) => r.writeHead(200, { 'content-type': 'application/atom+xml', 'cache-control': 's-maxage=31536000' }))).resolves.toEqual([PAGE_CACHE_CONTROL]);
  });

  it.each([
    ['a hashed asset', 'public, max-age=31536000, immutable'],
    ['an answer never to keep', 'private, no-cache, no-store, max-age=0, must-revalidate'],
    ['the API', 'public, max-age=300'],
    ['a short shared life', 's-maxage=60'],
  ])('leaves %s alone', async (_what, value) => {
    await expect(cacheControl((r) => r.setHeader('Cache-Control', value))).resolves.toEqual([value]);
  });
});
