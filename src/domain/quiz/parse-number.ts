/**
 * Reads a number typed by a trainee: ASCII or full-width digits, a decimal point (. or 。or ．),
 * thousands separators (, ， or spaces, between groups of three digits) and a trailing % are
 * accepted ("1,250", "６２５", "12.5%"). Returns undefined for anything else, so the field can say
 * so instead of guessing: "1,5" (a decimal comma) is not read as 15.
 */
export function parseNumberInput(text: string): number | undefined {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/，/g, ',')
    .replace(/[%％]$/, '');
  if (!/^-?(\d{1,3}([,\s]\d{3})+(\.\d*)?|\d+(\.\d*)?|\.\d+)$/.test(normalized)) return undefined;
  const value = Number(normalized.replace(/[,\s]/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
