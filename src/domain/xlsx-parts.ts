// The parts of a workbook both writers share (see xlsx.ts): styles, cells and rows as XML, the
// sheet's head and tail, and the package's fixed files.
import type { Cell, Column, ColumnKind } from './xlsx';
import type { XmlBytes } from './xlsx-bytes';
import { overflows } from './xlsx-widths';

// Style ids in styles.xml's cellXfs, in order.
const STYLE = { header: 1, date: 2, percent: 3, integer: 4, number: 5, wrap: 6 } as const;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// XML 1.0 forbids most control characters; they are dropped rather than corrupt the file.
const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''); // eslint-disable-line no-control-regex

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
// Offsets change only on quarter hours (DST and zone changes fall on them) and most days not at
// all: a day whose offset is the same at both ends is looked up once, any other once per quarter
// hour. formatToParts per cell made a 10,000-trainee export slow.
const QUARTER_HOUR = 900_000;
const DAY = 86_400_000;
const offsetCache = new Map<string, { days: Map<number, number>; quarters: Map<number, number> }>();
/** The zone's offset from UTC at an instant, in milliseconds. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache || cache.days.size + cache.quarters.size > 100_000) offsetCache.set(timeZone, (cache = { days: new Map(), quarters: new Map() }));
  const day = Math.floor(ms / DAY);
  let offset = cache.days.get(day);
  if (offset === undefined) {
    const start = zoneOffsetAt(day * DAY, timeZone);
    offset = start === zoneOffsetAt((day + 1) * DAY - QUARTER_HOUR, timeZone) ? start : NaN;
    cache.days.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = Math.floor(ms / QUARTER_HOUR);
  offset = cache.quarters.get(quarter);
  if (offset === undefined) {
    offset = zoneOffsetAt(quarter * QUARTER_HOUR, timeZone);
    cache.quarters.set(quarter, offset);
  }
  return offset;
}

function zoneOffsetAt(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Excel's serial day number of an instant as seen in `timeZone`. */
export function excelSerial(ms: number, timeZone = 'UTC'): number {
  return (ms + zoneOffsetMs(ms, timeZone)) / 86_400_000 + 25_569;
}

function instantOf(value: Cell): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/**
 * The workbook's shared strings: each text is written once and cells point at it, which halves a
 * large sheet (statuses, departments and module titles repeat on every row). Only the first
 * `limit` distinct texts are shared, so memory stays bounded; later ones are written inline.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private xml = '';
  constructor(private readonly limit = 100_000) {}
  /** The text's index, or undefined once the table is full. */
  of(text: string): number | undefined {
    let i = this.index.get(text);
    if (i === undefined && this.index.size < this.limit) {
      i = this.index.size;
      this.index.set(text, i);
      this.xml += `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
    }
    return i;
  }
  get size() {
    return this.index.size;
  }
  toXml = () => `${XML_HEAD}<sst xmlns="${MAIN_NS}" uniqueCount="${this.index.size}">${this.xml}</sst>`;
}

const LETTERS: string[] = [];
const letters = (c: number) => (LETTERS[c] ??= columnName(c));
const NUMBER_STYLE: Partial<Record<ColumnKind, string>> = { percent: ` s="${STYLE.percent}"`, integer: ` s="${STYLE.integer}"`, number: ` s="${STYLE.number}"` };
const inline = (ref: string, style: string, t: string) => `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(t)}</t></is></c>`;

// A text wider than its column wraps onto more lines rather than being cut off by the next cell.
const WRAP = ` s="${STYLE.wrap}"`;
const wrapOf = (t: string, width: number | undefined) => (width !== undefined && overflows(t, width) ? WRAP : '');

function textXml(ref: string, t: string, strings: SharedStrings | undefined, width: number | undefined): string {
  const i = strings?.of(t);
  const style = wrapOf(t, width);
  return i === undefined ? inline(ref, style, t) : `<c r="${ref}"${style} t="s"><v>${i}</v></c>`;
}

function cellXml(value: Cell, ref: string, kind: ColumnKind, timeZone: string, strings: SharedStrings | undefined, width: number | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'date') {
    const ms = instantOf(value);
    return ms === undefined ? textXml(ref, String(value), strings, width) : `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(ms, timeZone)}</v></c>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${NUMBER_STYLE[kind] ?? ''}><v>${value}</v></c>`;
  return textXml(ref, value instanceof Date ? value.toISOString() : String(value), strings, width);
}

/** A row's XML; the first row is the header, styled, always inline. A text wider than its column's width (`widths`) wraps. */
export function rowXml(row: readonly Cell[], r: number, columns: readonly Column[], timeZone: string, strings?: SharedStrings, widths: readonly number[] = []): string {
  let cells = '';
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (r === 1) cells += value === null || value === undefined || value === '' ? '' : inline(`${letters(c)}1`, ` s="${STYLE.header}"`, String(value));
    else cells += cellXml(value, letters(c) + r, columns[c]?.kind ?? 'text', timeZone, strings, widths[c]);
  }
  return `<row r="${r}">${cells}</row>`;
}

const STYLE_ATTR: Partial<Record<ColumnKind, string>> = { ...NUMBER_STYLE, date: ` s="${STYLE.date}"` };

/** As `rowXml`, written into bytes (see xlsx-bytes.ts). */
export function rowBytes(out: XmlBytes, row: readonly Cell[], r: number, columns: readonly Column[], timeZone: string, strings?: SharedStrings, widths: readonly number[] = []) {
  out.ascii('<row r="');
  out.int(r);
  out.ascii('">');
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (value === null || value === undefined || value === '') continue;
    const kind = columns[c]?.kind ?? 'text';
    out.ascii('<c r="');
    out.ascii(letters(c));
    out.int(r);
    if (r === 1) {
      out.ascii(`" s="${STYLE.header}" t="inlineStr"><is><t xml:space="preserve">`);
      out.text(String(value));
      out.ascii('</t></is></c>');
      continue;
    }
    let number: number | undefined;
    if (kind === 'date') {
      const ms = instantOf(value);
      if (ms !== undefined) number = excelSerial(ms, timeZone);
    } else if (typeof value === 'number' && Number.isFinite(value)) number = value;
    if (number !== undefined) {
      out.ascii('"');
      out.ascii(STYLE_ATTR[kind] ?? '');
      out.ascii('><v>');
      if (Number.isInteger(number) && number >= 0) out.int(number);
      else out.ascii(String(number));
      out.ascii('</v></c>');
      continue;
    }
    const t = value instanceof Date ? value.toISOString() : String(value);
    const i = strings?.of(t);
    out.ascii('"');
    out.ascii(wrapOf(t, widths[c]));
    if (i === undefined) {
      out.ascii(' t="inlineStr"><is><t xml:space="preserve">');
      out.text(t);
      out.ascii('</t></is></c>');
    } else {
      out.ascii(' t="s"><v>');
      out.int(i);
      out.ascii('</v></c>');
    }
  }
  out.ascii('</row>');
}

// Printed, a sheet fits all its columns on the width of a landscape page (as many pages down as it
// takes) rather than spilling a wide table over many portrait pages. The page setup comes in three
// parts, each where ECMA-376's CT_Worksheet sequence puts it (Excel refuses a file whose elements
// are out of order): sheetPr first of all, pageMargins then pageSetup after the autoFilter. The
// margins are Excel's "Narrow", for the most room across. (The header row repeats on each page
// through the workbook's Print_Titles: see `packageFiles`.)
const SHEET_PR = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const PAGE_SETUP = '<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

/** The sheet's start: its print setup, the header row frozen and its columns' widths (see `fitWidths`). */
export function sheetHead(widths: readonly number[]): string {
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const views = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${SHEET_PR}${views}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

const filterRef = (columns: number, rows: number) => `A1:${columnName(Math.max(columns, 1) - 1)}${Math.max(rows, 1)}`;
/** The sheet's end: the header row's autofilter over the data, then the page setup. */
export const sheetTail = (columns: number, rows: number) => `</sheetData>${rows > 0 && columns > 0 ? `<autoFilter ref="${filterRef(columns, rows)}"/>` : ''}${PAGE_SETUP}</worksheet>`;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export const sheetName = (name: string, i: number) => escapeXml(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`);

// A sheet in a formula, quoted: an apostrophe in its name is doubled.
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The package's fixed parts and the workbook, which names each sheet's autofilter range and its
 * print titles (the header row, printed again at the top of every page).
 */
export function packageFiles(names: readonly string[], extents: readonly { columns: number; rows: number }[], strings?: SharedStrings): Record<string, string> {
  const shared = strings && strings.size > 0;
  const definedNames = extents
    .map((e, i) =>
      e.rows > 0 && e.columns > 0
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${sheetRef(names[i]!)}!$A$1:$${columnName(e.columns - 1)}$${e.rows}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheetRef(names[i]!)}!$1:$1</definedName>`
        : '',
    )
    .join('');
  return {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${names
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}</Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>${shared ? `<Relationship Id="rId${names.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    'xl/styles.xml': STYLES,
    ...(shared ? { 'xl/sharedStrings.xml': strings.toXml() } : {}),
  };
}
