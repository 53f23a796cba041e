import { liveMessageText, readLiveServerMessage, type LiveClientBody, type LiveHello, type LiveReadFailure, type LiveServerMessage } from '../../domain';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of a WebSocket this uses: the browser's, or the `ws` package's in tests. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: never) => void) | null;
  send(text: string): void;
  close(): void;
}
const OPEN = 1;
const CLOSED = 3;

type Unversioned<M> = M extends unknown ? Omit<M, 'v'> : never;

export interface LiveConnectionOptions {
  url: string;
  /** Said first, and again after each reconnect, so the server puts the socket back where it was. */
  hello: Unversioned<LiveHello>;
  onStatus: (status: LiveStatus) => void;
  onMessage: (message: LiveServerMessage) => void;
  /** A message arrived that this protocol cannot read (another version, a wrong shape): it is not used. */
  onRefused?: (reason: LiveReadFailure) => void;
  /** Injectable for tests; the browser's WebSocket otherwise. */
  createSocket?: (url: string) => SocketLike;
  /** The pause before reconnect attempt n (1, 2, …): 0.5 s doubling up to 5 s unless a test says otherwise. */
  backoff?: (attempt: number) => number;
  /** Messages kept while the socket is down; the oldest go first when it overflows. */
  maxQueued?: number;
}

export interface LiveConnection {
  /** Sends now, or after the next hello when the socket is down (a `slide` replaces one still waiting). */
  send: (message: LiveClientBody) => void;
  /** Back from a tunnel or a locked phone: try now rather than wait out the pause. */
  reconnectNow: () => void;
  close: () => void;
}

export const defaultBackoff = (attempt: number) => Math.min(5000, 500 * 2 ** (attempt - 1));

/**
 * A live socket that comes back by itself: after a drop it reconnects with growing pauses, says
 * hello again, then sends what was queued while it was away. Every message in either direction
 * goes through the protocol in `src/domain/live/protocol.ts`.
 */
export function openLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const backoff = options.backoff ?? defaultBackoff;
  const maxQueued = options.maxQueued ?? 50;
  let queue: LiveClientBody[] = [];
  let socket: SocketLike | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const connect = () => {
    const ws = createSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      options.onStatus('open');
      ws.send(liveMessageText(options.hello));
      const waiting = queue;
      queue = [];
      for (const m of waiting) ws.send(liveMessageText(m));
    };
    ws.onmessage = (event) => {
      const read = readLiveServerMessage(event.data);
      if (read.ok) options.onMessage(read.message);
      else options.onRefused?.(read.reason);
    };
    ws.onclose = () => {
      if (stopped || socket !== ws) return;
      options.onStatus('reconnecting');
      attempt += 1;
      timer = setTimeout(connect, backoff(attempt));
    };
  };

  options.onStatus('connecting');
  connect();

  return {
    send(message) {
      if (stopped) return;
      if (socket?.readyState === OPEN) return socket.send(liveMessageText(message));
      if (message.t === 'slide') queue = queue.filter((m) => m.t !== 'slide');
      queue = [...queue, message].slice(-maxQueued);
    },
    reconnectNow() {
      if (stopped || socket?.readyState !== CLOSED) return;
      clearTimeout(timer);
      connect();
    },
    close() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
      options.onStatus('closed');
    },
  };
}
