import fc from 'fast-check';
import { expect, test } from 'vitest';
import { sortInSlices } from './sort-in-slices';

type Item = { key: number; at: number };
const byKey = (a: Item, b: Item) => a.key - b.key;

test('gives the order Array.prototype.sort gives, equal keys in the order they came, for any slice size', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), async (keys, slice) => {
      const items = keys.map((key, at) => ({ key, at }));
      const sorted = await sortInSlices(items, byKey, slice);
      expect(sorted).toEqual([...items].sort(byKey));
      // The input is left as it was.
      expect(items.map((i) => i.at)).toEqual(keys.map((_, at) => at));
    }),
  );
});

test('lets the event loop run between slices: what was waiting runs before the sort ends', async () => {
  let waited = false;
  let seenDuringSort = false;
  const items = Array.from({ length: 5000 }, (_, at) => ({ key: (at * 7919) % 5000, at }));
  setImmediate(() => (waited = true));
  const sorted = await sortInSlices(
    items,
    (a, b) => {
      if (waited) seenDuringSort = true;
      return byKey(a, b);
    },
    500,
  );
  expect(sorted.map((i) => i.key)).toEqual(Array.from({ length: 5000 }, (_, k) => k));
  expect(seenDuringSort).toBe(true);
});

test('an empty list and a single slice', async () => {
  expect(await sortInSlices([], byKey)).toEqual([]);
  expect((await sortInSlices([{ key: 2, at: 0 }, { key: 1, at: 1 }], byKey)).map((i) => i.key)).toEqual([1, 2]);
});
