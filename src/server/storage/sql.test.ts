import { expect, test } from 'vitest';
import { inList, jsonParam } from './sql';

test('jsonParam sends U+0000 and half a surrogate pair as U+FFFD, and leaves a written-out escape alone', () => {
  const rows = JSON.parse(jsonParam([{ k: 'a\u0000b', lone: 'x\uD800y', text: 'back\\u0000slash', n: 1, none: null }])) as Record<string, unknown>[];
  expect(rows).toEqual([{ k: 'a\uFFFDb', lone: 'x\uFFFDy', text: 'back\\u0000slash', n: 1, none: null }]);
});

test('inList rounds a list up to a power of two with its last value: the same rows, ten query texts for lists of 1 to 500', () => {
  expect(inList([])).toEqual({ text: '', params: [] });
  expect(inList(['a'])).toEqual({ text: '?', params: ['a'] });
  expect(inList(['a', 'b', 'c'])).toEqual({ text: '?, ?, ?, ?', params: ['a', 'b', 'c', 'c'] });
  expect(inList(['a', 'b', 'c', 'd'])).toEqual({ text: '?, ?, ?, ?', params: ['a', 'b', 'c', 'd'] });
  const texts = new Set(Array.from({ length: 500 }, (_, i) => inList(Array.from({ length: i + 1 }, (_, j) => `v${j}`)).text));
  expect(texts.size).toBe(10);
});
