import { expect, test } from 'vitest';
import { parseNumberInput, withoutUnit } from './parse-number';

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

const units = { 'zh-CN': '台', en: 'units' };

test.each([
  ['380台', '380'],
  ['380 台', '380 '],
  [' 380 units ', '380 '],
  ['380units', '380'],
  ['380 Units', '380 '],
  ['３８０台', '３８０'],
  ['380', '380'],
  ['3台80', '3台80'],
  ['台380', '台380'],
])('%s without its unit is %s', (text, rest) => expect(withoutUnit(text, units)).toBe(rest));

test('a question without a unit keeps the text as typed, trimmed', () => {
  expect(withoutUnit(' 380台 ', undefined)).toBe('380台');
});

test('an empty unit word strips nothing', () => {
  expect(withoutUnit('380', { 'zh-CN': '', en: '' })).toBe('380');
});

test.each([
  ['380台', 380],
  ['380 units', 380],
  ['１，２５０ 台', 1250],
  ['12.5%', 12.5],
])('%s with the unit stripped reads as %s', (text, value) => expect(parseNumberInput(withoutUnit(text, units))).toBe(value));

test.each(['3台80', '台', 'units'])('%s is still not a number once the unit is stripped', (text) =>
  expect(parseNumberInput(withoutUnit(text, units))).toBeUndefined(),
);

test('a percent unit is stripped before the number is read', () => {
  expect(parseNumberInput(withoutUnit('12.5 %', { 'zh-CN': '%', en: '%' }))).toBe(12.5);
});
