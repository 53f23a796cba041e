import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

/**
 * Our .xlsx writer (Office Open XML), for HR's exports and the sandbox's: a styled, frozen
 * header row with an autofilter, column widths, numbers and percentages as numbers, dates as
 * date cells in the company's time zone, text always as inline strings (never a formula). It
 * streams: rows go into the zip as they come, so a 10,000-trainee export never holds the whole
 * sheet in memory. It is ours rather than ExcelJS because it does all of this in ~200 lines,
 * runs in the browser and the server alike, and is several times faster on HR's exports.
 */
export type Cell = string | number | Date | null | undefined;
export type ColumnKind = 'text' | 'number' | 'integer' | 'percent' | 'date';
export interface Column {
  kind?: ColumnKind;
  /** In characters; estimated from the header when absent. */
  width?: number;
}
export interface SheetSpec<R extends Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]> = Iterable<readonly Cell[]>> {
  name: string;
  columns?: readonly Column[];
  /** The first row is the header. */
  rows: R;
}
export interface XlsxOptions {
  /** IANA time zone for date cells (Excel has no zones: a date cell shows this zone's wall clock). */
  timeZone?: string;
  /** Deflate level: 1 is much faster for large exports at a slightly larger file. */
  level?: 1 | 6;
}

// Style ids in styles.xml's cellXfs, in order.
const STYLE = { header: 1, date: 2, percent: 3, integer: 4, number: 5 } as const;
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
// Offsets change only on quarter hours (DST and zone changes fall on them), so one look-up per
// quarter hour serves every date cell in it; formatToParts per cell made a 10,000-trainee export slow.
const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, number>();
/** The zone's offset from UTC at an instant, in milliseconds. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const key = `${timeZone}\u0000${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 100_000) offsetCache.clear();
    offset = zoneOffsetAt(Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR, timeZone);
    offsetCache.set(key, offset);
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

const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\uFFFF]/.test(ch) ? 2 : 1), 0);

function instantOf(value: Cell): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

function cellXml(value: Cell, ref: string, kind: ColumnKind, header: boolean, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '';
  const text = (t: string, style = header ? ` s="${STYLE.header}"` : '') => `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(t)}</t></is></c>`;
  if (header) return text(String(value));
  if (kind === 'date') {
    const ms = instantOf(value);
    return ms === undefined ? text(String(value), '') : `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(ms, timeZone)}</v></c>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    const style = kind === 'percent' ? STYLE.percent : kind === 'integer' ? STYLE.integer : kind === 'number' ? STYLE.number : 0;
    return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  }
  return text(value instanceof Date ? value.toISOString() : String(value), '');
}

function rowXml(row: readonly Cell[], r: number, columns: readonly Column[], timeZone: string): string {
  let cells = '';
  for (let c = 0; c < row.length; c++) cells += cellXml(row[c], `${columnName(c)}${r}`, columns[c]?.kind ?? 'text', r === 1, timeZone);
  return `<row r="${r}">${cells}</row>`;
}

function sheetHead(header: readonly Cell[], columns: readonly Column[]): string {
  const count = Math.max(header.length, columns.length);
  const cols = Array.from({ length: count }, (_, i) => {
    const estimate = Math.max(displayWidth(String(header[i] ?? '')) + 4, columns[i]?.kind === 'date' ? 18 : 10);
    const width = Math.min(60, columns[i]?.width ?? estimate);
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  }).join('');
  const views = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${views}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

const filterRef = (columns: number, rows: number) => `A1:${columnName(Math.max(columns, 1) - 1)}${Math.max(rows, 1)}`;
const sheetTail = (columns: number, rows: number) => `</sheetData>${rows > 0 && columns > 0 ? `<autoFilter ref="${filterRef(columns, rows)}"/>` : ''}</worksheet>`;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const sheetName = (name: string, i: number) => escapeXml(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`);

/** The package's fixed parts and the workbook (which names each sheet's autofilter range). */
function packageFiles(names: readonly string[], extents: readonly { columns: number; rows: number }[]): Record<string, string> {
  const definedNames = extents
    .map((e, i) => (e.rows > 0 && e.columns > 0 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${names[i]!.replace(/'/g, "''")}'!$A$1:$${columnName(e.columns - 1)}$${e.rows}</definedName>` : ''))
    .join('');
  return {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}</Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
}

/** A whole workbook at once (the sandbox's plan, tests). */
export function buildXlsx(sheets: readonly SheetSpec[], { timeZone = 'UTC', level = 6 }: XlsxOptions = {}): Uint8Array {
  const names = sheets.map((s, i) => sheetName(s.name, i));
  const files: Record<string, Uint8Array> = {};
  const extents = sheets.map((s, i) => {
    const columns = s.columns ?? [];
    let xml = '';
    let r = 0;
    let width = columns.length;
    for (const row of s.rows) {
      if (r === 0) xml += sheetHead(row, columns);
      width = Math.max(width, row.length);
      xml += rowXml(row, ++r, columns, timeZone);
    }
    if (r === 0) xml += sheetHead([], columns);
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml + sheetTail(width, r));
    return { columns: width, rows: r };
  });
  for (const [path, text] of Object.entries(packageFiles(names, extents))) files[path] = strToU8(text);
  return zipSync(files, { level });
}

/**
 * A workbook as a stream of zip chunks: each sheet's rows are written as they arrive (in
 * batches), so memory stays flat however many rows there are.
 */
export async function* streamXlsx(
  sheets: readonly SheetSpec<Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>>[],
  { timeZone = 'UTC', level = 1 }: XlsxOptions = {},
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  };
  const names = sheets.map((s, i) => sheetName(s.name, i));
  const extents: { columns: number; rows: number }[] = [];
  for (const [i, s] of sheets.entries()) {
    const file = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level });
    zip.add(file);
    const columns = s.columns ?? [];
    let buffer = '';
    let r = 0;
    let width = columns.length;
    for await (const row of s.rows) {
      if (r === 0) buffer += sheetHead(row, columns);
      width = Math.max(width, row.length);
      buffer += rowXml(row, ++r, columns, timeZone);
      if (buffer.length > 256 * 1024) {
        file.push(strToU8(buffer));
        buffer = '';
        yield* drain();
      }
    }
    if (r === 0) buffer += sheetHead([], columns);
    file.push(strToU8(buffer + sheetTail(width, r)), true);
    extents.push({ columns: width, rows: r });
    yield* drain();
  }
  for (const [path, text] of Object.entries(packageFiles(names, extents))) {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  }
  zip.end();
  yield* drain();
}
