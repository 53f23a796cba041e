// The workbook as a stream (see xlsx.ts): rows go into the zip as they come.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { Cell, Column, SheetSpec, XlsxOptions } from './xlsx';
import { XmlBytes } from './xlsx-bytes';
import { packageFiles, rowBytes, SharedStrings, sheetHead, sheetName, sheetTail } from './xlsx-parts';
import { fitWidths, WIDTHS } from './xlsx-widths';

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
  type Sheet = { file: ReturnType<typeof entry>; columns: readonly Column[]; bytes: XmlBytes; rows: number; width: number; held: (readonly Cell[])[] | null; widths: number[] };
  const state: Sheet[] = sheets.map((s, i) => ({ file: entry(zip, `xl/worksheets/sheet${i + 1}.xml`, level, compressor), columns: s.columns ?? [], bytes: new XmlBytes(), rows: 0, width: (s.columns ?? []).length, held: [], widths: [] }));
  const write = (s: Sheet, row: readonly Cell[]) => {
    if (row.length > s.width) s.width = row.length;
    rowBytes(s.bytes, row, ++s.rows, s.columns, timeZone, strings, s.widths);
  };
  // A sheet's first rows wait until its columns' widths are fitted to them (a bounded few: see WIDTHS.sample).
  const release = (s: Sheet) => {
    const held = s.held!;
    s.held = null;
    s.widths = fitWidths(held[0] ?? [], held.slice(1), s.columns);
    s.bytes.ascii(sheetHead(s.widths));
    for (const row of held) write(s, row);
  };
  for await (const batch of batches) {
    for (const [index, row] of batch) {
      const s = state[index];
      if (!s) throw new Error(`no sheet ${index}`);
      if (s.held) {
        s.held.push(row);
        if (s.held.length > WIDTHS.sample) release(s);
        continue;
      }
      write(s, row);
      if (s.bytes.length > 256 * 1024) {
        await s.file.push(s.bytes.take(), false);
        yield* drain();
      }
    }
  }
  for (const s of state) {
    if (s.held) release(s);
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
