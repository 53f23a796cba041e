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

test('a file starts with a byte-order mark, keeps Chinese, and ends rows with CRLF', () => {
  const csv = toCsv([
    ['目标', '日期'],
    ['第三季度增加A产品销售额20%', '2026-11-27'],
  ]);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toBe('\uFEFF"目标","日期"\r\n"第三季度增加A产品销售额20%","2026-11-27"\r\n');
});
