import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { XmlBytes } from './xlsx-bytes';

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

function textXml(ref: string, t: string, strings: SharedStrings | undefined): string {
  const i = strings?.of(t);
  return i === undefined ? inline(ref, '', t) : `<c r="${ref}" t="s"><v>${i}</v></c>`;
}

function cellXml(value: Cell, ref: string, kind: ColumnKind, timeZone: string, strings: SharedStrings | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'date') {
    const ms = instantOf(value);
    return ms === undefined ? textXml(ref, String(value), strings) : `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(ms, timeZone)}</v></c>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${NUMBER_STYLE[kind] ?? ''}><v>${value}</v></c>`;
  return textXml(ref, value instanceof Date ? value.toISOString() : String(value), strings);
}

/** A row's XML; the first row is the header, styled, always inline. */
function rowXml(row: readonly Cell[], r: number, columns: readonly Column[], timeZone: string, strings?: SharedStrings): string {
  let cells = '';
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (r === 1) cells += value === null || value === undefined || value === '' ? '' : inline(`${letters(c)}1`, ` s="${STYLE.header}"`, String(value));
    else cells += cellXml(value, letters(c) + r, columns[c]?.kind ?? 'text', timeZone, strings);
  }
  return `<row r="${r}">${cells}</row>`;
}

const STYLE_ATTR: Partial<Record<ColumnKind, string>> = { ...NUMBER_STYLE, date: ` s="${STYLE.date}"` };

/** As `rowXml`, written into bytes (see xlsx-bytes.ts). */
function rowBytes(out: XmlBytes, row: readonly Cell[], r: number, columns: readonly Column[], timeZone: string, strings?: SharedStrings) {
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
    if (i === undefined) {
      out.ascii('" t="inlineStr"><is><t xml:space="preserve">');
      out.text(t);
      out.ascii('</t></is></c>');
    } else {
      out.ascii('" t="s"><v>');
      out.int(i);
      out.ascii('</v></c>');
    }
  }
  out.ascii('</row>');
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
function packageFiles(names: readonly string[], extents: readonly { columns: number; rows: number }[], strings?: SharedStrings): Record<string, string> {
  const shared = strings && strings.size > 0;
  const definedNames = extents
    .map((e, i) => (e.rows > 0 && e.columns > 0 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${names[i]!.replace(/'/g, "''")}'!$A$1:$${columnName(e.columns - 1)}$${e.rows}</definedName>` : ''))
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
 * Compression a host can lend the writer (Node's zlib on the server): `deflate` compresses one
 * piece of an entry as raw DEFLATE, sync-flushed unless `final` (so pieces concatenate into one
 * stream), and may run off the thread; `crc32` continues a CRC-32 over the uncompressed bytes.
 */
export interface XlsxCompressor {
  deflate(data: Uint8Array, final: boolean): Promise<Uint8Array>;
  crc32(data: Uint8Array, value: number): number;
}

export interface StreamOptions extends XlsxOptions {
  compressor?: XlsxCompressor;
  /** Share repeated texts (see `SharedStrings`): much smaller and faster for large exports. */
  sharedStrings?: boolean;
}

/** The zip entry fflate's Zip reads a lent compressor's output from (its ZipInputFile contract). */
interface PieceEntry {
  filename: string;
  compression: number;
  flag: number;
  size: number;
  crc: number;
  ondata?: (error: Error | null, data: Uint8Array, final: boolean) => void;
}

/** One zip entry fed in pieces: fflate's own deflate, or the lent compressor with a few pieces in flight. */
function entry(zip: Zip, filename: string, level: 1 | 6, compressor: XlsxCompressor | undefined) {
  if (!compressor) {
    const file = new ZipDeflate(filename, { level });
    zip.add(file);
    return { push: (data: Uint8Array, final: boolean) => file.push(data, final), settle: () => Promise.resolve() };
  }
  const file: PieceEntry = { filename, compression: 8, flag: 0, size: 0, crc: 0 };
  zip.add(file as unknown as ZipDeflate);
  // Pieces compress in parallel but reach the zip in order.
  const inFlight: { done: Promise<Uint8Array>; final: boolean }[] = [];
  const deliver = async () => {
    const next = inFlight.shift()!;
    file.ondata!(null, await next.done, next.final);
  };
  return {
    async push(data: Uint8Array, final: boolean) {
      file.crc = compressor.crc32(data, file.crc);
      file.size += data.length;
      inFlight.push({ done: compressor.deflate(data, final), final });
      while (inFlight.length > (final ? 0 : 3)) await deliver();
    },
    settle: async () => {
      while (inFlight.length) await deliver();
    },
  };
}

/** Rows for the sheets of a streamed workbook: `[sheet index, cells]`, each sheet's first row its header. */
export type SheetRow = readonly [number, readonly Cell[]];

/**
 * A workbook as a stream of zip chunks from rows that arrive for any of its sheets, in any order
 * (each sheet's first row is its header): every sheet is written as its rows come, so memory stays
 * flat however many rows there are, and a second sheet needs no second pass over the data (its
 * compressed bytes wait in the zip until the first sheet ends).
 */
export async function* streamXlsxRows(
  sheets: readonly { name: string; columns?: readonly Column[] }[],
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>,
  options: StreamOptions = {},
): AsyncGenerator<Uint8Array> {
  async function* single() {
    for await (const row of rows) yield [row];
  }
  yield* streamXlsxBatches(sheets, single(), options);
}

/** As `streamXlsxRows`, from rows that come in batches (a page of a report at a time: far fewer turns of the loop). */
export async function* streamXlsxBatches(
  sheets: readonly { name: string; columns?: readonly Column[] }[],
  batches: AsyncIterable<Iterable<SheetRow>>,
  { timeZone = 'UTC', level = 1, compressor, sharedStrings = false }: StreamOptions = {},
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
  const strings = sharedStrings ? new SharedStrings() : undefined;
  const state = sheets.map((s, i) => ({ file: entry(zip, `xl/worksheets/sheet${i + 1}.xml`, level, compressor), columns: s.columns ?? [], bytes: new XmlBytes(), rows: 0, width: (s.columns ?? []).length }));
  for await (const batch of batches) {
    for (const [index, row] of batch) {
      const s = state[index];
      if (!s) throw new Error(`no sheet ${index}`);
      if (s.rows === 0) s.bytes.ascii(sheetHead(row, s.columns));
      if (row.length > s.width) s.width = row.length;
      rowBytes(s.bytes, row, ++s.rows, s.columns, timeZone, strings);
      if (s.bytes.length > 256 * 1024) {
        await s.file.push(s.bytes.take(), false);
        yield* drain();
      }
    }
  }
  for (const s of state) {
    if (s.rows === 0) s.bytes.ascii(sheetHead([], s.columns));
    s.bytes.ascii(sheetTail(s.width, s.rows));
    await s.file.push(s.bytes.take(), true);
    yield* drain();
  }
  for (const s of state) await s.file.settle();
  for (const [path, text] of Object.entries(packageFiles(names, state.map((s) => ({ columns: s.width, rows: s.rows })), strings))) {
    const file = entry(zip, path, 6, compressor);
    await file.push(strToU8(text), true);
  }
  zip.end();
  yield* drain();
}

/** A workbook as a stream of zip chunks, its sheets written one after the other as their rows arrive. */
export async function* streamXlsx(sheets: readonly SheetSpec<Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>>[], options: StreamOptions = {}): AsyncGenerator<Uint8Array> {
  async function* tagged() {
    for (const [i, s] of sheets.entries()) for await (const row of s.rows) yield [i, row] as const;
  }
  yield* streamXlsxRows(sheets, tagged(), options);
}
