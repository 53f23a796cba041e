import { expect, test } from 'vitest';
import { HR, serveApp } from './serve-app';

let clock = Date.parse('2026-12-01T09:00:00Z');
const served = serveApp({ now: () => clock, settings: { trustProxy: 1 } });
// With one trusted proxy, X-Forwarded-For names the client: one test server stands for many addresses.
const attempt = (password: string, from = '203.0.113.7', user = HR.user) =>
  fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from }, body: JSON.stringify({ user, password }) });

test('failed logins from one address: the delay grows after three, and after five even the right password waits, and is told how long', async () => {
  const from = '203.0.113.10';
  for (let i = 0; i < 3; i++) expect((await attempt(`guess-${i}`, from)).status).toBe(401);
  const slowed = await attempt('guess-3', from);
  expect(slowed.status).toBe(429);
  expect(Number(slowed.headers.get('Retry-After'))).toBe(1);
  clock += 1_000;
  expect((await attempt('guess-3', from)).status).toBe(401);
  expect((await attempt('guess-4', from)).status).toBe(429); // now 2 s
  clock += 2_000;
  expect((await attempt('guess-4', from)).status).toBe(401);
  clock += 60_000;
  const limited = await attempt(HR.password, from);
  expect(limited.status).toBe(429);
  const body = await limited.json();
  expect(body).toMatchObject({ error: 'rate_limited', message: expect.any(String) });
  expect(body.retryAfter).toBeGreaterThan(700);
  expect(Number(limited.headers.get('Retry-After'))).toBe(body.retryAfter);
}, 30_000);

test('failures from other addresses, under HR\'s own name, never lock HR out: the right password works from a fresh address', async () => {
  for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5'])
    for (let i = 0; i < 5; i++) await attempt(`guess-${i}`, from);
  expect((await attempt('guess', '198.51.100.1')).status).toBe(429);
  const real = await attempt(HR.password, '192.0.2.50');
  expect(real.status).toBe(200);
  expect((await real.json()).user).toBe(HR.user);
}, 60_000);

test('an unknown user costs a hash and a count like a wrong password', async () => {
  const res = await attempt(HR.password, '192.0.2.60', 'not-hr');
  expect(res.status).toBe(401);
  expect((await res.json()).error).toBe('invalid_credentials');
});
