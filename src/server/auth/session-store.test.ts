import { expect, test } from 'vitest';
import { openDb } from '../db';
import { sessionStore } from './session-store';

const user = { subject: 's1', employeeId: 'E1', name: '李娜', department: '华东销售部', roles: ['trainee', 'manager'] as const };

test('a session ends after the idle timeout, and after the absolute one however busy', () => {
  let now = Date.UTC(2026, 11, 1, 9);
  const store = sessionStore(openDb(':memory:'), { idleMs: 30 * 60_000, maxMs: 2 * 3_600_000 }, () => now);
  const { token, csrf } = store.open({ ...user, roles: [...user.roles] });
  expect(store.find(token)).toMatchObject({ employeeId: 'E1', roles: ['trainee', 'manager'], csrf });
  // Used every 20 minutes: alive until two hours after sign-in, not a minute more.
  for (let i = 0; i < 5; i++) {
    now += 20 * 60_000;
    expect(store.find(token), `at ${(i + 1) * 20} min`).toBeDefined();
  }
  now += 20 * 60_000;
  expect(store.find(token)).toBeUndefined();

  const idle = store.open({ ...user, roles: ['trainee'] });
  now += 30 * 60_000;
  expect(store.find(idle.token)).toBeUndefined();
  expect(store.find('made-up')).toBeUndefined();
});

test('a pending login is found once, by its state, and not after fifteen minutes', () => {
  let now = 0;
  const store = sessionStore(openDb(':memory:'), { idleMs: 60_000, maxMs: 60_000 }, () => now);
  store.remember({ state: 'st1', nonce: 'n', codeVerifier: 'v', next: '/hr' });
  store.remember({ state: 'st2', nonce: 'n', codeVerifier: 'v', next: '/' });
  expect(store.take('st1')).toEqual({ state: 'st1', nonce: 'n', codeVerifier: 'v', next: '/hr' });
  expect(store.take('st1')).toBeUndefined();
  now += 15 * 60_000 + 1;
  expect(store.take('st2')).toBeUndefined();
});

test('roles an admin grants are kept per employee and replaced as a whole', () => {
  const store = sessionStore(openDb(':memory:'), { idleMs: 60_000, maxMs: 60_000 });
  store.setGrants('E1', ['trainer', 'hr'], 'admin');
  expect(store.grantsOf('E1').sort()).toEqual(['hr', 'trainer']);
  store.setGrants('E1', ['trainer'], 'admin');
  expect(store.grantsOf('E1')).toEqual(['trainer']);
  expect(store.allGrants()).toEqual([expect.objectContaining({ employeeId: 'E1', role: 'trainer', grantedBy: 'admin' })]);
});
