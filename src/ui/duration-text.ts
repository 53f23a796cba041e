/**
 * A length of time as people read it, in the reader's language: whole hours and the minutes left
 * over (363 → "6 hours 3 minutes", "6小时3分钟"), minutes alone under an hour, hours alone when no
 * minutes are left. Intl writes the units and joins them, so each language gets its own spacing.
 */
export function durationText(total: number, locale: string): string {
  const format = (unit: string, n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  const whole = Math.round(total);
  const hours = Math.floor(whole / 60);
  const minutes = whole % 60;
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(hours ? (minutes ? [format('hour', hours), format('minute', minutes)] : [format('hour', hours)]) : [format('minute', minutes)]);
}
