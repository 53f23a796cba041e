/**
 * A length of time as people read it, in the reader's language: whole hours and the minutes left
 * over (363 → "6 hours 3 minutes", "6小时3分钟"), minutes alone under an hour, hours alone when no
 * minutes are left. Intl (through toLocaleString) writes the units and ListFormat joins them, so each language gets its own spacing.
 */
export function durationText(total: number, locale: string): string {
  const whole = Math.round(total);
  const hours = Math.floor(whole / 60);
  const minutes = whole % 60;
  const part = (unit: string, n: number) => n.toLocaleString(locale, { style: 'unit', unit, unitDisplay: 'long' });
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(hours ? (minutes ? [part('hour', hours), part('minute', minutes)] : [part('hour', hours)]) : [part('minute', minutes)]);
}
