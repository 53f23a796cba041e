import { expect, test } from 'vitest';
import { DEFAULT_HOME_PAGE } from '../../domain';
import { openStorage } from '../storage/open';
import { traineeRegistry, type TraineeRegistry } from '../trainees';
import { withIdentityCache } from './identity-cache';

/** A real registry on a real (in-memory) database, with its lookups counted. */
async function counted() {
  const registry = traineeRegistry(await openStorage({ dataDir: ':memory:' }), DEFAULT_HOME_PAGE);
  const counter = { lookups: 0 };
  const spied: TraineeRegistry = { ...registry, identify: (token) => (counter.lookups++, registry.identify(token)) };
  return { registry: spied, counter };
}

test("a token's trainee is looked up once a minute, not once a request", async () => {
  const { registry, counter } = await counted();
  let now = 1_000_000;
  const cached = withIdentityCache(registry, { ttlMs: 60_000, now: () => now });
  const { token } = await registry.register({ name: '王伟', employeeId: 'E1', department: '华东销售部' });
  const first = await cached.identify(token);
  expect(first).toEqual(await registry.identify(token));
  counter.lookups = 0;
  for (let i = 0; i < 100; i++) expect(await cached.identify(token)).toEqual(first);
  expect(counter.lookups).toBe(0);
  now += 60_000;
  expect(await cached.identify(token)).toEqual(first);
  expect(counter.lookups).toBe(1);
});

test('an unknown token is never remembered, so it works as soon as it is registered', async () => {
  const { registry, counter } = await counted();
  const cached = withIdentityCache(registry);
  expect(await cached.identify('no-such-token')).toBeUndefined();
  expect(await cached.identify('no-such-token')).toBeUndefined();
  expect(counter.lookups).toBe(2);
  const { token } = await cached.register({ name: '李芳', employeeId: 'E2', department: '华南销售部' });
  expect((await cached.identify(token))?.employeeId).toBe('E2');
});

test('at most `max` tokens are remembered: the oldest lookup goes first', async () => {
  const { registry, counter } = await counted();
  const cached = withIdentityCache(registry, { max: 2 });
  const tokens: string[] = [];
  for (const id of ['E1', 'E2', 'E3']) tokens.push((await registry.register({ name: '张敏', employeeId: id, department: '大客户部' })).token);
  for (const t of tokens) await cached.identify(t);
  counter.lookups = 0;
  expect((await cached.identify(tokens[2]!))?.employeeId).toBe('E3');
  expect((await cached.identify(tokens[1]!))?.employeeId).toBe('E2');
  expect(counter.lookups).toBe(0);
  expect((await cached.identify(tokens[0]!))?.employeeId).toBe('E1');
  expect(counter.lookups).toBe(1);
});
