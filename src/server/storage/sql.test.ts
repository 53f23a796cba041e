import { expect, test } from 'vitest';
import { jsonParam } from './sql';

test('jsonParam sends U+0000 and half a surrogate pair as U+FFFD, and leaves a written-out escape alone', () => {
  const rows = JSON.parse(jsonParam([{ k: 'a\u0000b', lone: 'x\uD800y', text: 'back\\u0000slash', n: 1, none: null }])) as Record<string, unknown>[];
  expect(rows).toEqual([{ k: 'a\uFFFDb', lone: 'x\uFFFDy', text: 'back\\u0000slash', n: 1, none: null }]);
});
