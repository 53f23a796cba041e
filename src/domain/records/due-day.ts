/** The earliest due day HR may set: the course did not exist before it, so an earlier day is a typo. */
export const DUE_DAY_MIN = '2000-01-01';
/** How many years ahead a due day may be: further than that is a typo too (0001 or 9999). */
export const DUE_DAY_YEARS_AHEAD = 10;

/** Whether `day` (YYYY-MM-DD) names a day of the calendar, not the 30th of February. */
export const isRealDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/** The latest due day HR may set, seen from `today` (YYYY-MM-DD): the same day ten years on. */
export function latestDueDay(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const later = new Date(Date.UTC(year + DUE_DAY_YEARS_AHEAD, month - 1, day));
  // 29 February ten years on may not exist: the day before 1 March then.
  if (later.getUTCMonth() !== month - 1) later.setUTCDate(0);
  return later.toISOString().slice(0, 10);
}

/**
 * Why a due day HR typed cannot be kept, if it cannot (the same check in the page and on the
 * server): not a real day, before 2000, or more than ten years after `today` (YYYY-MM-DD).
 */
export function dueDayProblem(day: string, today: string): 'invalid' | 'tooEarly' | 'tooLate' | undefined {
  if (!isRealDay(day)) return 'invalid';
  if (day < DUE_DAY_MIN) return 'tooEarly';
  if (day > latestDueDay(today)) return 'tooLate';
  return undefined;
}
