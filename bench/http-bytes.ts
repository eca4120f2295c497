// Bytes as a server sends them: node:http, so that nothing is decompressed on the way in.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';

export interface FetchedBytes {
  status: number;
  /** `Content-Encoding` as served, `identity` when none. */
  encoding: string;
  body: Buffer;
}

/** GET `url`; with `gzip`, the client accepts gzip and `body` is what came over the wire. */
export function fetchBytes(url: string, { gzip = false } = {}): Promise<FetchedBytes> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'] ?? 'identity', body: Buffer.concat(chunks) }),
      );
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${url}: no answer in 30 s`)));
    request.on('error', reject);
  });
}

/** Size after gzip at level 9: the smallest a gzip-serving host would send. */
export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}
