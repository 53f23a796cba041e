import { randomUUID } from 'node:crypto';
import { activityIds, buildStatement, courseSatisfied, moduleReadBy, VERBS, type CourseModuleInfo, type Statement, type Trainee } from '../../domain';
import type { FoldedRows, ProgressStore } from '../records/progress-store';
import type { Sql } from '../storage/sql';
import type { TraineeIdentity } from '../trainees';
import type { AttemptStore } from './attempt-store';

type Json = Record<string, unknown>;

export interface VerdictOptions {
  attempts: AttemptStore;
  progress: ProgressStore;
  /** Stores statements (and folds them into progress) in the caller's transaction `q`. */
  save: (statements: Json[], q: Sql) => Promise<{ ok: true; folded: FoldedRows } | { ok: false }>;
  modules: readonly CourseModuleInfo[];
  homePage: string;
  courseIri: string;
  now: () => number;
}

const earliest = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/**
 * The server as the authority on completion: it writes the `completed` statements of a module
 * (once the trainee's page said it was read) and of the course (once every module is read and its
 * quiz passed), as it writes quiz verdicts when it scores an attempt. Every write is idempotent:
 * a verdict already standing is not written again.
 */
export function verdictWriter(o: VerdictOptions) {
  const a = activityIds(o.courseIri);
  const traineeOf = async (who: TraineeIdentity, q?: Sql): Promise<Trainee> => ({ name: (await o.attempts.traineeName(who.employeeId, q)) ?? who.employeeId, employeeId: who.employeeId, homePage: o.homePage });
  const nowIso = () => new Date(o.now()).toISOString();

  /** Stores the server's own statements; the progress rows they fold join `folded` when given. */
  const write = async (q: Sql, statements: Statement[], folded?: FoldedRows) => {
    if (!statements.length) return;
    const saved = await o.save(statements as unknown as Json[], q);
    if (!saved.ok) throw new Error('a statement the server wrote conflicts with a stored one');
    for (const [key, row] of saved.folded) folded?.set(key, row);
  };

  /** Writes the course's `completed` when every module is satisfied and it is not written yet. */
  async function settleCourse(q: Sql, who: TraineeIdentity) {
    const rows = await o.progress.of(who.actorKey, q);
    const satisfied = courseSatisfied(o.modules.map((m) => ({ read: rows[m.id]?.read ?? false, hasQuiz: m.hasQuiz, passed: rows[m.id]?.passed ?? false })));
    if (!satisfied || (await o.attempts.hasStatement(q, who.actorKey, VERBS.completed, a.course))) return;
    await write(q, [buildStatement({ id: randomUUID(), trainee: await traineeOf(who, q), courseIri: o.courseIri, timestamp: nowIso(), verb: 'completed', object: { id: a.course, type: 'course' }, result: { completion: true } })]);
  }

  return {
    trainee: traineeOf,
    settleCourse,
    /** Writes what a scored attempt decided, then the course's completion if it is now due. */
    async recordAttempt(q: Sql, who: TraineeIdentity, statements: Statement[]) {
      await write(q, statements);
      await settleCourse(q, who);
    },
    /**
     * After a trainee's own statements were stored: each module they say is fully read gets its
     * `completed`. `folded` holds the rows that save folded; a module it touched needs no read.
     */
    async afterTraineeStatements(q: Sql, who: TraineeIdentity, statements: readonly Json[], folded: FoldedRows = new Map()) {
      const now = nowIso();
      let changed = false;
      for (const s of statements) {
        const moduleId = moduleReadBy(s, o.courseIri);
        const module = moduleId && o.modules.find((m) => m.id === moduleId);
        if (!module || (await o.progress.moduleRead(q, who.actorKey, module.id, folded))) continue;
        const at = typeof s.timestamp === 'string' && !Number.isNaN(Date.parse(s.timestamp)) ? earliest(new Date(Date.parse(s.timestamp)).toISOString(), now) : now;
        const title = module.title;
        await write(q, [buildStatement({ id: randomUUID(), trainee: await traineeOf(who, q), courseIri: o.courseIri, timestamp: at, verb: 'completed', object: { id: a.module(module.id), type: 'module', name: title }, result: { completion: true } })], folded);
        changed = true;
      }
      if (changed) await settleCourse(q, who);
    },
  };
}

export type VerdictWriter = ReturnType<typeof verdictWriter>;
