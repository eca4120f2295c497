import { connect } from 'node:net';

/** One HTTP/1.1 request exactly as written: the target is sent byte for byte (one char, one byte). */
export interface RawRequest {
  method: string;
  /** The request target in Latin-1: each char one byte, so it can hold bytes that are not UTF-8. */
  target: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body?: string;
}

export interface RawResponse {
  /** The status code, or 0 where none came (the connection failed, closed or timed out first). */
  status: number;
  ms: number;
  /** Why the answer did not come whole: a timeout, a reset, no status line. */
  error?: string;
}

/** The request's bytes, `Connection: close` added, so that the response ends with the connection. */
export function serializeRequest(request: RawRequest, host: string): Buffer {
  const lines = [`${request.method} ${request.target} HTTP/1.1`, `Host: ${host}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  if (request.body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(request.body, 'latin1')}`);
  lines.push('Connection: close', '', request.body ?? '');
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

/**
 * Sends one request over a fresh connection and reads the answer to its end. Not fetch(): fetch
 * and node:http refuse or rewrite the odd methods, bytes and escapes a fuzzer must send as they are.
 */
export function sendRaw(port: number, request: RawRequest, timeoutMs: number): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const head = Buffer.concat(chunks).subarray(0, 64).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      const problem = error ?? (status === 0 ? 'no status line' : undefined);
      resolve({ status, ms: performance.now() - started, ...(problem ? { error: problem } : {}) });
    };
    const socket = connect(port, '127.0.0.1', () => socket.write(serializeRequest(request, `127.0.0.1:${port}`)));
    const timer = setTimeout(() => finish(`no complete answer within ${timeoutMs} ms`), timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => finish());
    socket.on('error', (error) => finish(error.message));
  });
}
