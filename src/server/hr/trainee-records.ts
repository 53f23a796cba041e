import { activityIds, accountActor, actorKey, locateActivity, VERBS, durationMs, type ModuleRecord, type TimelineEntry, type TraineeRecord } from '../../domain';
import type { Db } from '../db';
import type { ProgressStore } from '../records/progress-store';

const VERB_NAMES = new Map<string, string>(Object.entries(VERBS).map(([name, iri]) => [iri, name]));

/** Registered trainees joined with their progress; actors who never registered are listed by their account name. */
export function traineeRecords(db: Db, progress: ProgressStore, homePage: string, courseIri: string) {
  // The final assessment is no module, so its attempts come from the statements (indexed by object).
  const finals = db.prepare(
    `SELECT actor_key, COUNT(*) AS attempts, MAX(json_extract(body, '$.result.score.scaled')) AS best, MAX(verb_id = ?) AS passed
     FROM statements WHERE object_id = ? AND voided = 0 AND verb_id IN (?, ?) GROUP BY actor_key`,
  );
  const certificates = db.prepare('SELECT employee_id, code, issued_at FROM certificates ORDER BY issued_at');
  const allTrainees = db.prepare('SELECT employee_id, name, department, registered, verified FROM trainees');
  const oneTrainee = db.prepare('SELECT employee_id, name, department, registered FROM trainees WHERE employee_id = ?');
  const recent = db.prepare('SELECT body FROM statements WHERE actor_key = ? AND voided = 0 ORDER BY seq DESC LIMIT ?');
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, homePage));

  function all(): (TraineeRecord & { registered: string | null })[] {
    const byKey = new Map<string, TraineeRecord & { registered: string | null }>();
    for (const t of allTrainees.all() as { employee_id: string; name: string; department: string; registered: string; verified: number }[])
      byKey.set(keyOf(t.employee_id), { employeeId: t.employee_id, name: t.name, department: t.department, registered: t.registered, identity: t.verified ? 'company' : 'self-declared', modules: {} });
    for (const row of progress.all()) {
      let record = byKey.get(row.actorKey);
      if (!record) {
        record = { employeeId: row.employeeId ?? row.actorKey, name: row.actorName, department: '', registered: null, modules: {} };
        byKey.set(row.actorKey, record);
      }
      const { actorKey: _k, moduleId, employeeId: _e, actorName: _n, ...p } = row;
      record.modules[moduleId] = p satisfies ModuleRecord;
    }
    const finalIri = activityIds(courseIri).final();
    for (const f of finals.all(VERBS.passed, finalIri, VERBS.passed, VERBS.failed) as { actor_key: string; attempts: number; best: number | null; passed: number }[]) {
      const record = byKey.get(f.actor_key);
      if (record) record.final = { attempts: f.attempts, bestScore: typeof f.best === 'number' ? Math.min(1, Math.max(0, f.best)) : null, passed: f.passed === 1 };
    }
    // Ordered by issue: the latest certificate of a trainee is the one kept.
    for (const c of certificates.all() as { employee_id: string; code: string; issued_at: string }[]) {
      const record = byKey.get(keyOf(c.employee_id));
      if (record) record.certificate = { code: c.code, issuedAt: c.issued_at };
    }
    return [...byKey.values()];
  }

  const inDepartment = db.prepare('SELECT employee_id FROM trainees WHERE department = ?');
  return {
    all,
    /** The actor keys of a department's registered trainees. */
    keysOf: (department: string) => (inDepartment.all(department) as { employee_id: string }[]).map((t) => keyOf(t.employee_id)),
    /** One trainee's record and their latest statements, newest first. */
    one(employeeId: string, courseIri: string, limit = 1000): { trainee: TraineeRecord & { registered: string | null }; timeline: TimelineEntry[] } | undefined {
      const key = keyOf(employeeId);
      const registered = oneTrainee.get(employeeId) as { employee_id: string; name: string; department: string; registered: string } | undefined;
      const statements = (recent.all(key, limit) as { body: string }[]).map((r) => JSON.parse(r.body) as unknown);
      if (!registered && statements.length === 0) return undefined;
      const trainee = all().find((t) => keyOf(t.employeeId) === key) ?? {
        employeeId,
        name: registered?.name ?? '',
        department: registered?.department ?? '',
        registered: registered?.registered ?? null,
        modules: {},
      };
      const timeline = statements.map((s): TimelineEntry => {
        const s2 = s as { id: string; timestamp?: string; stored: string; verb: { id: string }; object: { id: string }; result?: { score?: { scaled?: number }; success?: boolean; duration?: string; response?: string } };
        const where = locateActivity(String(s2.object.id), courseIri);
        return {
          id: s2.id,
          timestamp: s2.timestamp ?? s2.stored,
          verb: VERB_NAMES.get(s2.verb.id) ?? s2.verb.id,
          activity: String(s2.object.id),
          ...(where ? { moduleId: where.moduleId, part: where.part } : {}),
          ...(typeof s2.result?.score?.scaled === 'number' ? { scaled: s2.result.score.scaled } : {}),
          ...(typeof s2.result?.success === 'boolean' ? { success: s2.result.success } : {}),
          ...(s2.result?.duration ? { durationMs: durationMs(s2.result.duration) } : {}),
          ...(typeof s2.result?.response === 'string' ? { response: s2.result.response } : {}),
        };
      });
      return { trainee, timeline };
    },
    /** The statements of the given trainees, oldest first, one at a time (for NDJSON). */
    /**
     * The statements of these trainees, oldest first, read a page at a time. An open SQLite
     * iterator would hold the connection busy between the chunks of a slow (or abandoned)
     * download, and every other request's query would fail meanwhile; each page is a query of its own.
     */
    *statementsOf(employeeIds: readonly string[]): Generator<string> {
      const wanted = new Set(employeeIds.map(keyOf));
      const page = db.prepare('SELECT seq, actor_key, body FROM statements WHERE voided = 0 AND seq > ? ORDER BY seq LIMIT 500');
      for (let after = 0; ; ) {
        const rows = page.all(after) as { seq: number; actor_key: string; body: string }[];
        if (rows.length === 0) return;
        after = rows.at(-1)!.seq;
        for (const row of rows) if (wanted.has(row.actor_key)) yield row.body;
      }
    },
  };
}
