import { expect, test } from 'vitest';
import { liveClient } from './live-client';
import { serveRecords } from './records-root';
import { frame, rawSocket } from './ws-raw';

// Low limits for joins and unknown codes so the test reaches them quickly; everything else default.
const served = serveRecords({ LIVE_JOINS_PER_MINUTE: '100', LIVE_CODE_MISSES_PER_MINUTE: '5', ALLOWED_ORIGINS: 'https://intranet.example.com' });
const poll = { kind: 'poll', prompt: { en: 'Which region?' }, options: [{ id: 'n', text: { en: 'North' } }, { id: 's', text: { en: 'South' } }] };

async function openRoom() {
  const res = await fetch(`${served.base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  expect(res.status).toBe(201);
  const { code, trainerKey } = (await res.json()) as { code: string; trainerKey: string };
  const trainer = liveClient(served.ws, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  return { code, trainer };
}

/** The server still serves the LRS, and the room still takes a question and an answer. */
async function stillWorks(room: Awaited<ReturnType<typeof openRoom>>, pid: string) {
  expect((await fetch(`${served.base}/xapi/about`)).status).toBe(200);
  const phone = liveClient(served.ws, { t: 'join', code: room.code, pid, name: 'Ana' });
  await phone.next((m) => m.t === 'view');
  room.trainer.send({ t: 'push', question: poll });
  const asked = await phone.next((m) => m.t === 'view' && Boolean(m.view!.question) && m.view!.answered === false);
  phone.send({ t: 'answer', qid: (asked.view!.question as { id: string }).id, optionIds: ['n'] });
  await phone.next((m) => m.t === 'view' && m.view!.answered === true);
  phone.close();
}

test.each([
  ['a 61 KB frame', () => frame(Buffer.alloc(61 * 1024, 0x61)), 1009, /WS_ERR_UNSUPPORTED_MESSAGE_LENGTH/],
  ['invalid UTF-8 in a text frame', () => frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 1007, /WS_ERR_INVALID_UTF8/],
  ['a frame with RSV1 set (no extension agreed)', () => frame(Buffer.from('{"t":"ping"}'), { rsv: 0x40 }), 1002, /RSV1/],
  ['a flood of 500 messages from one socket', () => Buffer.concat(Array.from({ length: 500 }, () => frame(Buffer.from('{"t":"ping"}')))), 1008, /more than 20 messages a second/],
])('%s closes that one socket, with a log line, and nothing else: the LRS answers and an open room carries on', async (_name, bytes, code, line) => {
  const room = await openRoom();
  const bystander = liveClient(served.ws, { t: 'join', code: room.code, pid: `bystander-${code}`, name: 'Bo' });
  await bystander.next((m) => m.t === 'view');
  const raw = rawSocket(served.base);
  expect(await raw.opened).toBe(101);
  raw.send(bytes());
  expect(await raw.closed).toBe(code);
  expect(served.logged.some((l) => line.test(l))).toBe(true);
  await stillWorks(room, `phone-after-${code}`);
  expect(bystander.ws.readyState).toBe(bystander.ws.OPEN);
  bystander.close();
  room.trainer.close();
}, 30_000);

test('upgrades only from the app\'s own origin or a listed one; other paths are refused', async () => {
  const own = rawSocket(served.base, '/live/ws', { Origin: served.base });
  expect(await own.opened).toBe(101);
  own.socket.destroy();
  const listed = rawSocket(served.base, '/live/ws', { Origin: 'https://intranet.example.com' });
  expect(await listed.opened).toBe(101);
  listed.socket.destroy();
  expect(await rawSocket(served.base, '/live/ws', { Origin: 'https://evil.example.net' }).opened).toBe(403);
  expect(await rawSocket(served.base, '/live/ws', { Origin: 'null' }).opened).toBe(403);
  expect(await rawSocket(served.base, '/elsewhere').opened).toBe(404);
});

test('join codes cannot be enumerated: after a few unknown codes an address waits, over HTTP and over the socket alike', async () => {
  const { code, trainer } = await openRoom();
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push((await fetch(`${served.base}/api/live/sessions/${String(100000 + i)}`)).status);
  expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(5);
  expect(statuses.at(-1)).toBe(429);
  const limited = await fetch(`${served.base}/api/live/sessions/${code}`);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  const guesser = liveClient(served.ws, { t: 'join', code: '123456', pid: 'guesser-000001', name: 'G' });
  expect((await guesser.next((m) => m.t === 'error')).error).toBe('rate_limited');
  guesser.close();
  trainer.close();
});
