import type { Duplex } from 'node:stream';

/** How long a client that sent a request we could not read may go on sending before it is cut off. */
const DRAIN_MS = 5_000;

/** The answer to a request that could not be parsed: Node's own choice of status, given a length. */
function statusOf(code: string | undefined): string {
  if (code === 'HPE_HEADER_OVERFLOW') return '431 Request Header Fields Too Large';
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return '413 Payload Too Large';
  return '400 Bad Request';
}

/**
 * Answers a request Node's parser refused (headers over 16 KB, bad syntax) with a whole response
 * and a graceful close. Node's default writes the status and destroys the socket at once, so a
 * client still sending its body gets a reset and may never read the answer; here the rest of what
 * it sends is read and dropped for a few seconds while the connection half-closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${statusOf(error.code)}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  // The parser has given up on this connection: what follows is read and dropped, not parsed.
  socket.removeAllListeners('data');
  socket.on('data', () => undefined);
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}
