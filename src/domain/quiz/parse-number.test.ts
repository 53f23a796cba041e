import { expect, test } from 'vitest';
import { parseNumberInput } from './parse-number';

test.each([
  ['625', 625],
  [' 625 ', 625],
  ['1,250', 1250],
  ['1 250', 1250],
  ['12,345,678.5', 12345678.5],
  ['１，２５０', 1250],
  ['1\u202f250', 1250],
  ['６２５', 625],
  ['191.7', 191.7],
  ['191。7', 191.7],
  ['12.5%', 12.5],
  ['-3', -3],
  ['.5', 0.5],
  ['3.', 3],
])('%s reads as %s', (text, value) => expect(parseNumberInput(text)).toBe(value));

test.each(['', 'abc', '6x', '1e309', '--3', '1.2.3', '五百', 'Infinity', 'NaN', '%', '1,5', '191,7', '1 5', '12,34', '1,2345', ',500', '1,,250'])('%s is not a number', (text) =>
  expect(parseNumberInput(text)).toBeUndefined(),
);
