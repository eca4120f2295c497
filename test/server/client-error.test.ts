import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw, type RawRequest } from '../browser/raw-http';

const SERVER = path.join(import.meta.dirname, '..', 'fixtures', 'servers', 'client-error-server.ts');

/** Headers over Node's 16 KB, then a body the server never reads: what the fuzz test once sent. */
const OVERSIZED: RawRequest = {
  method: 'POST',
  target: `/api/search?q=${'x'.repeat(20_000)}`,
  headers: [['Content-Type', 'multipart/form-data; boundary=zz']],
  body: `--zz\r\n${'y'.repeat(2_000_000)}\r\n--zz--\r\n`,
};

/** The server in a process of its own: in the test's own process, client and server would take turns and never race. */
function startServer(...args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ port: Number(chunk.toString().trim()), child }));
    child.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)));
  });
}

async function outcomes(port: number, request: RawRequest, times: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    const r = await sendRaw(port, request, 10_000);
    seen.push(r.error ? `${r.status} (${r.error})` : String(r.status));
  }
  return seen;
}

describe('answerClientError, in a server of its own', () => {
  let server: { port: number; child: ChildProcess };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => {
    server?.child.kill();
  });

  it('answers headers too large with a whole 431 that a client still sending its body reads every time', async () => {
    // Node's own answer (a 431, then a reset) was lost or cut off in about a third of these.
    const seen = await outcomes(server.port, OVERSIZED, 60);
    expect(seen.filter((s) => s !== '431')).toEqual([]);
  });

  it('answers a request line it cannot parse with 400', async () => {
    expect(await outcomes(server.port, { method: 'GET', target: '/ x y', headers: [] }, 1)).toEqual(['400']);
  });

  it('goes on answering the requests it can read', async () => {
    expect(await outcomes(server.port, { method: 'GET', target: '/', headers: [] }, 1)).toEqual(['200']);
  });
});
