import { expect, test } from 'vitest';
import { openStorage } from '../storage/open';
import { sessionStore } from './session-store';

const user = { subject: 's1', employeeId: 'E1', name: '李娜', department: '华东销售部', roles: ['trainee', 'manager'] as const };

test('a session ends after the idle timeout, and after the absolute one however busy', async () => {
  let now = Date.UTC(2026, 11, 1, 9);
  const store = sessionStore(await openStorage({ dataDir: ':memory:' }), { idleMs: 30 * 60_000, maxMs: 2 * 3_600_000 }, () => now);
  const { token, csrf } = await store.open({ ...user, roles: [...user.roles] });
  expect(await store.find(token)).toMatchObject({ employeeId: 'E1', roles: ['trainee', 'manager'], csrf });
  // Used every 20 minutes: alive until two hours after sign-in, not a minute more.
  for (let i = 0; i < 5; i++) {
    now += 20 * 60_000;
    expect(await store.find(token), `at ${(i + 1) * 20} min`).toBeDefined();
  }
  now += 20 * 60_000;
  expect(await store.find(token)).toBeUndefined();

  const idle = await store.open({ ...user, roles: ['trainee'] });
  now += 30 * 60_000;
  expect(await store.find(idle.token)).toBeUndefined();
  expect(await store.find('made-up')).toBeUndefined();
});

test('a pending login is found once, by its state, and not after fifteen minutes', async () => {
  let now = 0;
  const store = sessionStore(await openStorage({ dataDir: ':memory:' }), { idleMs: 60_000, maxMs: 60_000 }, () => now);
  await store.remember({ state: 'st1', nonce: 'n', codeVerifier: 'v', next: '/hr' });
  await store.remember({ state: 'st2', nonce: 'n', codeVerifier: 'v', next: '/' });
  expect(await store.take('st1')).toEqual({ state: 'st1', nonce: 'n', codeVerifier: 'v', next: '/hr' });
  expect(await store.take('st1')).toBeUndefined();
  now += 15 * 60_000 + 1;
  expect(await store.take('st2')).toBeUndefined();
});

test('roles an admin grants are kept per employee and replaced as a whole', async () => {
  const store = sessionStore(await openStorage({ dataDir: ':memory:' }), { idleMs: 60_000, maxMs: 60_000 });
  await store.setGrants('E1', ['trainer', 'hr'], 'admin');
  expect((await store.grantsOf('E1')).sort()).toEqual(['hr', 'trainer']);
  await store.setGrants('E1', ['trainer'], 'admin');
  expect(await store.grantsOf('E1')).toEqual(['trainer']);
  expect(await store.allGrants()).toEqual([expect.objectContaining({ employeeId: 'E1', role: 'trainer', grantedBy: 'admin' })]);
});
