// Section of `npm run bench`: how many bytes a typical `/api/search` answer weighs.
import { fetchBytes, gzipSize } from './http-bytes';
import { formatKB, heading, row, verdict } from './print';
import type { BenchServer } from './servers';

export interface ResponseSize {
  path: string;
  results: number;
  rawBytes: number;
  gzipBytes: number;
  /** As the server sends it to a client that accepts gzip. */
  servedBytes: number;
  servedEncoding: string;
}

export async function measureResponseSize(server: BenchServer, path: string): Promise<ResponseSize> {
  const raw = await fetchBytes(`${server.url}${path}`);
  if (raw.status !== 200) throw new Error(`GET ${path} answered ${raw.status}`);
  const served = await fetchBytes(`${server.url}${path}`, { gzip: true });
  const body = JSON.parse(raw.body.toString('utf8')) as { results?: unknown[] };
  return {
    path,
    results: body.results?.length ?? 0,
    rawBytes: raw.body.length,
    gzipBytes: gzipSize(raw.body),
    servedBytes: served.body.length,
    servedEncoding: served.encoding,
  };
}

export function printResponseSize(size: ResponseSize, serverName: string): void {
  heading(`a typical /api/search response: ${size.path} (${size.results} results), from ${serverName}`);
  row('JSON as is', formatKB(size.rawBytes), `target < 10 KB: ${verdict(size.rawBytes < 10_000)}`);
  row('gzip -9', formatKB(size.gzipBytes));
  row('as served to a client taking gzip', formatKB(size.servedBytes), `Content-Encoding: ${size.servedEncoding}`);
}
