import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { buildXlsx, displayWidth, excelSerial, streamXlsx, streamXlsxRows, WIDTHS } from './xlsx';

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

const widthsOf = (sheet: string) => [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));

test('columns are as wide as their content, not only their header: a long module title, a name, a long employee id', () => {
  const rows = [
    ['ID', 'Name', 'Module', 'Score'],
    ['EMP-2026-000123-SH', 'Jean-Luc Dubois', 'Emotional intelligence in reaching sales targets', 0.5],
    ['E1', 'Ann', 'Foundations', 1],
  ];
  const sheet = strFromU8(unzipSync(buildXlsx([{ name: 'P', rows, columns: [{}, {}, {}, { kind: 'percent' }] }]))['xl/worksheets/sheet1.xml']!);
  const [id, name, module, score] = widthsOf(sheet);
  expect(id).toBeGreaterThanOrEqual('EMP-2026-000123-SH'.length + 1);
  expect(name).toBeGreaterThanOrEqual('Jean-Luc Dubois'.length + 1);
  expect(module).toBeGreaterThanOrEqual('Emotional intelligence in reaching sales targets'.length + 1);
  // A number column keeps its kind's width: its cells are not measured as text.
  expect(score).toBe(WIDTHS.number);
  expect(sheet).not.toContain(' s="6"');
});

test('Chinese characters count double: a column of Chinese titles is twice as wide as one of as many Latin letters', () => {
  expect(displayWidth('情商在销售目标达成中的作用')).toBe(26);
  expect(displayWidth('销售目标，（A）')).toBe(15);
  expect(displayWidth('Jean-Luc')).toBe(8);
  expect(displayWidth('👍ok')).toBe(4);
  const sheet = strFromU8(unzipSync(buildXlsx([{ name: 'P', rows: [['模块', 'M'], ['情商在销售目标达成中的作用', 'abcdefghijklm']] }]))['xl/worksheets/sheet1.xml']!);
  const [zh, en] = widthsOf(sheet);
  expect(zh).toBeGreaterThanOrEqual(26 + 1);
  expect(zh! - 2).toBeGreaterThanOrEqual(2 * (en! - 2));
});

test('a column is never wider than the bound: a longer text wraps instead, and a long header wraps over a narrow column', () => {
  const long = 'Which statement best sums up what a sales target is? '.repeat(3).trim();
  const header = 'Emotional intelligence in reaching sales targets · Best score (%)';
  const sheet = strFromU8(unzipSync(buildXlsx([{ name: 'P', rows: [['Question', header], [long, 0.5], ['Short', 1]], columns: [{}, { kind: 'percent' }] }]))['xl/worksheets/sheet1.xml']!);
  const [question, score] = widthsOf(sheet);
  expect(question).toBe(WIDTHS.max);
  expect(score).toBe(WIDTHS.header);
  expect(sheet).toMatch(/<c r="A2" s="6" t="inlineStr">/);
  expect(sheet).toMatch(/<c r="A3" t="inlineStr">/);
});

test('a streamed workbook fits its widths to its first rows and wraps a later text longer than its column', async () => {
  const rows: [number, string[]][] = [[0, ['Name']], ...Array.from({ length: 300 }, (_, i): [number, string[]] => [0, [`Trainee ${i}`]]), [0, ['Jean-Luc Dubois de la Fontaine-Saint-Michel']]];
  const chunks: Uint8Array[] = [];
  for await (const c of streamXlsxRows([{ name: 'S', columns: [{ width: 12 }] }], rows, { sharedStrings: true })) chunks.push(c);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((o, c) => (all.set(c, o), o + c.length), 0);
  const sheet = strFromU8(unzipSync(all)['xl/worksheets/sheet1.xml']!);
  expect(widthsOf(sheet)).toEqual([13]);
  expect(sheet).toMatch(/<c r="A302" s="6" t="s">/);
  expect(sheet).toMatch(/<c r="A2" t="s">/);
});
