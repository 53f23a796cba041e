import { z } from 'zod';
import { DUE_DAY_MIN, DUE_DAY_YEARS_AHEAD, dueDayProblem } from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import type { Sql } from '../storage/sql';
import { fail, type Route } from '../route-table';

const dueSchema = z.strictObject({ department: z.string().trim().min(1).max(200), due: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]) });

/**
 * Due dates per department, set by HR (with the CSRF token). A department is overdue once its due
 * day has ended (in UTC, so every server agrees); its trainees without a complete course are late.
 */
export function dueDates(sql: Sql, now = Date.now, courseId = DEFAULT_COURSE_ID) {
  const all = () => sql.all<{ department: string; due: string }>('SELECT department, due FROM hr_due_dates WHERE course_id = ? ORDER BY due, department', [courseId]);
  const today = () => new Date(now()).toISOString().slice(0, 10);
  return {
    all,
    /** The departments whose due day is over. */
    overdueDepartments: async () => (await all()).filter((d) => d.due < today()).map((d) => d.department),
    routes(scope: (department: string | null, asked: string) => boolean): Route[] {
      return [
        { method: 'GET', path: '/hr/api/due-dates', role: 'hr', body: 'none', handler: async (c) => c.json({ dueDates: (await all()).filter((d) => scope(c.var.session.department, d.department)), today: today() }) },
        {
          method: 'PUT',
          path: '/hr/api/due-dates',
          role: 'hr',
          body: 'json',
          handler: async (c) => {
            const parsed = dueSchema.safeParse(c.var.body);
            if (!parsed.success) return fail(c, 400, 'bad_request', 'a department and a due day (YYYY-MM-DD, or empty to clear) are required');
            if (!scope(c.var.session.department, parsed.data.department)) return fail(c, 403, 'forbidden', 'this session sees one department only');
            const problem = parsed.data.due === '' ? undefined : dueDayProblem(parsed.data.due, today());
            if (problem) return refuseDueDay(c, problem);
            if (parsed.data.due === '') {
              await sql.run('DELETE FROM hr_due_dates WHERE course_id = ? AND department = ?', [courseId, parsed.data.department]);
            } else
              await sql.run('INSERT INTO hr_due_dates (course_id, department, due, updated) VALUES (?, ?, ?, ?) ON CONFLICT (course_id, department) DO UPDATE SET due = excluded.due, updated = excluded.updated', [
                courseId,
                parsed.data.department,
                parsed.data.due,
                new Date(now()).toISOString(),
              ]);
            return c.json({ dueDates: (await all()).filter((d) => scope(c.var.session.department, d.department)), today: today() });
          },
        },
      ];
    },
  };
}

/** A due day that cannot be right: not a day at all, or outside the years a course may run (a typo such as 0001). */
export function refuseDueDay(c: Parameters<typeof fail>[0], problem: 'invalid' | 'tooEarly' | 'tooLate') {
  return problem === 'invalid' ? fail(c, 400, 'bad_request', 'due must be a real day') : fail(c, 400, 'due_out_of_range', `due must be from ${DUE_DAY_MIN} up to ${DUE_DAY_YEARS_AHEAD} years from today`);
}
