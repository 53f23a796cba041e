import { expect, test } from 'vitest';
import { parseNumberInput } from './parse-number';

test.each([
  ['625', 625],
  [' 625 ', 625],
  ['1,250', 1250],
  ['1 250', 1250],
  ['６２５', 625],
  ['191.7', 191.7],
  ['191。7', 191.7],
  ['12.5%', 12.5],
  ['-3', -3],
  ['.5', 0.5],
  ['3.', 3],
])('%s reads as %s', (text, value) => expect(parseNumberInput(text)).toBe(value));

test.each(['', 'abc', '6x', '1e309', '--3', '1.2.3', '五百', 'Infinity', 'NaN', '%'])('%s is not a number', (text) =>
  expect(parseNumberInput(text)).toBeUndefined(),
);
