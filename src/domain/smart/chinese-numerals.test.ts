import { expect, test } from 'vitest';
import { magnitudeOf, parseChineseNumeral } from './chinese-numerals';

test.each([
  ['五百万', 5_000_000],
  ['两百', 200],
  ['十二', 12],
  ['二十', 20],
  ['十', 10],
  ['三千五百万', 35_000_000],
  ['一亿五千万', 150_000_000],
  ['一百零五', 105],
  ['五十', 50],
  ['八十五', 85],
])('%s → %s', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

test('anything else is not a numeral', () => {
  expect(parseChineseNumeral('五百台')).toBeUndefined();
  expect(parseChineseNumeral('')).toBeUndefined();
});

test('magnitudes after Arabic numbers', () => {
  expect(magnitudeOf('万')).toBe(1e4);
  expect(magnitudeOf('亿')).toBe(1e8);
  expect(magnitudeOf('千万')).toBe(1e7);
  expect(magnitudeOf('')).toBe(1);
});
