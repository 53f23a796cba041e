import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { oidcClient, oidcSettingsFrom } from '../../src/server/auth/oidc-client';
import { IDP_CLIENT, IDP_USERS, startOidcProvider } from '../setup/oidc-provider';
import { liveClient, type Msg } from './live-client';
import { HR, TEST_MODULES } from './serve-app';
import { signInFlow } from './sign-in-flow';
import { testStorage } from './test-storage';

// Live rooms with company sign-in: the app on a loopback port with its sockets, a real provider on another.
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let server: ServerType;
let base = '';
let app: ReturnType<typeof createApp>;
/** How far the app's clock is ahead of the real one (the provider keeps real time). */
let later = 0;
const { signIn, post, tokenOf } = signInFlow(() => base);

beforeAll(async () => {
  server = serve({ fetch: (req) => app.fetch(req), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp = await startOidcProvider([`${base}/auth/callback`]);
  const oidc = await oidcClient(oidcSettingsFrom({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret, PUBLIC_URL: base })!);
  app = createApp({ sql: await testStorage(), xapiUser: 'lrs', xapiPassword: 'pw', hrUser: HR.user, hrPasswordHash: 'scrypt$1$1$1$x$y', modules: TEST_MODULES, oidc, publicUrl: base, now: () => Date.now() + later });
  app.live.attach(server as Server);
}, 60_000);
afterAll(async () => {
  await app.live.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await idp?.close();
});

const client = (hello: object) => liveClient(`ws://${base.slice('http://'.length)}/live/ws`, hello);
const isView = (m: Msg) => m.t === 'view';
const poll = (n: number) => ({ kind: 'poll', prompt: { 'zh-CN': `第${n}题`, en: `Question ${n}` }, options: [{ id: 'a', text: { 'zh-CN': '甲', en: 'A' } }, { id: 'b', text: { 'zh-CN': '乙', en: 'B' } }] });

/** How many live answers the records hold in this employee's name. */
const answersOf = async (employeeId: string) => {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
  const res = await fetch(`${base}/xapi/statements?agent=${encodeURIComponent(agent)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/answered')}&limit=100`, {
    headers: { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3' },
  });
  return ((await res.json()) as { statements: unknown[] }).statements.length;
};

test('a phone whose sign-in ran out is told so and not seated as a guest; its seat waits, and after signing in again it is the same seat, answering as the employee; a phone without a token is a guest as before', async () => {
  const trainer = await signIn('trainer');
  const created = await post('/api/live/sessions', trainer, { moduleId: '01-foundations' });
  expect(created.status).toBe(201);
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const room = client({ t: 'trainer', code, key: trainerKey });
  await room.next(isView);
  const seats = async (n: number) => (await room.next((m) => isView(m) && m.view!.participants === n)).view!.participants;

  // A token the server never gave (or no longer has) seats nobody.
  const stranger = client({ t: 'join', code, pid: 'stranger-0001', name: 'Stranger', token: 'x'.repeat(43) });
  expect((await stranger.next((m) => m.t === 'error')).error).toBe('signed_out');
  // Without a token, a guest, as ever.
  const guest = client({ t: 'join', code, pid: 'guest-000001', name: 'Guest' });
  await guest.next(isView);
  // A signed-in trainee's phone sits down as that employee.
  const trainee = await signIn('trainee');
  const hello = { t: 'join', code, pid: 'wang-0000001', name: IDP_USERS.trainee.name, token: await tokenOf(trainee) };
  const phone = client(hello);
  await phone.next(isView);
  expect(await seats(2)).toBe(2);
  expect(stranger.seen.some(isView)).toBe(false);

  room.send({ t: 'push', question: poll(1) });
  const first = (await phone.next((m) => isView(m) && Boolean(m.view!.question))).view!.question as { id: string };
  phone.send({ t: 'answer', qid: first.id, optionIds: ['a'] });
  await phone.next((m) => m.t === 'received');
  expect(await answersOf(IDP_USERS.trainee.employee_id)).toBe(1);

  // The trainee's sign-in runs out (unused past its idle time); the phone drops and comes back with its token.
  later += (app.settings.sessionIdleMinutes + 1) * 60_000;
  phone.close();
  const back = client(hello);
  expect((await back.next((m) => m.t === 'error')).error).toBe('signed_out');
  // A new phone with that token is refused the same way.
  const other = client({ ...hello, pid: 'wang-0000002', name: 'Wang 2' });
  expect((await other.next((m) => m.t === 'error')).error).toBe('signed_out');
  expect(back.seen.some(isView) || other.seen.some(isView)).toBe(false);
  room.send({ t: 'push', question: poll(2) });
  expect((await room.next((m) => isView(m) && (m.view!.question as { prompt?: { en?: string } } | undefined)?.prompt?.en === 'Question 2')).view!.participants).toBe(2);

  // Signed in again, the phone is back in its own seat (its first answer with it) and answers as the employee.
  const again = await signIn('trainee');
  const seated = client({ ...hello, token: await tokenOf(again) });
  const second = (await seated.next((m) => isView(m) && (m.view!.question as { prompt?: { en?: string } } | undefined)?.prompt?.en === 'Question 2')).view!.question as { id: string };
  seated.send({ t: 'answer', qid: second.id, optionIds: ['b'] });
  await seated.next((m) => m.t === 'received');
  expect(await answersOf(IDP_USERS.trainee.employee_id)).toBe(2);
  room.send({ t: 'end' });
  const ended = await room.next((m) => isView(m) && m.view!.ended === true);
  expect(ended.view!.participants).toBe(2);
  for (const c of [room, stranger, guest, back, other, seated]) c.close();
});

test('a phone that stays seated after its sign-in ran out is told so when it answers: the answer counts for nobody, and signed in again it answers as the employee', async () => {
  const trainer = await signIn('trainer');
  const { code, trainerKey } = (await (await post('/api/live/sessions', trainer, { moduleId: '01-foundations' })).json()) as { code: string; trainerKey: string };
  const room = client({ t: 'trainer', code, key: trainerKey });
  await room.next(isView);
  const trainee = await signIn('trainee');
  const hello = { t: 'join', code, pid: 'wang-0000003', name: IDP_USERS.trainee.name, token: await tokenOf(trainee) };
  const phone = client(hello);
  await phone.next(isView);
  const before = await answersOf(IDP_USERS.trainee.employee_id);

  room.send({ t: 'push', question: poll(3) });
  const asked = (await phone.next((m) => isView(m) && Boolean(m.view!.question))).view!.question as { id: string };
  // The phone never drops, but the sign-in behind its token runs out meanwhile.
  later += (app.settings.sessionIdleMinutes + 1) * 60_000;
  phone.send({ t: 'answer', qid: asked.id, optionIds: ['a'] });
  const refused = await phone.next((m) => m.t === 'error');
  expect(refused).toMatchObject({ error: 'signed_out', qid: asked.id });
  expect(phone.seen.some((m) => m.t === 'received')).toBe(false);
  expect(await answersOf(IDP_USERS.trainee.employee_id)).toBe(before);
  expect((await room.next((m) => isView(m) && m.view!.counts !== undefined)).view!.counts!.answered).toBe(0);

  // Signed in again, the same phone sits back down on the same socket and its answer counts once.
  const again = await signIn('trainee');
  phone.send({ ...hello, token: await tokenOf(again) });
  await phone.next((m) => m.t === 'welcome');
  phone.send({ t: 'answer', qid: asked.id, optionIds: ['b'] });
  await phone.next((m) => m.t === 'received');
  expect(await answersOf(IDP_USERS.trainee.employee_id)).toBe(before + 1);
  expect((await room.next((m) => isView(m) && m.view!.counts?.answered === 1)).view!.participants).toBe(1);
  for (const c of [room, phone]) c.close();
});
