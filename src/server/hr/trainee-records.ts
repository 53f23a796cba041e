import { accountActor, actorKey, isActorKey, locateActivity, unregisteredLearner, locateCourseActivity, VERBS, durationMs, type TimelineEntry, type TraineeRecord } from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import { chunks, jsonParam, jsonValues, placeholders, type Sql } from '../storage/sql';
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

/** The most trainees an export reads through the actor index (see `statementsOf`). */
const BY_TRAINEE_MAX = 1000;

const VERB_NAMES = new Map<string, string>(Object.entries(VERBS).map(([name, iri]) => [iri, name]));

/** One learner's record and timeline for HR, a department's keys, and the statements HR exports. */
export function traineeRecords(sql: Sql, homePage: string, courseIri: string, courseId = DEFAULT_COURSE_ID) {
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, homePage));
  const rows = reportRows((text, params) => sql.all(text, params), { homePage, courseIri, courseId });

  return {
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
     * download never holds a connection or a transaction open between its chunks. Up to
     * `BY_TRAINEE_MAX` trainees (a department, a cohort, one person), their statements' numbers are
     * found first through the actor index, and only those are read: an export of 50 trainees
     * among 20,000 reads their rows, not the whole LRS. More, and one pass over every statement
     * costs less, holding no list of numbers.
     */
    async *statementsOf(actorKeys: readonly string[], byTraineeMax = BY_TRAINEE_MAX): AsyncGenerator<string> {
      if (actorKeys.length <= byTraineeMax) {
        const seqs = (await sql.all<{ seq: number }>(`SELECT seq FROM statements WHERE actor_key IN (${jsonValues(sql)}) AND voided = 0`, [jsonParam([...new Set(actorKeys)])]))
          .map((r) => Number(r.seq))
          .sort((x, y) => x - y);
        // A statement voided since is left out; one stored since is not in this export.
        for (const part of chunks(seqs, 500)) for (const row of await sql.all<{ body: string }>(`SELECT body FROM statements WHERE seq IN (${placeholders(part.length)}) AND voided = 0 ORDER BY seq`, part)) yield row.body;
        return;
      }
      const wanted = new Set(actorKeys);
      for (let after = 0; ; ) {
        const rows = await sql.all<{ seq: number; actor_key: string; body: string }>('SELECT seq, actor_key, body FROM statements WHERE voided = 0 AND seq > ? ORDER BY seq LIMIT 500', [after]);
        if (rows.length === 0) return;
        after = rows.at(-1)!.seq;
        for (const row of rows) if (wanted.has(row.actor_key)) yield row.body;
      }
    },
  };
}
