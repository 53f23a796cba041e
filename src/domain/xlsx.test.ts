import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { buildXlsx, excelSerial, streamXlsx, streamXlsxRows } from './xlsx';

test('a workbook holds its sheets, numbers as numbers and text (Chinese, formulas) as plain text', () => {
  const bytes = buildXlsx([{ name: '按区域/Region', rows: [['区域', '目标（元）'], ['华东', 5_000_000], ['=1+1', 1.5]] }]);
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="按区域 Region"');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">华东</t></is></c><c r="B2"><v>5000000</v></c>');
  expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
  expect(sheet).not.toContain('<f>');
});

test('the header row is styled and frozen, with an autofilter over the data and widths for each column', () => {
  const files = unzipSync(buildXlsx([{ name: 'P', rows: [['姓名', 'Score'], ['李娜', 0.9], ['Ann', 0.5]], columns: [{}, { kind: 'percent' }] }]));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
  expect(sheet).toContain('state="frozen"');
  expect(sheet).toContain('<autoFilter ref="A1:B3"/>');
  expect(sheet).toMatch(/<col min="1" max="1" width="\d+" customWidth="1"\/>/);
  expect(sheet).toContain('<c r="B2" s="3"><v>0.9</v></c>');
  expect(strFromU8(files['xl/workbook.xml']!)).toContain("'P'!$A$1:$B$3");
  expect(strFromU8(files['xl/styles.xml']!)).toContain('formatCode="0.0%"');
});

test('dates are date cells on the company clock: 2026-01-01T00:00Z is serial 46023 + 8 hours in Shanghai', () => {
  expect(excelSerial(Date.parse('2026-01-01T00:00:00Z'))).toBe(46023);
  expect(excelSerial(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Shanghai')).toBeCloseTo(46023 + 8 / 24, 9);
  expect(excelSerial(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBeCloseTo(46204 + 8 / 24, 9);
  const sheet = strFromU8(unzipSync(buildXlsx([{ name: 'D', rows: [['When'], ['2026-01-01T00:00:00Z'], ['not a date']], columns: [{ kind: 'date' }] }], { timeZone: 'Asia/Shanghai' }))['xl/worksheets/sheet1.xml']!);
  expect(Number(/<c r="A2" s="2"><v>([\d.]+)<\/v><\/c>/.exec(sheet)?.[1])).toBeCloseTo(46023 + 8 / 24, 9);
  expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">not a date</t></is></c>');
});

test('a streamed workbook has the same sheets as one built at once, from rows that arrive one by one', async () => {
  async function* rows() {
    yield ['n', 'when'];
    for (let i = 0; i < 3000; i++) yield [i, '2026-01-01T00:00:00Z'];
  }
  const chunks: Uint8Array[] = [];
  for await (const c of streamXlsx([{ name: 'S', rows: rows(), columns: [{ kind: 'integer' }, { kind: 'date' }] }])) chunks.push(c);
  expect(chunks.length).toBeGreaterThan(1);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) all.set(c, (o += c.length) - c.length);
  const streamed = unzipSync(all);
  const list: (string | number)[][] = [['n', 'when'], ...Array.from({ length: 3000 }, (_, i) => [i, '2026-01-01T00:00:00Z'])];
  const built = unzipSync(buildXlsx([{ name: 'S', rows: list, columns: [{ kind: 'integer' }, { kind: 'date' }] }]));
  expect(Object.keys(streamed).sort()).toEqual(Object.keys(built).sort());
  expect(strFromU8(streamed['xl/worksheets/sheet1.xml']!)).toBe(strFromU8(built['xl/worksheets/sheet1.xml']!));
  expect(strFromU8(streamed['xl/workbook.xml']!)).toBe(strFromU8(built['xl/workbook.xml']!));
});

test('a streamed workbook may share its repeated texts: each written once, cells point at it, the header stays inline and styled', async () => {
  const rows: [number, (string | number)[]][] = [
    [0, ['部门', 'n']],
    [0, ['华东', 1]],
    [0, ['华东', 2]],
    [0, ['a & b', 3]],
  ];
  const chunks: Uint8Array[] = [];
  for await (const c of streamXlsxRows([{ name: 'S', columns: [{}, { kind: 'integer' }] }], rows, { sharedStrings: true })) chunks.push(c);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((o, c) => (all.set(c, o), o + c.length), 0);
  const files = unzipSync(all);
  expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('uniqueCount="2"><si><t xml:space="preserve">华东</t></si><si><t xml:space="preserve">a &amp; b</t></si></sst>');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
  expect(sheet).toContain('<c r="A2" t="s"><v>0</v></c>');
  expect(sheet).toContain('<c r="A3" t="s"><v>0</v></c>');
  expect(sheet).toContain('<c r="A4" t="s"><v>1</v></c>');
  expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toContain('Target="sharedStrings.xml"');
  expect(strFromU8(files['[Content_Types].xml']!)).toContain('/xl/sharedStrings.xml');
});
