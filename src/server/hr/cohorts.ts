import { z } from 'zod';
import type { Db } from '../db';
import { fail, type Route } from '../route-table';

const realDay = (day: string) => Number.isFinite(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
const name = z.string().trim().min(1).max(200);
const membersSchema = z.strictObject({ cohort: name, employeeIds: z.array(z.string().trim().min(1).max(200)).max(20_000) });
const dueSchema = z.strictObject({ cohort: name, due: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]) });

export interface Cohort {
  cohort: string;
  members: number;
  due: string | null;
}

/** The SQL of cohorts: who is in which (one cohort per trainee) and each cohort's due day. */
function cohortStore(db: Db) {
  const list = db.prepare(
    `SELECT m.cohort AS cohort, COUNT(*) AS members, d.due AS due FROM hr_cohort_members m LEFT JOIN hr_cohort_due_dates d ON d.cohort = m.cohort GROUP BY m.cohort, d.due ORDER BY m.cohort`,
  );
  const dueOnly = db.prepare('SELECT cohort, due FROM hr_cohort_due_dates ORDER BY cohort');
  const clear = db.prepare('DELETE FROM hr_cohort_members WHERE cohort = ?');
  const join = db.prepare('INSERT INTO hr_cohort_members (employee_id, cohort, updated) VALUES (?, ?, ?) ON CONFLICT (employee_id) DO UPDATE SET cohort = excluded.cohort, updated = excluded.updated');
  const known = db.prepare('SELECT 1 FROM trainees WHERE employee_id = ?');
  const upsertDue = db.prepare('INSERT INTO hr_cohort_due_dates (cohort, due, updated) VALUES (?, ?, ?) ON CONFLICT (cohort) DO UPDATE SET due = excluded.due, updated = excluded.updated');
  const removeDue = db.prepare('DELETE FROM hr_cohort_due_dates WHERE cohort = ?');
  return {
    all(): Cohort[] {
      const rows = list.all() as Cohort[];
      // A due day may be set before anyone is listed: the cohort is shown with no members.
      for (const d of dueOnly.all() as { cohort: string; due: string }[]) if (!rows.some((r) => r.cohort === d.cohort)) rows.push({ cohort: d.cohort, members: 0, due: d.due });
      return rows.sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));
    },
    /** Replaces a cohort's members; ids of no registered trainee are returned, not stored. */
    setMembers: db.transaction((cohort: string, employeeIds: readonly string[], at: string) => {
      clear.run(cohort);
      const unknown: string[] = [];
      for (const id of new Set(employeeIds)) {
        if (known.get(id)) join.run(id, cohort, at);
        else unknown.push(id);
      }
      return unknown;
    }),
    setDue: (cohort: string, due: string, at: string) => (due === '' ? removeDue.run(cohort) : upsertDue.run(cohort, due, at)),
    dueDates: () => dueOnly.all() as { cohort: string; due: string }[],
  };
}

/**
 * Cohorts: a rollout wave HR names and fills with employee ids (trainees may come from any
 * department), with a due day of its own. Only a session that sees the whole company manages
 * them; everyone's overdue list honors them.
 */
export function cohorts(db: Db, now = Date.now) {
  const store = cohortStore(db);
  const today = () => new Date(now()).toISOString().slice(0, 10);
  const whole = (department: string | null) => department === null || department === undefined;
  return {
    /** The cohorts whose due day is over. */
    overdueCohorts: () => store.dueDates().filter((d) => d.due < today()).map((d) => d.cohort),
    routes(): Route[] {
      const answer = (unknown: string[] = []) => ({ cohorts: store.all(), today: today(), unknown });
      return [
        { method: 'GET', path: '/hr/api/cohorts', role: 'hr', body: 'none', handler: (c) => c.json(answer()) },
        {
          method: 'PUT',
          path: '/hr/api/cohorts',
          role: 'hr',
          body: 'json',
          handler: (c) => {
            if (!whole(c.var.session.department)) return fail(c, 403, 'forbidden', 'cohorts span departments: only HR for the whole company manages them');
            const parsed = membersSchema.safeParse(c.var.body);
            if (!parsed.success) return fail(c, 400, 'bad_request', 'a cohort name and a list of employee ids are required');
            return c.json(answer(store.setMembers(parsed.data.cohort, parsed.data.employeeIds, new Date(now()).toISOString())));
          },
        },
        {
          method: 'PUT',
          path: '/hr/api/cohorts/due',
          role: 'hr',
          body: 'json',
          handler: (c) => {
            if (!whole(c.var.session.department)) return fail(c, 403, 'forbidden', 'cohorts span departments: only HR for the whole company manages them');
            const parsed = dueSchema.safeParse(c.var.body);
            if (!parsed.success) return fail(c, 400, 'bad_request', 'a cohort and a due day (YYYY-MM-DD, or empty to clear) are required');
            if (parsed.data.due !== '' && !realDay(parsed.data.due)) return fail(c, 400, 'bad_request', 'due must be a real day');
            store.setDue(parsed.data.cohort, parsed.data.due, new Date(now()).toISOString());
            return c.json(answer());
          },
        },
      ];
    },
  };
}
