import type { Sql } from '../storage/sql';

export interface AttemptRow {
  id: string;
  actor_key: string;
  employee_id: string;
  quiz_id: string;
  seed: string;
  /** `server`: a seed this server issued; `page`: drawn offline from the attempt's own id. */
  seed_source: 'server' | 'page';
  /** JSON: the previous attempt's item ids the draw kept clear of; null for none. */
  avoid: string | null;
  issued_at: string;
  expires_at: string;
  started_at: string | null;
  ended_at: string | null;
  scored_at: string | null;
  score: number | null;
  passed: number | null;
  answers: string | null;
  result: string | null;
}

/** The quiz_attempts table; each function reads or writes through `q`, the caller's transaction when it has one. */
export function attemptStore(sql: Sql) {
  return {
    add: async (row: Pick<AttemptRow, 'id' | 'actor_key' | 'employee_id' | 'quiz_id' | 'seed' | 'seed_source' | 'avoid' | 'issued_at' | 'expires_at'>) =>
      (await sql.run(
        `INSERT INTO quiz_attempts (id, actor_key, employee_id, quiz_id, seed, seed_source, avoid, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [row.id, row.actor_key, row.employee_id, row.quiz_id, row.seed, row.seed_source, row.avoid, row.issued_at, row.expires_at],
      )) === 1,
    /** What this trainee's latest scored attempt at a quiz was drawn from, if any. */
    lastScored: (actorKey: string, quizId: string) =>
      sql.get<Pick<AttemptRow, 'seed' | 'avoid'>>('SELECT seed, avoid FROM quiz_attempts WHERE actor_key = ? AND quiz_id = ? AND scored_at IS NOT NULL ORDER BY ended_at DESC, scored_at DESC LIMIT 1', [actorKey, quizId]),
    get: (id: string) => sql.get<AttemptRow>('SELECT * FROM quiz_attempts WHERE id = ?', [id]),
    /** Issued seeds of a trainee still waiting for answers. */
    openCount: async (actorKey: string, now: string) =>
      Number((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM quiz_attempts WHERE actor_key = ? AND scored_at IS NULL AND expires_at > ?', [actorKey, now]))?.n ?? 0),
    /** Forgets issued seeds whose answers never came. */
    pruneExpired: (now: string) => sql.run('DELETE FROM quiz_attempts WHERE scored_at IS NULL AND expires_at < ?', [now]),
    /** When this trainee's offline attempts at a quiz arrived, since `since`. */
    localArrivals: async (actorKey: string, quizId: string, since: string) =>
      (await sql.all<{ issued_at: string }>("SELECT issued_at FROM quiz_attempts WHERE actor_key = ? AND quiz_id = ? AND seed_source = 'page' AND issued_at > ?", [actorKey, quizId, since])).map((r) =>
        Date.parse(r.issued_at),
      ),
    /** Files the result; false when the attempt was already scored (by a request that came first). */
    markScored: async (q: Sql, row: { id: string; started_at: string; ended_at: string; scored_at: string; score: number; passed: boolean; answers: string; result: string }) =>
      (await q.run(
        `UPDATE quiz_attempts SET started_at = ?, ended_at = ?, scored_at = ?, score = ?, passed = ?, answers = ?, result = ?
         WHERE id = ? AND scored_at IS NULL`,
        [row.started_at, row.ended_at, row.scored_at, row.score, row.passed ? 1 : 0, row.answers, row.result, row.id],
      )) === 1,
    /** A trainee's scored attempts, oldest first: what certificates rest on. */
    scored: async (actorKey: string) =>
      (await sql.all<{ quiz_id: string; score: number; passed: number; ended_at: string }>(
        'SELECT quiz_id, score, passed, ended_at FROM quiz_attempts WHERE actor_key = ? AND scored_at IS NOT NULL ORDER BY ended_at',
        [actorKey],
      )).map((r) => ({ quizId: r.quiz_id, score: r.score, passed: Number(r.passed) === 1, at: r.ended_at })),
    traineeName: async (employeeId: string, q: Sql = sql) => (await q.get<{ name: string }>('SELECT name FROM trainees WHERE employee_id = ?', [employeeId]))?.name,
    /** Whether the trainee has a standing statement with this verb about this activity. */
    hasStatement: async (q: Sql, actorKey: string, verbId: string, objectId: string) =>
      (await q.get('SELECT 1 AS one FROM statements WHERE actor_key = ? AND verb_id = ? AND object_id = ? AND voided = 0 LIMIT 1', [actorKey, verbId, objectId])) !== undefined,
  };
}

export type AttemptStore = ReturnType<typeof attemptStore>;
