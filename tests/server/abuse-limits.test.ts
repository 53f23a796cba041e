import { expect, test } from 'vitest';
import { liveClient } from './live-client';
import { serveRecords } from './records-root';

const served = serveRecords({ LIVE_JOINS_PER_MINUTE: '5', REGISTRATIONS_PER_HOUR: '3' });

test('200 wrong HR passwords at once from one address: at most 5 are even checked, the rest are 429, and a page file is served meanwhile', async () => {
  let order = 0;
  const burst = Array.from({ length: 200 }, (_, i) =>
    fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hr', password: `wrong-${i}` }) }).then(async (res) => {
      await res.arrayBuffer();
      return { status: res.status, at: ++order };
    }),
  );
  const file = fetch(`${served.base}/assets/app-abc.js`).then(async (res) => ({ status: res.status, text: await res.text(), at: ++order }));
  const answers = await Promise.all(burst);
  const page = await file;
  expect(answers.filter((a) => a.status !== 429).length).toBeLessThanOrEqual(5);
  expect(answers.every((a) => a.status === 429 || a.status === 401)).toBe(true);
  expect(page).toMatchObject({ status: 200, text: 'export {}' });
  expect(page.at).toBeLessThan(Math.max(...answers.map((a) => a.at)));
}, 60_000);

test('one socket cannot take more than one seat, and one address takes only so many new seats a minute; a phone coming back keeps its seat', async () => {
  const created = (await (await fetch(`${served.base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };
  const filler = liveClient(served.ws, { t: 'join', code: created.code, pid: 'filler-00000', name: 'F' });
  await filler.next((m) => m.t === 'view');
  for (let i = 1; i <= 3; i++) filler.send({ t: 'join', code: created.code, pid: `filler-0000${i}`, name: 'F' });
  expect((await filler.next((m) => m.t === 'error')).error).toBe('one_seat');

  const phones = Array.from({ length: 6 }, (_, i) => liveClient(served.ws, { t: 'join', code: created.code, pid: `phone-00000${i}`, name: `P${i}` }));
  const outcomes = await Promise.all(phones.map((p) => p.next((m) => m.t === 'view' || m.t === 'error').then((m) => m.error ?? 'seated')));
  // Five new seats a minute from this address: the filler's and four phones'.
  expect(outcomes.filter((o) => o === 'seated')).toHaveLength(4);
  expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(2);
  const seated = phones[outcomes.indexOf('seated')]!;
  const pid = `phone-00000${outcomes.indexOf('seated')}`;
  seated.close();
  const back = liveClient(served.ws, { t: 'join', code: created.code, pid, name: 'Back' });
  expect((await back.next((m) => m.t === 'view' || m.t === 'error')).t).toBe('view');
  const trainer = liveClient(served.ws, { t: 'trainer', code: created.code, key: created.trainerKey });
  expect((await trainer.next((m) => m.t === 'view')).view!.participants).toBe(5);
  for (const c of [filler, back, trainer, ...phones]) c.close();
});

test('registrations are limited per address', async () => {
  const register = (n: number) =>
    fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `Trainee ${n}`, employeeId: `R${n}`, department: 'Sales' }) });
  for (let n = 0; n < 3; n++) expect((await register(n)).status).toBe(201);
  const limited = await register(3);
  expect(limited.status).toBe(429);
  expect(await limited.json()).toMatchObject({ error: 'rate_limited', retryAfter: expect.any(Number) });
  expect(limited.headers.get('cache-control')).toBe('no-store');
});
