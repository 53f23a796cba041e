/**
 * CSV that Excel opens with Chinese intact and never runs as a formula: UTF-8 with a byte-order
 * mark, every field quoted, quotes doubled, and any cell starting with =, +, -, @, tab, carriage
 * return or line feed prefixed with ' (OWASP, "CSV Injection").
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r\n]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
