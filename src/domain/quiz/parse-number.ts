import type { LocalizedText } from './types';

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

/**
 * The text typed without the question's own unit after it ("380台", "380 units"), which people
 * often add; the match ignores case and takes either language's unit. A unit anywhere else stays,
 * so parseNumberInput still refuses "3台80".
 */
export function withoutUnit(text: string, unit: LocalizedText | undefined): string {
  const trimmed = text.trim();
  for (const word of unit ? [unit['zh-CN'], unit.en] : []) {
    if (word && trimmed.toLowerCase().endsWith(word.toLowerCase())) return trimmed.slice(0, trimmed.length - word.length);
  }
  return trimmed;
}
