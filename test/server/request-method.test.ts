import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOtherMethod, isReadMethod } from '../../lib/server';

describe('isReadMethod', () => {
  it('lets GET and HEAD through to the site, and nothing else', () => {
    expect(['GET', 'HEAD'].filter(isReadMethod)).toEqual(['GET', 'HEAD']);
    expect(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'get', undefined].filter(isReadMethod)).toEqual([]);
  });
});

describe('answerOtherMethod', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer(answerOtherMethod);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(method: string, body?: string, path = '/feed.xml'): Promise<{ status: number; allow: string | undefined; text: string; type?: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', method, path }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, text, ...(res.headers['content-type'] ? { type: res.headers['content-type'] } : {}) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('refuses a write, a TRACE or a server action with 405 naming the methods allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH']) {
      const answer = await send(method, method === 'POST' ? '["$K1"]' : undefined);
      expect(answer).toMatchObject({ status: 405, allow: 'GET, HEAD, OPTIONS' });
      expect(answer.text).toContain(`${method} is not allowed`);
    }
  });

  it('answers OPTIONS with the methods allowed and no body', async () => {
    expect(await send('OPTIONS')).toEqual({ status: 204, allow: 'GET, HEAD, OPTIONS', text: '' });
  });

  it('refuses a write to the API in JSON, as the API answers its other errors', async () => {
    const answer = await send('POST', '{}', '/api/projects/bhyve');
    expect(answer).toMatchObject({ status: 405, allow: 'GET, HEAD, OPTIONS', type: 'application/json; charset=utf-8' });
    expect(JSON.parse(answer.text)).toEqual({ error: 'POST is not allowed here: this site only reads (GET, HEAD, OPTIONS).' });
  });
});
