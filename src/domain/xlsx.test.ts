import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { buildXlsx } from './xlsx';

test('a workbook holds its sheets, numbers as numbers and text (Chinese, formulas) as plain text', () => {
  const bytes = buildXlsx([{ name: '按区域/Region', rows: [['区域', '目标（元）'], ['华东', 5_000_000], ['=1+1', 1.5]] }]);
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="按区域 Region"');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">华东</t></is></c><c r="B2"><v>5000000</v></c>');
  expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
  expect(sheet).not.toContain('<f>');
});
