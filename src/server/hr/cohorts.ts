import { z } from 'zod';
import type { Sql } from '../storage/sql';
import { dueDayProblem } from '../../domain';
import { fail, type Route } from '../route-table';
import { refuseDueDay } from './due-dates';

const name = z.string().trim().min(1).max(200);
const membersSchema = z.strictObject({ cohort: name, employeeIds: z.array(z.string().trim().min(1).max(200)).max(20_000) });
const dueSchema = z.strictObject({ cohort: name, due: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]) });

/** A trainee a save took from another cohort. */
export interface CohortMove {
  employeeId: string;
  from: string;
}

export interface Cohort {
  cohort: string;
  members: number;
  due: string | null;
}

/** The SQL of cohorts: who is in which (one cohort per trainee) and each cohort's due day. */
function cohortStore(sql: Sql) {
  const dueDates = () => sql.all<{ cohort: string; due: string }>('SELECT cohort, due FROM hr_cohort_due_dates ORDER BY cohort');
  return {
    /** Every cohort with its members and due day; for one department (a manager's), only its cohorts, counting its members. */
    async all(department?: string | null): Promise<Cohort[]> {
      const rows = (
        department
          ? await sql.all<Cohort>(
              'SELECT m.cohort AS cohort, COUNT(*) AS members, d.due AS due FROM hr_cohort_members m JOIN trainees t ON t.employee_id = m.employee_id LEFT JOIN hr_cohort_due_dates d ON d.cohort = m.cohort WHERE t.department = ? GROUP BY m.cohort, d.due ORDER BY m.cohort',
              [department],
            )
          : await sql.all<Cohort>(
              'SELECT m.cohort AS cohort, COUNT(*) AS members, d.due AS due FROM hr_cohort_members m LEFT JOIN hr_cohort_due_dates d ON d.cohort = m.cohort GROUP BY m.cohort, d.due ORDER BY m.cohort',
            )
      ).map((r) => ({ ...r, members: Number(r.members) }));
      // A due day may be set before anyone is listed: the cohort is shown with no members.
      if (!department)
        for (const d of await dueDates()) if (!rows.some((r) => r.cohort === d.cohort)) rows.push({ cohort: d.cohort, members: 0, due: d.due });
      return rows.sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));
    },
    /**
     * Replaces a cohort's members; ids of no registered trainee are returned, not stored. When none
     * of the ids is registered nothing changes (`replaced: false`): a typo must not empty a cohort.
     * A trainee is in one cohort at most, so those listed from another cohort move here; they are
     * returned with the cohort they left, for HR to hear it.
     */
    setMembers: (cohort: string, employeeIds: readonly string[], at: string) =>
      sql.tx(async (q) => {
        const known: string[] = [];
        const unknown: string[] = [];
        const moved: CohortMove[] = [];
        for (const id of new Set(employeeIds)) ((await q.get('SELECT 1 AS one FROM trainees WHERE employee_id = ?', [id])) ? known : unknown).push(id);
        if (known.length === 0) return { replaced: false, unknown, moved };
        for (const id of known) {
          const was = await q.get<{ cohort: string }>('SELECT cohort FROM hr_cohort_members WHERE employee_id = ?', [id]);
          if (was && was.cohort !== cohort) moved.push({ employeeId: id, from: was.cohort });
        }
        await q.run('DELETE FROM hr_cohort_members WHERE cohort = ?', [cohort]);
        for (const id of known)
          await q.run('INSERT INTO hr_cohort_members (employee_id, cohort, updated) VALUES (?, ?, ?) ON CONFLICT (employee_id) DO UPDATE SET cohort = excluded.cohort, updated = excluded.updated', [id, cohort, at]);
        return { replaced: true, unknown, moved };
      }),
    setDue: (cohort: string, due: string, at: string) =>
      due === ''
        ? sql.run('DELETE FROM hr_cohort_due_dates WHERE cohort = ?', [cohort])
        : sql.run('INSERT INTO hr_cohort_due_dates (cohort, due, updated) VALUES (?, ?, ?) ON CONFLICT (cohort) DO UPDATE SET due = excluded.due, updated = excluded.updated', [cohort, due, at]),
    dueDates,
  };
}

/**
 * Cohorts: a rollout wave HR names and fills with employee ids (trainees may come from any
 * department), with a due day of its own. Only a session that sees the whole company manages
 * them; everyone's overdue list honors them.
 */
export function cohorts(sql: Sql, now = Date.now) {
  const store = cohortStore(sql);
  const today = () => new Date(now()).toISOString().slice(0, 10);
  const whole = (department: string | null) => department === null || department === undefined;
  return {
    /** The cohorts whose due day is over. */
    overdueCohorts: async () => (await store.dueDates()).filter((d) => d.due < today()).map((d) => d.cohort),
    routes(): Route[] {
      const answer = async (unknown: string[] = [], department?: string | null, moved: CohortMove[] = []) => ({ cohorts: await store.all(department), today: today(), unknown, moved });
      return [
        { method: 'GET', path: '/hr/api/cohorts', role: 'hr', body: 'none', handler: async (c) => c.json(await answer([], c.var.session.department)) },
        {
          method: 'PUT',
          path: '/hr/api/cohorts',
          role: 'hr',
          body: 'json',
          handler: async (c) => {
            if (!whole(c.var.session.department)) return fail(c, 403, 'whole_company_only', 'cohorts span departments: only HR for the whole company manages them');
            const parsed = membersSchema.safeParse(c.var.body);
            if (!parsed.success) return fail(c, 400, 'bad_request', 'a cohort name and a list of employee ids are required');
            if (parsed.data.employeeIds.length === 0) return fail(c, 400, 'no_employee_ids', 'list at least one employee id');
            const { replaced, unknown, moved } = await store.setMembers(parsed.data.cohort, parsed.data.employeeIds, new Date(now()).toISOString());
            if (!replaced) return fail(c, 400, 'no_registered_ids', 'none of these employee ids is registered: the cohort is unchanged', { unknown });
            return c.json(await answer(unknown, null, moved));
          },
        },
        {
          method: 'PUT',
          path: '/hr/api/cohorts/due',
          role: 'hr',
          body: 'json',
          handler: async (c) => {
            if (!whole(c.var.session.department)) return fail(c, 403, 'whole_company_only', 'cohorts span departments: only HR for the whole company manages them');
            const parsed = dueSchema.safeParse(c.var.body);
            if (!parsed.success) return fail(c, 400, 'bad_request', 'a cohort and a due day (YYYY-MM-DD, or empty to clear) are required');
            const problem = parsed.data.due === '' ? undefined : dueDayProblem(parsed.data.due, today());
            if (problem) return refuseDueDay(c, problem);
            await store.setDue(parsed.data.cohort, parsed.data.due, new Date(now()).toISOString());
            return c.json(await answer());
          },
        },
      ];
    },
  };
}
