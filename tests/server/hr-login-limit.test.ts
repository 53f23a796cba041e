import { expect, test } from 'vitest';
import { HR, serveApp } from './serve-app';

const served = serveApp();
const attempt = (password: string) =>
  fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: HR.user, password }) });

test('after five failed logins from one address, even the right password waits, and is told how long', async () => {
  for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
  const limited = await attempt(HR.password);
  expect(limited.status).toBe(429);
  const body = await limited.json();
  expect(body.error).toBe('rate_limited');
  expect(body.retryAfter).toBeGreaterThan(800);
  expect(Number(limited.headers.get('Retry-After'))).toBe(body.retryAfter);
});
