import type { ServerResponse } from 'node:http';

/**
 * Room a connection gives a response before its writes report back-pressure: above the largest
 * page (the project list, about 1.1 MB of HTML on the whole corpus), so that a held response
 * (below) never waits for a drain that cannot come while it is held.
 */
export const RESPONSE_ROOM_BYTES = 8 * 1024 * 1024;

/**
 * Holds a response's bytes until it ends, then hands them to the connection at once. Next.js
 * writes a page in several pieces, spread over turns of the event loop while other pages render;
 * a replica killed between two pieces (a crash, SIGKILL) would leave nginx (deploy/) with half an
 * answer it can neither use nor ask the other replica for. Held, a lost replica has sent nothing,
 * and nginx retries elsewhere. The site's answers are small; a write that meets back-pressure
 * anyway (an answer above RESPONSE_ROOM_BYTES) lets the rest flow as it comes.
 */
export function holdUntilEnd(response: ServerResponse): void {
  const socket = response.socket;
  if (!socket) return;
  socket.cork();
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    socket.uncork();
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((...args: unknown[]): boolean => {
    const ok = write(...args);
    if (!ok) release();
    return ok;
  }) as ServerResponse['write'];
  // prefinish: end() has handed the last bytes to the (corked) connection; close: it ended otherwise.
  response.once('prefinish', release);
  response.once('close', release);
}
