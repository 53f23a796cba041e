import { applyStatement, type ModuleRecord } from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import { chunks, inList, lockKeys, lockSelect, valueRows, type Sql } from '../storage/sql';

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

/** A row as the statement path reads it: the progress in a module, without who the trainee is. */
type ModuleRow = Omit<ProgressRow, 'employee_id' | 'actor_name'>;
const COLUMNS = 'actor_key, module_id, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity';

/**
 * The module rows one save folded, as they stand once it is done (null: the row is gone), by
 * trainee and module: what is decided next in the same transaction reads them here, not again
 * from the database.
 */
export type FoldedRows = Map<string, ModuleRecord | null>;
const rowKey = (actorKey: string, moduleId: string) => `${actorKey}\u0000${moduleId}`;

const toProgress = (r: ModuleRow): ModuleRecord => ({
  read: Boolean(r.read),
  passed: Boolean(r.passed),
  bestScore: r.best_score,
  attempts: r.attempts,
  timeSpentMs: r.time_spent_ms,
  firstActivity: r.first_activity,
  lastActivity: r.last_activity,
});

/** The progress table: trainee × module, folded from statements by the domain's `applyStatement`. */
export function progressStore(sql: Sql, courseIri: string, courseId = DEFAULT_COURSE_ID) {
  /** Upserts module rows, many to a statement. */
  const put = (n: number) => `INSERT INTO progress (course_id, actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity)
     VALUES ${valueRows(n, 12)}
     ON CONFLICT (course_id, actor_key, module_id) DO UPDATE SET employee_id = excluded.employee_id, actor_name = excluded.actor_name, read = excluded.read,
       passed = excluded.passed, best_score = excluded.best_score, attempts = excluded.attempts, time_spent_ms = excluded.time_spent_ms,
       first_activity = excluded.first_activity, last_activity = excluded.last_activity`;

  type Row = { actorKey: string; moduleId: string; actor: Json; progress: ModuleRecord };
  const write = async (q: Sql, rows: readonly Row[], folded?: FoldedRows) => {
    for (const { actorKey, moduleId, progress } of rows) folded?.set(rowKey(actorKey, moduleId), progress);
    for (const part of chunks(rows, 100))
      await q.run(
        put(part.length),
        part.flatMap(({ actorKey, moduleId, actor, progress: p }) => {
          const account = actor.account as Json | undefined;
          return [
            courseId,
            actorKey,
            moduleId,
            typeof account?.name === 'string' ? account.name : null,
            typeof actor.name === 'string' ? actor.name : '',
            p.read ? 1 : 0,
            p.passed ? 1 : 0,
            p.bestScore,
            p.attempts,
            p.timeSpentMs,
            p.firstActivity,
            p.lastActivity,
          ];
        }),
      );
  };

  /** One trainee's rows by module id. */
  const rowsOf = async (q: Sql, actorKey: string): Promise<Record<string, ModuleRecord>> =>
    Object.fromEntries((await q.all<ProgressRow>('SELECT * FROM progress WHERE course_id = ? AND actor_key = ?', [courseId, actorKey])).map((r) => [r.module_id, toProgress(r)]));

  const SCOPE = 'progress';
  /**
   * Rows are read, folded and written back: two transactions doing that for one trainee at once
   * (two tabs, a phone beside a PC, two instances) would each write over the other's.
   */
  const lockTrainees = (q: Sql, actorKeys: readonly string[]) => lockKeys(q, SCOPE, actorKeys);

  const rebuildModule = async (q: Sql, actorKey: string, moduleId: string, fallbackActor: Json, folded?: FoldedRows) => {
    await lockTrainees(q, [actorKey]);
    const module = `${courseIri}/modules/${encodeURIComponent(moduleId)}`;
    const prefix = `${module}/`;
    const rows = await q.all<{ body: string }>(
      'SELECT body FROM statements WHERE actor_key = ? AND voided = 0 AND (object_id = ? OR substr(object_id, 1, ?) = ?) ORDER BY seq',
      [actorKey, module, prefix.length, prefix],
    );
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
    if (p) await write(q, [{ actorKey, moduleId, actor, progress: p }], folded);
    else {
      folded?.set(rowKey(actorKey, moduleId), null);
      await q.run('DELETE FROM progress WHERE course_id = ? AND actor_key = ? AND module_id = ?', [courseId, actorKey, moduleId]);
    }
  };

  return {
    /**
     * Folds newly stored statements, in order, into their trainees' module rows (inside the
     * caller's transaction `q`): one read of the rows involved and one write of those that changed,
     * which `folded` is told of.
     */
    async applyAll(q: Sql, list: readonly [actorKey: string, statement: Json][], folded?: FoldedRows) {
      const items = list
        .map(([actorKey, statement]) => ({ actorKey, statement, moduleId: applyStatement(undefined, statement, courseIri)?.moduleId }))
        .filter((i) => i.moduleId && typeof (i.statement.object as Json | undefined)?.id === 'string' && (i.statement.object as Json).id);
      if (!items.length) return;
      const actors = [...new Set(items.map((i) => i.actorKey))];
      const modules = [...new Set(items.map((i) => i.moduleId!))];
      await lockTrainees(q, actors);
      const current = new Map<string, ModuleRecord>();
      // Only the modules these statements touch: a trainee's other rows are neither read nor written.
      const [who, which] = [inList(actors), inList(modules)];
      for (const r of await q.all<ModuleRow>(`SELECT ${COLUMNS} FROM progress WHERE course_id = ? AND actor_key IN (${who.text}) AND module_id IN (${which.text})`, [courseId, ...who.params, ...which.params]))
        current.set(rowKey(r.actor_key, r.module_id), toProgress(r));
      const changed = new Map<string, { actorKey: string; moduleId: string; actor: Json }>();
      for (const i of items) {
        const k = rowKey(i.actorKey, i.moduleId!);
        current.set(k, applyStatement(current.get(k), i.statement, courseIri)!.progress);
        changed.set(k, { actorKey: i.actorKey, moduleId: i.moduleId!, actor: (i.statement.actor ?? {}) as Json });
      }
      // In one order everywhere, so two transactions never wait on each other's rows in a circle.
      await write(
        q,
        [...changed.keys()].sort().map((k) => ({ ...changed.get(k)!, progress: current.get(k)! })),
        folded,
      );
    },
    /** Rebuilds one row from the statements still standing (after one of them was voided). */
    async rebuild(q: Sql, actorKey: string, voidedStatement: Json, folded?: FoldedRows) {
      const moduleId = applyStatement(undefined, voidedStatement, courseIri)?.moduleId;
      if (moduleId) await rebuildModule(q, actorKey, moduleId, (voidedStatement.actor ?? {}) as Json, folded);
    },
    /** The trainees' locks (see `lockTrainees`) as a query to run inside another read: one round trip less. */
    lockSelect: (q: Sql, actorKeys: readonly string[]) => lockSelect(q, SCOPE, actorKeys),
    /**
     * Whether a trainee has read a module: from the rows a save just folded when it touched that
     * one, else from the table (a statement sent again is stored once, and folds nothing).
     */
    async moduleRead(q: Sql, actorKey: string, moduleId: string, folded?: FoldedRows): Promise<boolean> {
      const key = rowKey(actorKey, moduleId);
      const row = folded?.has(key) ? folded.get(key) : (await rowsOf(q, actorKey))[moduleId];
      return row?.read ?? false;
    },
    /** Rebuilds a trainee's rows for these modules from their statements (after statements moved to them). */
    async rebuildModules(q: Sql, actorKey: string, moduleIds: Iterable<string>) {
      for (const moduleId of moduleIds) await rebuildModule(q, actorKey, moduleId, {});
    },
    /** One trainee's rows by module id (for the certificate). */
    async of(actorKey: string, q: Sql = sql): Promise<Record<string, ModuleRecord>> {
      return rowsOf(q, actorKey);
    },
  };
}

export type ProgressStore = ReturnType<typeof progressStore>;
