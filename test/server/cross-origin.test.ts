import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginAnswer, isCrossOriginPath, lowerCaseSlugTarget } from '../../lib/server';

describe('isCrossOriginPath', () => {
  it('opens the API and the feeds, as written or percent-encoded, queries and trailing slashes aside', () => {
    for (const target of ['/api', '/api/search?q=zfs', '/api/subjects/ZFS', '/api/projects/bhyve/', '/%61pi/search', '/feed.xml', '/projects/bhyve/feed.xml', '/reports/2014-Q1/feed.xml/?x=1']) {
      expect(isCrossOriginPath(target), target).toBe(true);
    }
  });

  it('leaves the pages and everything else to the site', () => {
    for (const target of ['/', '/projects/bhyve', '/apiary', '/search?q=/api/', '/feed.xml.bak', '/sitemap.xml', '/projects/feed.xml-tools/x', '/%E0/api']) {
      expect(isCrossOriginPath(target), target).toBe(false);
    }
  });
});

// The head of server.ts's handler, and answers of the kinds that follow it: its own redirects, a
// route's JSON (Next copies a route's header only when the response lacks it), a feed and a page.
const FEED_TAG = '"feed1"';
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (!beginAnswer(request, response)) return;
    const target = request.url ?? '/';
    const lowerCase = lowerCaseSlugTarget(target);
    if (lowerCase !== undefined) {
      response.writeHead(308, { location: lowerCase }).end();
      return;
    }
    if (target === '/api/projects/bhyve') {
      for (const [name, value] of Object.entries({ 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' })) if (response.getHeader(name) === undefined) response.appendHeader(name, value);
      response.end('{"slug":"bhyve"}');
    } else if (target === '/feed.xml') {
      response.writeHead(200, { ETag: FEED_TAG, 'Content-Type': 'application/atom+xml' }).end('<feed/>');
    } else {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>Not found</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  /** Each header's values, as many as were sent. */
  headers: Map<string, string[]>;
}

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const sent = new Map<string, string[]>();
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        const name = res.rawHeaders[i]!.toLowerCase();
        sent.set(name, [...(sent.get(name) ?? []), res.rawHeaders[i + 1]!]);
      }
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: sent }));
    });
    req.on('error', reject);
    req.end();
  });
}

const origin = (answer: Answer): string[] | undefined => answer.headers.get('access-control-allow-origin');

describe('allowCrossOrigin', () => {
  it('lets other origins read the API’s and the feeds’ redirects, errors and 304s, not only its documents', async () => {
    const capitals = await send('GET', '/api/subjects/ZFS?x=1');
    expect({ status: capitals.status, location: capitals.headers.get('location'), origin: origin(capitals) }).toEqual({ status: 308, location: ['/api/subjects/zfs?x=1'], origin: ['*'] });
    expect(origin(await send('GET', '/api/nothing'))).toEqual(['*']);
    expect(origin(await send('GET', '/projects/BHYVE/feed.xml'))).toEqual(['*']);
    const feed = await send('GET', '/feed.xml', { 'If-None-Match': FEED_TAG });
    expect({ status: feed.status, origin: origin(feed), exposed: feed.headers.get('access-control-expose-headers') }).toEqual({ status: 304, origin: ['*'], exposed: ['ETag'] });
    expect(origin(await send('POST', '/api/projects/bhyve'))).toEqual(['*']);
  });

  it('sends one Access-Control-Allow-Origin where the route sends its own too (two would fail the check)', async () => {
    const answer = await send('GET', '/api/projects/bhyve');
    expect(answer.status).toBe(200);
    expect(origin(answer)).toEqual(['*']);
  });

  it('leaves the pages to the site', async () => {
    expect(origin(await send('GET', '/projects/BHYVE'))).toBeUndefined();
    expect(origin(await send('GET', '/projects/bhyve'))).toBeUndefined();
  });
});

describe('a CORS preflight', () => {
  it('is answered for the API and the feeds: any origin, the read methods and the headers asked for', async () => {
    for (const path of ['/api/projects/bhyve', '/api/search?q=zfs', '/subjects/zfs/feed.xml']) {
      const answer = await send('OPTIONS', path, { Origin: 'http://wiki.example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match,x-requested-with' });
      expect(answer.status, path).toBe(204);
      expect(Object.fromEntries(['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'vary'].map((name) => [name, answer.headers.get(name)])), path).toEqual({
        'access-control-allow-origin': ['*'],
        'access-control-allow-methods': ['GET, HEAD'],
        'access-control-allow-headers': ['if-none-match, x-requested-with'],
        vary: ['Access-Control-Request-Headers'],
      });
    }
  });

  it('names no header it was not asked for, nor one that is not a header name', async () => {
    expect((await send('OPTIONS', '/api/search', { 'Access-Control-Request-Method': 'GET' })).headers.get('access-control-allow-headers')).toBeUndefined();
    expect((await send('OPTIONS', '/api/search', { 'Access-Control-Request-Headers': 'x-one, bad name, ' })).headers.get('access-control-allow-headers')).toEqual(['x-one']);
  });

  it('is not answered for a page: the pages are the site’s own', async () => {
    const answer = await send('OPTIONS', '/projects/bhyve', { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-one' });
    expect(answer.status).toBe(204);
    expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});
