// Column widths of a workbook's sheets (see xlsx.ts), fitted to the header and to the content.
import { displayWidth } from './display-width';
import type { Cell, Column } from './xlsx';

/**
 * The bounds of a fitted column, in Excel's width unit (about one Latin character of the default
 * font): a column is never narrower than `min` (a date's `date`), and never wider than `max`, so
 * one long answer does not push the rest of the sheet off screen; a longer text wraps onto more
 * lines instead. `header` caps what a header asks for: a long header wraps rather than widening a
 * column of numbers. The widths are fitted to the first `sample` rows, so a streamed sheet holds
 * at most that many rows before it is written.
 */
export const WIDTHS = { min: 8, number: 10, date: 18, max: 60, header: 30, sample: 200 } as const;
// Room for the cell's margins, and in the header for the autofilter's button.
const PADDING = 2;
const FILTER_BUTTON = 4;

/** Whether a text cell needs more room than its column has (it is then wrapped). Short texts are decided without measuring. */
export function overflows(text: string, width: number): boolean {
  return text.length * 2 + PADDING > width && displayWidth(text) + PADDING > width;
}

const floorOf = (column: Column | undefined) => column?.width ?? (column?.kind === 'date' ? WIDTHS.date : column?.kind && column.kind !== 'text' ? WIDTHS.number : WIDTHS.min);

/**
 * The widths of a sheet's columns from its header and its first rows: each is the widest of the
 * header (capped at `WIDTHS.header`), the texts in the rows and the column's own `width` (the
 * least it needs, for content known ahead such as names), within `WIDTHS.min`…`WIDTHS.max`.
 * Numbers and dates take their kind's width; only text is measured.
 */
export function fitWidths(header: readonly Cell[], rows: Iterable<readonly Cell[]>, columns: readonly Column[]): number[] {
  let count = Math.max(header.length, columns.length);
  const widths = Array.from({ length: count }, (_, c) => Math.max(floorOf(columns[c]), Math.min(WIDTHS.header, displayWidth(String(header[c] ?? '')) + FILTER_BUTTON)));
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      if (c >= count) widths[count++] = floorOf(undefined);
      const v = row[c];
      const kind = columns[c]?.kind ?? 'text';
      if (typeof v !== 'string' || kind !== 'text') continue;
      const w = displayWidth(v) + PADDING;
      if (w > widths[c]!) widths[c] = w;
    }
  }
  return widths.map((w) => Math.min(WIDTHS.max, Math.ceil(w)));
}
