import { expect, test } from 'vitest';
import { csvCell, toCsv } from './csv';

test('every field is quoted and quotes are doubled', () => {
  expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
  expect(csvCell(42)).toBe('"42"');
  expect(csvCell(undefined)).toBe('""');
});

test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '=HYPERLINK("http://x","y")'])('%j is kept as text', (cell) => {
  expect(csvCell(cell).startsWith(`"'`)).toBe(true);
});

test('numbers are written as numbers, negative ones too, not as guarded text', () => {
  expect(csvCell(-0.412)).toBe('"-0.412"');
  expect(csvCell(-3)).toBe('"-3"');
  expect(csvCell(0)).toBe('"0"');
  expect(toCsv([['Discrimination index'], [-0.87]])).toBe('\uFEFF"Discrimination index"\r\n"-0.87"\r\n');
});

test('text that looks like a negative number, and a number that is not finite, are still guarded as text', () => {
  expect(csvCell('-0.412')).toBe(`"'-0.412"`);
  expect(csvCell('-1+2')).toBe(`"'-1+2"`);
  expect(csvCell(-Infinity)).toBe(`"'-Infinity"`);
});

test('a file starts with a byte-order mark, keeps Chinese, and ends rows with CRLF', () => {
  const csv = toCsv([
    ['目标', '日期'],
    ['第三季度增加A产品销售额20%', '2026-11-27'],
  ]);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toBe('\uFEFF"目标","日期"\r\n"第三季度增加A产品销售额20%","2026-11-27"\r\n');
});
