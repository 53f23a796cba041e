import { activityIds, accountActor, actorKey, isActorKey, locateActivity, unregisteredLearner, locateCourseActivity, VERBS, durationMs, type ModuleRecord, type TimelineEntry, type TraineeRecord } from '../../domain';
import { jsonNumber } from '../storage/dialect';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import type { Sql } from '../storage/sql';
import type { ProgressStore } from '../records/progress-store';
import { reportRows } from './report-rows';

type StoredStatement = {
  id: string;
  timestamp?: string;
  stored: string;
  actor?: { name?: unknown };
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled?: number }; success?: boolean; duration?: string; response?: string };
};

const VERB_NAMES = new Map<string, string>(Object.entries(VERBS).map(([name, iri]) => [iri, name]));

/** Registered trainees joined with their progress; actors who never registered are listed by their account name. */
export function traineeRecords(sql: Sql, progress: ProgressStore, homePage: string, courseIri: string, courseId = DEFAULT_COURSE_ID) {
  // The final assessment is no module, so its attempts come from the statements (indexed by object).
  const finals = `SELECT actor_key, COUNT(*) AS attempts, MAX(${jsonNumber(sql, 'body', ['result', 'score', 'scaled'])}) AS best, MAX(CASE WHEN verb_id = ? THEN 1 ELSE 0 END) AS passed
     FROM statements WHERE object_id = ? AND voided = 0 AND verb_id IN (?, ?) GROUP BY actor_key`;
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, homePage));
  const rows = reportRows((text, params) => sql.all(text, params), { homePage, courseIri, courseId });

  async function all(): Promise<(TraineeRecord & { registered: string | null })[]> {
    const byKey = new Map<string, TraineeRecord & { registered: string | null }>();
    for (const t of await sql.all<{ employee_id: string; name: string; department: string; registered: string; cohort: string | null; verified: number }>(
      'SELECT t.employee_id, t.name, t.department, t.registered, t.verified, c.cohort FROM trainees t LEFT JOIN hr_cohort_members c ON c.employee_id = t.employee_id',
    ))
      byKey.set(keyOf(t.employee_id), {
        employeeId: t.employee_id,
        name: t.name,
        department: t.department,
        cohort: t.cohort ?? '',
        registered: t.registered,
        identity: Number(t.verified) ? 'company' : 'self-declared',
        modules: {},
      });
    for (const row of await progress.all()) {
      let record = byKey.get(row.actorKey);
      if (!record) {
        record = { ...unregisteredLearner(row.actorKey, row.employeeId, homePage), name: row.actorName, department: '', registered: null, modules: {} };
        byKey.set(row.actorKey, record);
      }
      const { actorKey: _k, moduleId, employeeId: _e, actorName: _n, ...p } = row;
      record.modules[moduleId] = p satisfies ModuleRecord;
    }
    const finalIri = activityIds(courseIri).final();
    for (const f of await sql.all<{ actor_key: string; attempts: number; best: number | null; passed: number }>(finals, [VERBS.passed, finalIri, VERBS.passed, VERBS.failed])) {
      const record = byKey.get(f.actor_key);
      if (record) record.final = { attempts: Number(f.attempts), bestScore: typeof f.best === 'number' ? Math.min(1, Math.max(0, f.best)) : null, passed: Number(f.passed) === 1 };
    }
    // Ordered by issue: the latest certificate of a trainee is the one kept.
    for (const c of await sql.all<{ employee_id: string; code: string; issued_at: string }>('SELECT employee_id, code, issued_at FROM certificates WHERE course_id = ? ORDER BY issued_at', [courseId])) {
      const record = byKey.get(keyOf(c.employee_id));
      if (record) record.certificate = { code: c.code, issuedAt: c.issued_at };
    }
    return [...byKey.values()];
  }

  return {
    all,
    /** The actor keys of a department's registered trainees. */
    keysOf: async (department: string) => (await sql.all<{ employee_id: string }>('SELECT employee_id FROM trainees WHERE department = ?', [department])).map((t) => keyOf(t.employee_id)),
    /**
     * One learner's record, as HR's table shows it, and their latest statements, newest first: a
     * trainee by employee id, or anyone by actor key (a learner who never registered).
     */
    async one(id: string, courseIri: string, limit = 1000): Promise<{ trainee: TraineeRecord & { registered: string | null }; timeline: TimelineEntry[] } | undefined> {
      const byKey = isActorKey(id);
      const key = byKey ? id : keyOf(id);
      const statements = (await sql.all<{ body: string }>('SELECT body FROM statements WHERE actor_key = ? AND voided = 0 ORDER BY seq DESC LIMIT ?', [key, limit])).map(
        (r) => JSON.parse(r.body) as StoredStatement,
      );
      const found = (await rows.byKeys([key])).get(key);
      if (!found && statements.length === 0) return undefined;
      const name = statements[0]?.actor?.name;
      const { ref: _ref, ...trainee } = found ?? {
        ...(byKey ? unregisteredLearner(key, null, homePage) : { employeeId: id }),
        name: typeof name === 'string' ? name : '',
        department: '',
        registered: null,
        modules: {},
        ref: null,
      };
      const timeline = statements.map((s2): TimelineEntry => {
        const where = locateActivity(String(s2.object.id), courseIri);
        const courseActivity = where ? undefined : locateCourseActivity(String(s2.object.id), courseIri);
        return {
          id: s2.id,
          timestamp: s2.timestamp ?? s2.stored,
          verb: VERB_NAMES.get(s2.verb.id) ?? s2.verb.id,
          activity: String(s2.object.id),
          ...(where ? { moduleId: where.moduleId, part: where.part } : {}),
          ...(courseActivity ? { courseActivity } : {}),
          ...(typeof s2.result?.score?.scaled === 'number' ? { scaled: s2.result.score.scaled } : {}),
          ...(typeof s2.result?.success === 'boolean' ? { success: s2.result.success } : {}),
          ...(s2.result?.duration ? { durationMs: durationMs(s2.result.duration) } : {}),
          ...(typeof s2.result?.response === 'string' ? { response: s2.result.response } : {}),
        };
      });
      return { trainee, timeline };
    },
    /**
     * The statements of these trainees, oldest first, read a page at a time: a slow (or abandoned)
     * download never holds a connection or a transaction open between its chunks.
     */
    async *statementsOf(learners: readonly Pick<TraineeRecord, 'employeeId' | 'actorKey'>[]): AsyncGenerator<string> {
      const wanted = new Set(learners.map((l) => l.actorKey ?? keyOf(l.employeeId)));
      for (let after = 0; ; ) {
        const rows = await sql.all<{ seq: number; actor_key: string; body: string }>('SELECT seq, actor_key, body FROM statements WHERE voided = 0 AND seq > ? ORDER BY seq LIMIT 500', [after]);
        if (rows.length === 0) return;
        after = rows.at(-1)!.seq;
        for (const row of rows) if (wanted.has(row.actor_key)) yield row.body;
      }
    },
  };
}
