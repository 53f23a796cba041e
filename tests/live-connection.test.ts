import type { AddressInfo } from 'node:net';
import { afterEach, expect, test, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { LIVE_PROTOCOL, liveMessageText, readLiveClientMessage, type LiveClientMessage, type LiveServerMessage } from '../src/domain';
import { openLiveConnection, type LiveConnection, type LiveStatus, type SocketLike } from '../src/features/live/live-connection';

// The phone's and the console's live socket, as a unit, against a real `ws` server on loopback.
// The server checks every message with the protocol's own reader, as the records server does.
type Seen = { connection: number; message: LiveClientMessage | string };

async function server() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const seen: Seen[] = [];
  const sockets: WebSocket[] = [];
  wss.on('connection', (ws) => {
    const connection = sockets.push(ws);
    ws.on('message', (data) => {
      const read = readLiveClientMessage(String(data));
      seen.push({ connection, message: read.ok ? read.message : `refused: ${read.reason}` });
    });
  });
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/live/ws`, seen, sockets, close: () => new Promise<void>((resolve) => wss.close(() => resolve())) };
}

const createSocket = (url: string) => new WebSocket(url) as unknown as SocketLike;
const view: Extract<LiveServerMessage, { t: 'view' }>['view'] = { role: 'screen', code: '123456', slide: { moduleId: '01-foundations', slideId: 'part-overview', black: false }, stage: 'join', ended: false, now: 0, participants: 0, names: [], revealed: false, answered: 0, board: [] };

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function connect(url: string, options: { backoff: (attempt: number) => number }) {
  const statuses: LiveStatus[] = [];
  const messages: LiveServerMessage[] = [];
  const refused: string[] = [];
  const connection: LiveConnection = openLiveConnection({
    url,
    hello: { t: 'screen', code: '123456' },
    createSocket,
    backoff: options.backoff,
    onStatus: (s) => statuses.push(s),
    onMessage: (m) => messages.push(m),
    onRefused: (r) => refused.push(r),
  });
  cleanup.push(() => connection.close());
  return { connection, statuses, messages, refused };
}

test('after a drop it reconnects after the injected pause and says hello again', async () => {
  const s = await server();
  cleanup.push(s.close);
  const pauses: number[] = [];
  const c = connect(s.url, { backoff: (attempt) => (pauses.push(attempt), 20) });
  await vi.waitFor(() => expect(s.seen).toEqual([{ connection: 1, message: { v: LIVE_PROTOCOL, t: 'screen', code: '123456' } }]));

  s.sockets[0]!.terminate();
  await vi.waitFor(() => expect(s.seen.map((x) => x.connection)).toEqual([1, 2]), { timeout: 10_000 });
  expect(s.seen[1]!.message).toEqual({ v: LIVE_PROTOCOL, t: 'screen', code: '123456' });
  expect(pauses).toEqual([1]);
  expect(c.statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);

  // A second drop starts counting again: the pause grows only while attempts keep failing.
  s.sockets[1]!.terminate();
  await vi.waitFor(() => expect(s.seen.map((x) => x.connection)).toEqual([1, 2, 3]), { timeout: 10_000 });
  expect(pauses).toEqual([1, 1]);
});

test('what is sent while the socket is down goes after the next hello, in order, with only the latest slide', async () => {
  const s = await server();
  cleanup.push(s.close);
  // A pause longer than the test: only reconnectNow (a phone waking up) brings it back.
  const c = connect(s.url, { backoff: () => 60_000 });
  await vi.waitFor(() => expect(s.seen).toHaveLength(1));
  s.sockets[0]!.terminate();
  await vi.waitFor(() => expect(c.statuses.at(-1)).toBe('reconnecting'), { timeout: 10_000 });

  c.connection.send({ t: 'slide', moduleId: '01-foundations', slideId: 'a', black: false });
  c.connection.send({ t: 'answer', qid: 'q1', optionIds: ['b'] });
  c.connection.send({ t: 'slide', moduleId: '01-foundations', slideId: 'b', black: true });
  c.connection.reconnectNow();

  await vi.waitFor(() => expect(s.seen.filter((x) => x.connection === 2)).toHaveLength(3), { timeout: 10_000 });
  expect(s.seen.filter((x) => x.connection === 2).map((x) => x.message)).toEqual([
    { v: LIVE_PROTOCOL, t: 'screen', code: '123456' },
    { v: LIVE_PROTOCOL, t: 'answer', qid: 'q1', optionIds: ['b'] },
    { v: LIVE_PROTOCOL, t: 'slide', moduleId: '01-foundations', slideId: 'b', black: true },
  ]);

  // Once open, a message goes at once.
  c.connection.send({ t: 'ping' });
  await vi.waitFor(() => expect(s.seen.at(-1)!.message).toEqual({ v: LIVE_PROTOCOL, t: 'ping' }));
});

test('a message of an unknown version, or of a wrong shape, is refused by name and not used', async () => {
  const s = await server();
  cleanup.push(s.close);
  const c = connect(s.url, { backoff: () => 20 });
  await vi.waitFor(() => expect(s.sockets).toHaveLength(1));
  await vi.waitFor(() => expect(c.statuses.at(-1)).toBe('open'));
  const ws = s.sockets[0]!;

  ws.send(JSON.stringify({ v: LIVE_PROTOCOL + 1, t: 'view', view }));
  ws.send(JSON.stringify({ t: 'view', view }));
  ws.send(JSON.stringify({ v: LIVE_PROTOCOL, t: 'view', view: { ...view, role: 'admin' } }));
  ws.send('{not json');
  ws.send(liveMessageText({ t: 'view', view }));
  await vi.waitFor(() => expect(c.messages).toHaveLength(1));
  expect(c.messages).toEqual([{ v: LIVE_PROTOCOL, t: 'view', view }]);
  expect(c.refused).toEqual(['versionMismatch', 'versionMismatch', 'malformed', 'notJson']);
});

test('closed, it stays closed and sends nothing', async () => {
  const s = await server();
  cleanup.push(s.close);
  const c = connect(s.url, { backoff: () => 20 });
  await vi.waitFor(() => expect(s.seen).toHaveLength(1));
  c.connection.close();
  c.connection.send({ t: 'ping' });
  c.connection.reconnectNow();
  await vi.waitFor(() => expect(s.sockets[0]!.readyState).toBe(WebSocket.CLOSED));
  expect(s.seen).toHaveLength(1);
  expect(s.sockets).toHaveLength(1);
  expect(c.statuses.at(-1)).toBe('closed');
});
