import { expect, test } from 'vitest';
import { DEFAULT_HOME_PAGE } from '../../domain';
import { openDb } from '../db';
import { traineeRegistry, type TraineeRegistry } from '../trainees';
import { withIdentityCache } from './identity-cache';

/** A real registry on a real (in-memory) database, with its lookups counted. */
function counted() {
  const registry = traineeRegistry(openDb(':memory:'), DEFAULT_HOME_PAGE);
  const counter = { lookups: 0 };
  const spied: TraineeRegistry = { ...registry, identify: (token) => (counter.lookups++, registry.identify(token)) };
  return { registry: spied, counter };
}

test("a token's trainee is looked up once a minute, not once a request", () => {
  const { registry, counter } = counted();
  let now = 1_000_000;
  const cached = withIdentityCache(registry, { ttlMs: 60_000, now: () => now });
  const { token } = registry.register({ name: '王伟', employeeId: 'E1', department: '华东销售部' });
  const first = cached.identify(token);
  expect(first).toEqual(registry.identify(token));
  counter.lookups = 0;
  for (let i = 0; i < 100; i++) expect(cached.identify(token)).toEqual(first);
  expect(counter.lookups).toBe(0);
  now += 60_000;
  expect(cached.identify(token)).toEqual(first);
  expect(counter.lookups).toBe(1);
});

test('an unknown token is never remembered, so it works as soon as it is registered', () => {
  const { registry, counter } = counted();
  const cached = withIdentityCache(registry);
  expect(cached.identify('no-such-token')).toBeUndefined();
  expect(cached.identify('no-such-token')).toBeUndefined();
  expect(counter.lookups).toBe(2);
  const { token } = cached.register({ name: '李芳', employeeId: 'E2', department: '华南销售部' });
  expect(cached.identify(token)?.employeeId).toBe('E2');
});

test('at most `max` tokens are remembered: the oldest lookup goes first', () => {
  const { registry, counter } = counted();
  const cached = withIdentityCache(registry, { max: 2 });
  const tokens = ['E1', 'E2', 'E3'].map((id) => registry.register({ name: '张敏', employeeId: id, department: '大客户部' }).token);
  for (const t of tokens) cached.identify(t);
  counter.lookups = 0;
  expect(cached.identify(tokens[2]!)?.employeeId).toBe('E3');
  expect(cached.identify(tokens[1]!)?.employeeId).toBe('E2');
  expect(counter.lookups).toBe(0);
  expect(cached.identify(tokens[0]!)?.employeeId).toBe('E1');
  expect(counter.lookups).toBe(1);
});
