import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { holdUntilEnd } from '../../lib/server';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(handler: RequestListener): Promise<number> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** When the first byte of the answer came, and all of it. */
function fetchRaw(port: number): Promise<{ firstByteAt: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    let firstByteAt = 0;
    let bytes = 0;
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    socket.on('data', (chunk: Buffer) => {
      firstByteAt ||= performance.now();
      bytes += chunk.length;
    });
    socket.on('close', () => resolve({ firstByteAt, bytes }));
    socket.on('error', reject);
  });
}

describe('holdUntilEnd', () => {
  it('sends nothing of an answer written in pieces until it ends', async () => {
    let endedAt = 0;
    const port = await listen((_request, response) => {
      holdUntilEnd(response);
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.write('first piece, ');
      setTimeout(() => {
        endedAt = performance.now();
        response.end('last piece');
      }, 150);
    });
    const { firstByteAt, bytes } = await fetchRaw(port);
    expect(bytes).toBeGreaterThan('first piece, last piece'.length);
    expect(firstByteAt).toBeGreaterThanOrEqual(endedAt);
  });

  it('lets an answer larger than the connection takes flow rather than wait for a drain that cannot come', async () => {
    const piece = 'x'.repeat(64 * 1024);
    const port = await listen((_request, response) => {
      holdUntilEnd(response);
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      let left = 32;
      const more = (): void => {
        while (left > 0) {
          left--;
          if (!response.write(piece)) {
            response.once('drain', more);
            return;
          }
        }
        response.end();
      };
      more();
    });
    const { bytes } = await fetchRaw(port);
    expect(bytes).toBeGreaterThan(32 * piece.length);
  });
});
