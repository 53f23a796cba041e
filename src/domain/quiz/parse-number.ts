/**
 * Reads a number typed by a trainee: ASCII or full-width digits, a decimal point (. or 。or ．),
 * thousands separators (, ， or spaces) and a trailing % are accepted ("1,250", "６２５", "12.5%").
 * Returns undefined for anything else, so the field can say so instead of guessing.
 */
export function parseNumberInput(text: string): number | undefined {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[，,\s]/g, '')
    .replace(/[%％]$/, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}
