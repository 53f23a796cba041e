import { accountActor, activityIds, actorKey, unregisteredLearner, VERBS, type TraineeRecord } from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';

export type SqlValue = string | number | null;
export type SqlRow = Record<string, SqlValue>;
/**
 * Runs one query of portable SQL (`?` placeholders) and returns its rows. Every query here is
 * bounded (a page, an IN list of a page's keys), so a backend may read it at once (SQLite) or
 * through a cursor (PostgreSQL); nothing ever asks for a whole table.
 */
export type ReadRows = (sql: string, params: readonly SqlValue[]) => Promise<SqlRow[]>;

/** Which record a sorted export fetches again: a registered trainee by employee id, anyone else by actor key. */
export interface RecordRef {
  key: string;
  employeeId: string | null;
}

export type ReportRecord = TraineeRecord & { ref: RecordRef; registered: string | null };

const PAGE = 500;
const text = (v: SqlValue | undefined) => (v === null || v === undefined ? '' : String(v));
/** Whether the company's sign-in vouched for a registered trainee, or they declared themselves. */
const identityOf = (t: SqlRow) => (Number(t.verified) ? ('company' as const) : ('self-declared' as const));
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * HR's reports read trainee records through here, a page at a time, so no report ever holds the
 * whole table: registered trainees in pages of employee ids (each page joined with its progress
 * rows, final-assessment attempts and certificates), then the actors who never registered.
 */
export function reportRows(read: ReadRows, o: { homePage: string; courseIri: string; courseId?: string; pageSize?: number }) {
  const courseId = o.courseId ?? DEFAULT_COURSE_ID;
  const pageSize = o.pageSize ?? PAGE;
  const keyPrefix = actorKey(accountActor('', '', o.homePage));
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, o.homePage));
  const finalIri = activityIds(o.courseIri).final();
  /** An actor who never registered, as far as their progress rows tell. */
  const stray = (key: string, row: SqlRow): ReportRecord => ({
    ...unregisteredLearner(key, row.employee_id === null || row.employee_id === undefined ? null : text(row.employee_id), o.homePage),
    name: text(row.actor_name),
    department: '',
    cohort: '',
    registered: null,
    modules: {},
    ref: { key, employeeId: null },
  });

  /** The records of these trainees (registered rows) and these other actors, by actor key. */
  async function load(trainees: readonly SqlRow[], strays: readonly string[]): Promise<Map<string, ReportRecord>> {
    const byKey = new Map<string, ReportRecord>();
    for (const t of trainees) {
      const employeeId = text(t.employee_id);
      const key = keyOf(employeeId);
      byKey.set(key, { employeeId, name: text(t.name), department: text(t.department), cohort: text(t.cohort), registered: text(t.registered), identity: identityOf(t), modules: {}, ref: { key, employeeId } });
    }
    const keys = [...byKey.keys(), ...strays];
    if (keys.length === 0) return byKey;
    // Who an actor is comes from the progress rows only for those who never registered: a page of registered trainees reads less.
    const progress = await read(
      `SELECT actor_key, module_id, ${strays.length ? 'employee_id, actor_name, ' : ''}read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity FROM progress WHERE course_id = ? AND actor_key IN (${list(keys.length)})`,
      [courseId, ...keys],
    );
    for (const p of progress) {
      const key = text(p.actor_key);
      let record = byKey.get(key);
      if (!record) {
        record = stray(key, p);
        byKey.set(key, record);
      }
      record.modules[text(p.module_id)] = {
        read: Boolean(p.read),
        passed: Boolean(p.passed),
        bestScore: p.best_score === null || p.best_score === undefined ? null : Number(p.best_score),
        attempts: Number(p.attempts),
        timeSpentMs: Number(p.time_spent_ms),
        firstActivity: text(p.first_activity),
        lastActivity: text(p.last_activity),
      };
    }
    // The final assessment is no module: its attempts are its `passed` and `failed` statements.
    const finals = await read(`SELECT actor_key, verb_id, body FROM statements WHERE object_id = ? AND voided = 0 AND verb_id IN (?, ?) AND actor_key IN (${list(keys.length)})`, [
      finalIri,
      VERBS.passed,
      VERBS.failed,
      ...keys,
    ]);
    for (const f of finals) {
      const record = byKey.get(text(f.actor_key));
      if (!record) continue;
      const final = (record.final ??= { attempts: 0, bestScore: null, passed: false });
      const scaled = (JSON.parse(text(f.body)) as { result?: { score?: { scaled?: unknown } } }).result?.score?.scaled;
      final.attempts++;
      if (typeof scaled === 'number') final.bestScore = Math.max(final.bestScore ?? 0, Math.min(1, Math.max(0, scaled)));
      if (f.verb_id === VERBS.passed) final.passed = true;
    }
    if (trainees.length > 0) {
      // Ordered by issue: the latest certificate of a trainee is the one kept.
      const ids = trainees.map((t) => text(t.employee_id));
      for (const c of await read(`SELECT employee_id, code, issued_at FROM certificates WHERE course_id = ? AND employee_id IN (${list(ids.length)}) ORDER BY issued_at`, [courseId, ...ids])) {
        const record = byKey.get(keyOf(text(c.employee_id)));
        if (record) record.certificate = { code: text(c.code), issuedAt: text(c.issued_at) };
      }
    }
    return byKey;
  }

  const TRAINEE_COLUMNS = 't.employee_id, t.name, t.department, t.registered, t.verified, c.cohort';
  const TRAINEE_FROM = 'trainees t LEFT JOIN hr_cohort_members c ON c.employee_id = t.employee_id';

  /** The actors with progress who never registered, a page at a time. */
  async function* strayPages(): AsyncGenerator<SqlRow[]> {
    for (let after = ''; ; ) {
      // An actor is registered when its key is a trainee's (an account under the company's home page).
      const strays = await read(
        // (The employee id is read from the key, not from the row: a merged identity's rows keep the name its statements carry.)
        'SELECT actor_key, MIN(employee_id) AS employee_id, MIN(actor_name) AS actor_name FROM progress p WHERE course_id = ? AND actor_key > ? AND NOT (substr(actor_key, 1, ?) = ? AND EXISTS (SELECT 1 FROM trainees t WHERE t.employee_id = substr(p.actor_key, ?))) GROUP BY actor_key ORDER BY actor_key LIMIT ?',
        [courseId, after, keyPrefix.length, keyPrefix, keyPrefix.length + 1, pageSize],
      );
      if (strays.length === 0) return;
      after = text(strays.at(-1)!.actor_key);
      yield strays;
    }
  }

  return {
    /** Every record: registered trainees in employee-id order, then the actors who never registered, in actor-key order. */
    async *all(): AsyncGenerator<ReportRecord> {
      for (let after = ''; ; ) {
        const trainees = await read(`SELECT ${TRAINEE_COLUMNS} FROM ${TRAINEE_FROM} WHERE t.employee_id > ? ORDER BY t.employee_id LIMIT ?`, [after, pageSize]);
        if (trainees.length === 0) break;
        after = text(trainees.at(-1)!.employee_id);
        yield* (await load(trainees, [])).values();
      }
      for await (const strays of strayPages()) yield* (await load([], strays.map((s) => text(s.actor_key)))).values();
    },
    /**
     * Who is in the records, without their progress: enough to filter by department, cohort or
     * name and to sort by the trainee's columns, at a fraction of the reading.
     */
    async *people(): AsyncGenerator<ReportRecord> {
      for (let after = ''; ; ) {
        const trainees = await read(`SELECT ${TRAINEE_COLUMNS} FROM ${TRAINEE_FROM} WHERE t.employee_id > ? ORDER BY t.employee_id LIMIT ?`, [after, pageSize]);
        if (trainees.length === 0) break;
        after = text(trainees.at(-1)!.employee_id);
        for (const t of trainees) {
          const employeeId = text(t.employee_id);
          const key = keyOf(employeeId);
          yield { employeeId, name: text(t.name), department: text(t.department), cohort: text(t.cohort), registered: text(t.registered), identity: identityOf(t), modules: {}, ref: { key, employeeId } };
        }
      }
      for await (const strays of strayPages())
        for (const s of strays) {
          yield stray(text(s.actor_key), s);
        }
    },
    /**
     * The records of these actor keys, by key, a page at a time: registered trainees by their
     * registration, anyone else by their progress rows; a key in neither is left out.
     */
    async byKeys(keys: readonly string[]): Promise<Map<string, ReportRecord>> {
      const found = new Map<string, ReportRecord>();
      for (let i = 0; i < keys.length; i += pageSize) {
        const part = keys.slice(i, i + pageSize);
        const ids = part.filter((k) => k.startsWith(keyPrefix)).map((k) => k.slice(keyPrefix.length));
        const trainees = ids.length ? await read(`SELECT ${TRAINEE_COLUMNS} FROM ${TRAINEE_FROM} WHERE t.employee_id IN (${list(ids.length)})`, ids) : [];
        const registered = new Set(trainees.map((t) => keyOf(text(t.employee_id))));
        for (const [key, record] of await load(trainees, part.filter((k) => !registered.has(k)))) found.set(key, record);
      }
      return found;
    },
    /** The records these refs name, in their order (one that has gone since is left out); at most a page of refs at a time. */
    async byRefs(refs: readonly RecordRef[]): Promise<ReportRecord[]> {
      const ids = refs.flatMap((r) => (r.employeeId === null ? [] : [r.employeeId]));
      const trainees = ids.length ? await read(`SELECT ${TRAINEE_COLUMNS} FROM ${TRAINEE_FROM} WHERE t.employee_id IN (${list(ids.length)})`, ids) : [];
      const found = await load(
        trainees,
        refs.flatMap((r) => (r.employeeId === null ? [r.key] : [])),
      );
      return refs.flatMap((r) => found.get(r.key) ?? []);
    },
    pageSize,
  };
}

export type ReportRows = ReturnType<typeof reportRows>;
