import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerNotModified } from '../../lib/server';

const FEED = '<feed>the whole feed</feed>';
let server: Server;
let port = 0;

beforeAll(async () => {
  // As Next answers: a feed with its tag set by setHeader, a page with it in writeHead, a 404 with one too.
  server = createServer((req, res) => {
    answerNotModified(req, res);
    if (req.url === '/feed.xml') {
      // Next appends a route handler's headers: the response holds them as lists.
      res.setHeader('ETag', ['"abc"']);
      res.setHeader('Content-Type', 'application/atom+xml');
      res.end(FEED);
    } else if (req.url === '/page') {
      res.writeHead(200, { etag: 'W/"page1"', 'content-type': 'text/html' });
      res.write('<p>one</p>');
      res.end('<p>two</p>');
    } else {
      res.writeHead(404, { ETag: '"abc"' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('answerNotModified', () => {
  it('answers a poll naming the feed’s tag with 304 and no body, weak or not, among others or alone', async () => {
    for (const tag of ['"abc"', 'W/"abc"', '"old", "abc"', '*']) await expect(get('/feed.xml', { 'If-None-Match': tag }), tag).resolves.toEqual({ status: 304, body: '' });
    await expect(get('/page', { 'If-None-Match': '"page1"' })).resolves.toEqual({ status: 304, body: '' });
    await expect(get('/feed.xml', { 'If-None-Match': '"abc"' }, 'HEAD')).resolves.toEqual({ status: 304, body: '' });
  });

  it('sends the whole answer to a poll naming another tag, or none', async () => {
    await expect(get('/feed.xml', { 'If-None-Match': '"old"' })).resolves.toEqual({ status: 200, body: FEED });
    await expect(get('/feed.xml')).resolves.toEqual({ status: 200, body: FEED });
    await expect(get('/page', { 'If-None-Match': '"page2"' })).resolves.toEqual({ status: 200, body: '<p>one</p><p>two</p>' });
  });

  it('leaves answers other than 200 as they are', async () => {
    await expect(get('/missing', { 'If-None-Match': '"abc"' })).resolves.toEqual({ status: 404, body: 'Not found' });
  });
});
