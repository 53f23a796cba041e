import { expect, test } from 'vitest';
import { dueDayProblem, latestDueDay } from './due-day';

test('a due day must be a real day from 2000 up to ten years after today', () => {
  expect(dueDayProblem('2026-12-31', '2026-12-05')).toBeUndefined();
  expect(dueDayProblem('2000-01-01', '2026-12-05')).toBeUndefined();
  expect(dueDayProblem('2036-12-05', '2026-12-05')).toBeUndefined();
  expect(dueDayProblem('0001-01-01', '2026-12-05')).toBe('tooEarly');
  expect(dueDayProblem('1999-12-31', '2026-12-05')).toBe('tooEarly');
  expect(dueDayProblem('2036-12-06', '2026-12-05')).toBe('tooLate');
  expect(dueDayProblem('9999-12-31', '2026-12-05')).toBe('tooLate');
  expect(dueDayProblem('2026-02-30', '2026-12-05')).toBe('invalid');
  expect(dueDayProblem('tomorrow', '2026-12-05')).toBe('invalid');
});

test('ten years after 29 February is the last day of February', () => {
  expect(latestDueDay('2028-02-29')).toBe('2038-02-28');
  expect(latestDueDay('2026-12-05')).toBe('2036-12-05');
});
