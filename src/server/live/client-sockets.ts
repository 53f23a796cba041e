import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { readLiveClientMessage, type LiveClientMessage } from '../../domain';
import { send, type Client } from './live-room';
import { guardSocket } from './live-socket';

export interface ClientSocketsOptions {
  /** The clients connected to this instance, by id: each socket is in it while it is open. */
  local: Map<string, Client>;
  /** Messages one socket may send per second. */
  messagesPerSecond: number;
  log: (line: string) => void;
  /** Queues a message read from a socket, to be handled in its turn. */
  enqueue: (c: Client, m: LiveClientMessage, text: string) => void;
  /** A socket closed: its client leaves. */
  closed: (c: Client) => void;
}

/** The WebSocket server of the live rooms: each socket a client, kept alive by pings, held to its rate, its messages read in order. */
export function clientSockets({ local, messagesPerSecond, log, enqueue, closed }: ClientSocketsOptions): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 60 * 1024 });
  wss.on('connection', (ws: WebSocket, _req: unknown, address: string) => {
    const client: Client = { ws, id: randomBytes(9).toString('base64url'), address, queue: Promise.resolve() };
    local.set(client.id, client);
    const withinRate = guardSocket(ws, address, messagesPerSecond, log);
    let alive = true;
    ws.on('pong', () => (alive = true));
    // A phone that walked out of Wi-Fi leaves no close frame; a missed ping finds it.
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, 25_000);
    ws.on('message', (data) => {
      if (!withinRate()) return;
      const read = readLiveClientMessage(data);
      if (!read.ok) return send(client, { t: 'error', error: read.reason === 'versionMismatch' ? 'incompatible_version' : 'bad_message' });
      enqueue(client, read.message, data.toString());
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      local.delete(client.id);
      closed(client);
    });
  });
  return wss;
}
