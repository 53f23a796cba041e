import { expect, test } from 'vitest';
import { keepValid, keepValidEntries, restoreStored, storedText, type StoredFormat } from './stored';

const isNumber = (v: unknown): v is number => typeof v === 'number';
// A format at version 3 that still reads version 1 (numbers) and 2 (strings).
const format: StoredFormat<number[]> = {
  version: 3,
  migrations: {
    1: { name: 'numbersToText', up: (s) => (s as number[]).map(String) },
    2: { name: 'textToNumbers', up: (s) => (s as string[]).map(Number) },
  },
  empty: [],
  check: (s) => {
    const { kept, dropped } = keepValid(s, isNumber);
    return Array.isArray(s) ? { state: kept, lost: dropped } : undefined;
  },
};
const NOW = '2026-12-01T00:00:00.000Z';

test.each([
  ['nothing stored', null, { state: [] }],
  ['an empty string', '', { state: [] }],
  ['text that is not JSON', '{not json', { state: [], recovered: 'corrupt' }],
  ['a bare value', '42', { state: [], recovered: 'invalidShape' }],
  ['an envelope without state', '{"version":3}', { state: [], recovered: 'invalidShape' }],
  ['a version that is not a number', '{"state":[1],"version":"3"}', { state: [], recovered: 'invalidShape' }],
  ['a newer version', '{"state":[1],"version":4}', { state: [], recovered: 'unknownVersion' }],
  ['a version older than any step', '{"state":[1],"version":0}', { state: [], recovered: 'unknownVersion' }],
  ["today's version", '{"state":[1,2],"version":3}', { state: [1, 2] }],
  ['version 1, migrated', '{"state":[1,2],"version":1}', { state: [1, 2], migratedFrom: 1 }],
  ['version 2, migrated', '{"state":["1","2"],"version":2}', { state: [1, 2], migratedFrom: 2 }],
  ['a step that throws', '{"state":null,"version":1}', { state: [], recovered: 'invalidShape' }],
  ['some entries unusable', '{"state":[1,"x",2],"version":3}', { state: [1, 2], recovered: 'invalidShape' }],
])('%s', (_name, raw, expected) => expect(restoreStored(raw, format, NOW)).toEqual(expected));

test('a store that had no envelope reads its bare state as version 0 when the format says so', () => {
  const bare = { ...format, version: 1, migrations: { 0: { name: 'wrapList', up: (s: unknown) => Object.values(s as object) } } };
  expect(restoreStored('{"a":1,"b":2}', { ...bare, unversioned: true }, NOW)).toEqual({ state: [1, 2], migratedFrom: 0 });
  expect(restoreStored('{"a":1,"b":2}', bare, NOW).recovered).toBe('invalidShape');
});

test('what is written reads back as it was', () => {
  expect(restoreStored(storedText([3, 4], format), format, NOW)).toEqual({ state: [3, 4] });
});

test('keepValid and keepValidEntries keep what passes and say when something was dropped', () => {
  expect(keepValid([1, 'x', 2], isNumber)).toEqual({ kept: [1, 2], dropped: true });
  expect(keepValid([1, 2], isNumber)).toEqual({ kept: [1, 2], dropped: false });
  expect(keepValid('nope', isNumber)).toEqual({ kept: [], dropped: true });
  const underOwnKey = (k: string, v: unknown): v is number => isNumber(v) && String(v) === k;
  expect(keepValidEntries({ 1: 1, 2: 3 }, underOwnKey)).toEqual({ kept: { 1: 1 }, dropped: true });
  expect(keepValidEntries([], underOwnKey)).toEqual({ kept: {}, dropped: true });
});
