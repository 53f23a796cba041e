import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { addressFrom } from '../request-helpers';

export interface SocketOptions {
  /** Origins besides the server's own from which a browser may connect. */
  allowedOrigins: readonly string[];
  trustProxy: number;
  log: (line: string) => void;
}

/** A browser always names its page's origin on an upgrade; only the app's own (and listed ones) may open a socket. */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser: Origin protects browsers' users from other sites
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const refuse = (socket: Duplex, status: string) => {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
};

/**
 * Hands the server's WebSocket upgrades on `/live/ws` to `wss`, with the client's address; any
 * other path, or a foreign origin, is refused before the handshake. A socket that errors before or
 * during the upgrade is logged and dropped, never left to throw.
 */
export function acceptUpgrades(server: Server, wss: WebSocketServer, { allowedOrigins, trustProxy, log }: SocketOptions) {
  wss.on('error', (e) => log(`live: WebSocket server error: ${e.message}`));
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (e) => log(`live: socket error during upgrade: ${e.message}`));
    let path = '';
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      path = '';
    }
    if (path !== '/live/ws') return refuse(socket, '404 Not Found');
    if (!originAllowed(req, allowedOrigins)) {
      log(`live: upgrade from origin ${JSON.stringify(req.headers.origin)} refused`);
      return refuse(socket, '403 Forbidden');
    }
    const address = addressFrom(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req, address));
  });
}

/**
 * Closes a socket that sends more than `perSecond` messages in a second (1008, policy violation),
 * and logs why any socket failed: a frame over the size limit (1009), invalid UTF-8 (1007) or a
 * broken frame (1002) make `ws` emit an error and close that one connection.
 */
export function guardSocket(ws: WebSocket, address: string, perSecond: number, log: (line: string) => void): () => boolean {
  ws.on('error', (e: Error & { code?: string }) => log(`live: closed a socket from ${address}: ${e.code ?? 'error'} ${e.message}`));
  let windowStart = 0;
  let count = 0;
  let flooded = false;
  /** Counts a message; false once the socket is over its rate (it is then closing). */
  return () => {
    if (flooded) return false;
    const t = Date.now();
    if (t - windowStart >= 1000) {
      windowStart = t;
      count = 0;
    }
    if (++count <= perSecond) return true;
    flooded = true;
    log(`live: closed a socket from ${address}: more than ${perSecond} messages a second`);
    ws.close(1008, 'too many messages');
    // A flooder does not get to hold the line open while the close handshake waits.
    setTimeout(() => ws.terminate(), 1000).unref();
    return false;
  };
}
