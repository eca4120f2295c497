import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOneLocation } from '../../lib/server';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The raw header lines of the answer to a request of a server whose handler sets and appends a Location, as Next does. */
async function rawHeaders(fixed: boolean): Promise<string[]> {
  server = createServer((_request, response) => {
    if (fixed) keepOneLocation(response);
    response.setHeader('Location', '/subjects/zfs');
    response.appendHeader('location', '/subjects/zfs');
    response.appendHeader('Vary', 'Accept');
    response.appendHeader('Vary', 'RSC');
    response.writeHead(307).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/wiki/ZFS' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.rawHeaders));
    })
      .on('error', reject)
      .end();
  });
}

const values = (raw: string[], name: string): string[] => raw.filter((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === name);

describe('keepOneLocation', () => {
  it('sends one Location where the handler gives it twice, and leaves other repeated headers alone', async () => {
    expect(values(await rawHeaders(false), 'location')).toEqual(['/subjects/zfs', '/subjects/zfs']);
    const raw = await rawHeaders(true);
    expect(values(raw, 'location')).toEqual(['/subjects/zfs']);
    expect(values(raw, 'vary')).toEqual(['Accept', 'RSC']);
  });
});
