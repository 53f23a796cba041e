import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { inSchemaOrder, parseXml, type XmlElement } from '../../tests/setup/read-xml';
import { buildXlsx, streamXlsxRows } from './xlsx';

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const partsOf = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  const sheets = Object.keys(files)
    .filter((p) => p.startsWith('xl/worksheets/'))
    .sort()
    .map((p) => parseXml(strFromU8(files[p]!)));
  return { sheets, workbook: parseXml(strFromU8(files['xl/workbook.xml']!)) };
};
const printTitles = (workbook: XmlElement) =>
  (child(workbook, 'definedNames')?.children ?? []).filter((d) => d.attrs.name === '_xlnm.Print_Titles').map((d) => [d.attrs.localSheetId, d.text]);

/** What printing a sheet takes: landscape, every column on one page's width, as many pages down as needed. */
function expectPrintSetup(sheet: XmlElement) {
  const names = sheet.children.map((c) => c.name);
  expect(inSchemaOrder(names), names.join(' ')).toBe(true);
  expect(child(sheet, 'sheetPr')?.children.find((c) => c.name === 'pageSetUpPr')?.attrs.fitToPage).toBe('1');
  expect(child(sheet, 'pageSetup')?.attrs).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
  // Every margin attribute is required by the schema.
  expect(Object.keys(child(sheet, 'pageMargins')?.attrs ?? {}).sort()).toEqual(['bottom', 'footer', 'header', 'left', 'right', 'top']);
}

test('printed, each sheet fits its columns on landscape pages, its header row on every page; the frozen header and the widths stay', () => {
  const { sheets, workbook } = partsOf(
    buildXlsx([
      { name: '学习进度', rows: [['工号', '姓名', '得分'], ['E1', '李娜', 0.9]], columns: [{}, {}, { kind: 'percent' }] },
      { name: "Bob's & Ann's", rows: [['Module'], ['Foundations']] },
    ]),
  );
  expect(sheets).toHaveLength(2);
  for (const sheet of sheets) expectPrintSetup(sheet);
  expect(sheets[0]!.children.map((c) => c.name)).toEqual(['sheetPr', 'sheetViews', 'cols', 'sheetData', 'autoFilter', 'pageMargins', 'pageSetup']);
  expect(child(child(child(sheets[0]!, 'sheetViews')!, 'sheetView')!, 'pane')?.attrs).toMatchObject({ ySplit: '1', state: 'frozen' });
  expect(child(sheets[0]!, 'cols')?.children).toHaveLength(3);
  // A quote in a sheet's name is doubled inside the quoted name.
  expect(printTitles(workbook)).toEqual([
    ['0', "'学习进度'!$1:$1"],
    ['1', "'Bob''s & Ann''s'!$1:$1"],
  ]);
});

test('a streamed workbook prints the same way, and a sheet with no rows has a page setup but no title row to repeat', async () => {
  const chunks: Uint8Array[] = [];
  for await (const c of streamXlsxRows([{ name: 'Progress' }, { name: 'Empty' }], [[0, ['ID', 'Name']] as const, [0, ['E1', 'Ann']] as const], { sharedStrings: true })) chunks.push(c);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((o, c) => (all.set(c, o), o + c.length), 0);
  const { sheets, workbook } = partsOf(all);
  for (const sheet of sheets) expectPrintSetup(sheet);
  expect(sheets[1]!.children.map((c) => c.name)).toEqual(['sheetPr', 'sheetViews', 'sheetData', 'pageMargins', 'pageSetup']);
  expect(printTitles(workbook)).toEqual([['0', "'Progress'!$1:$1"]]);
});
