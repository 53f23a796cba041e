import { applyStatement, type ModuleRecord } from '../../domain';
import type { Db } from '../db';

type Json = Record<string, unknown>;

interface ProgressRow {
  actor_key: string;
  module_id: string;
  employee_id: string | null;
  actor_name: string;
  read: number;
  passed: number;
  best_score: number | null;
  attempts: number;
  time_spent_ms: number;
  first_activity: string;
  last_activity: string;
}

const toProgress = (r: ProgressRow): ModuleRecord => ({
  read: Boolean(r.read),
  passed: Boolean(r.passed),
  bestScore: r.best_score,
  attempts: r.attempts,
  timeSpentMs: r.time_spent_ms,
  firstActivity: r.first_activity,
  lastActivity: r.last_activity,
});

/** The progress table: trainee × module, folded from statements by the domain's `applyStatement`. */
export function progressStore(db: Db, courseIri: string) {
  const get = db.prepare('SELECT * FROM progress WHERE actor_key = ? AND module_id = ?');
  const put = db.prepare(
    `INSERT INTO progress (actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity)
     VALUES (@actor_key, @module_id, @employee_id, @actor_name, @read, @passed, @best_score, @attempts, @time_spent_ms, @first_activity, @last_activity)
     ON CONFLICT (actor_key, module_id) DO UPDATE SET employee_id = excluded.employee_id, actor_name = excluded.actor_name, read = excluded.read,
       passed = excluded.passed, best_score = excluded.best_score, attempts = excluded.attempts, time_spent_ms = excluded.time_spent_ms,
       first_activity = excluded.first_activity, last_activity = excluded.last_activity`,
  );
  const remove = db.prepare('DELETE FROM progress WHERE actor_key = ? AND module_id = ?');
  const everything = db.prepare('SELECT * FROM progress');
  const ofActor = db.prepare('SELECT * FROM progress WHERE actor_key = ?');
  const moduleStatements = db.prepare(
    'SELECT body FROM statements WHERE actor_key = ? AND voided = 0 AND (object_id = @module OR substr(object_id, 1, length(@prefix)) = @prefix) ORDER BY seq',
  );

  const write = (actorKey: string, moduleId: string, actor: Json, p: ModuleRecord) => {
    const account = actor.account as Json | undefined;
    put.run({
      actor_key: actorKey,
      module_id: moduleId,
      employee_id: typeof account?.name === 'string' ? account.name : null,
      actor_name: typeof actor.name === 'string' ? actor.name : '',
      read: p.read ? 1 : 0,
      passed: p.passed ? 1 : 0,
      best_score: p.bestScore,
      attempts: p.attempts,
      time_spent_ms: p.timeSpentMs,
      first_activity: p.firstActivity,
      last_activity: p.lastActivity,
    });
  };

  const rebuildModule = (actorKey: string, moduleId: string, fallbackActor: Json) => {
    const module = `${courseIri}/modules/${encodeURIComponent(moduleId)}`;
    const rows = moduleStatements.all(actorKey, { module, prefix: `${module}/` }) as { body: string }[];
    let p: ModuleRecord | undefined;
    let actor = fallbackActor;
    for (const r of rows) {
      const s = JSON.parse(r.body) as Json;
      const next = applyStatement(p, s, courseIri);
      if (next) {
        p = next.progress;
        actor = (s.actor ?? actor) as Json;
      }
    }
    if (p) write(actorKey, moduleId, actor, p);
    else remove.run(actorKey, moduleId);
  };

  return {
    /** Folds one newly stored statement into its trainee's module row (inside the caller's transaction). */
    apply(actorKey: string, statement: Json) {
      const object = statement.object as Json | undefined;
      const id = typeof object?.id === 'string' ? object.id : '';
      const moduleId = applyStatement(undefined, statement, courseIri)?.moduleId;
      if (!moduleId || !id) return;
      const row = get.get(actorKey, moduleId) as ProgressRow | undefined;
      const next = applyStatement(row && toProgress(row), statement, courseIri)!;
      write(actorKey, moduleId, (statement.actor ?? {}) as Json, next.progress);
    },
    /** Rebuilds one row from the statements still standing (after one of them was voided). */
    rebuild(actorKey: string, voidedStatement: Json) {
      const moduleId = applyStatement(undefined, voidedStatement, courseIri)?.moduleId;
      if (moduleId) rebuildModule(actorKey, moduleId, (voidedStatement.actor ?? {}) as Json);
    },
    /** Rebuilds a trainee's rows for these modules from their statements (after statements moved to them). */
    rebuildModules(actorKey: string, moduleIds: Iterable<string>) {
      for (const moduleId of moduleIds) rebuildModule(actorKey, moduleId, {});
    },
    /** One trainee's rows by module id (for the certificate). */
    of(actorKey: string): Record<string, ModuleRecord> {
      return Object.fromEntries((ofActor.all(actorKey) as ProgressRow[]).map((r) => [r.module_id, toProgress(r)]));
    },
    /** Every row, for HR's matrix. */
    all(): (ModuleRecord & { actorKey: string; moduleId: string; employeeId: string | null; actorName: string })[] {
      return (everything.all() as ProgressRow[]).map((r) => ({
        ...toProgress(r),
        actorKey: r.actor_key,
        moduleId: r.module_id,
        employeeId: r.employee_id,
        actorName: r.actor_name,
      }));
    },
  };
}

export type ProgressStore = ReturnType<typeof progressStore>;
