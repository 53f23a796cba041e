/**
 * CSV that Excel opens with Chinese intact and never runs as a formula: UTF-8 with a byte-order
 * mark, every field quoted, quotes doubled, and any text cell starting with =, +, -, @, tab,
 * carriage return or line feed prefixed with ' (OWASP, "CSV Injection"). A finite number is
 * written as itself, sign and all: a spreadsheet reads `"-0.412"` as the number, never as a
 * formula, so only text needs the guard.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A date is written as ISO 8601 with its offset, so any program reads the same instant. */
export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `"${value}"`;
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r\n]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
