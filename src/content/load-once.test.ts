import { expect, test } from 'vitest';
import { loadOnce } from './load-once';

test('each key loads once and keeps its promise; a failed load is tried again next time', async () => {
  const calls: string[] = [];
  let fail = true;
  const load = loadOnce(async (key) => {
    calls.push(key);
    if (fail) throw new Error('offline');
    return key.toUpperCase();
  });
  await expect(load('a')).rejects.toThrow('offline');
  fail = false;
  const first = load('a');
  expect(load('a')).toBe(first);
  expect(await first).toBe('A');
  expect(await load('b')).toBe('B');
  expect(await load()).toBe('');
  expect(calls).toEqual(['a', 'a', 'b', '']);
});
