import { expect, test } from 'vitest';
import { chunkLoader } from './chunk-loader';

test('a chunk loads once; a failed load is retried next time; an unknown key is refused', async () => {
  let calls = 0;
  let fail = true;
  const load = chunkLoader<string>({
    a: async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { default: 'text' };
    },
  });
  await expect(load('a', 'no a')).rejects.toThrow('offline');
  fail = false;
  expect(await load('a', 'no a')).toBe('text');
  expect(await load('a', 'no a')).toBe('text');
  expect(calls).toBe(2);
  await expect(load('b', 'no b')).rejects.toThrow('no b');
});
