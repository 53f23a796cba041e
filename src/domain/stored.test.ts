import { expect, test } from 'vitest';
import { keepValid, readStored } from './stored';

test.each([
  [null, { kind: 'empty' }],
  ['', { kind: 'empty' }],
  ['{not json', { kind: 'recovered', reason: 'corrupt' }],
  ['42', { kind: 'recovered', reason: 'invalidShape' }],
  ['{"version":1}', { kind: 'recovered', reason: 'invalidShape' }],
  ['{"state":[],"version":2}', { kind: 'recovered', reason: 'unknownVersion' }],
  ['{"state":[1],"version":1}', { kind: 'ok', state: [1] }],
])('%j → %j', (raw, expected) => expect(readStored(raw, 1)).toEqual(expected));

test('keepValid keeps what passes and says when something was dropped', () => {
  const isNumber = (v: unknown): v is number => typeof v === 'number';
  expect(keepValid([1, 'x', 2], isNumber)).toEqual({ kept: [1, 2], dropped: true });
  expect(keepValid([1, 2], isNumber)).toEqual({ kept: [1, 2], dropped: false });
  expect(keepValid('nope', isNumber)).toEqual({ kept: [], dropped: true });
});
