import type { Db } from '../db';

export interface AttemptRow {
  id: string;
  actor_key: string;
  employee_id: string;
  quiz_id: string;
  seed: string;
  /** `server`: a seed this server issued; `page`: drawn offline from the attempt's own id. */
  seed_source: 'server' | 'page';
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

/** The quiz_attempts table: portable SQL, one statement per function. */
export function attemptStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO quiz_attempts (id, actor_key, employee_id, quiz_id, seed, seed_source, issued_at, expires_at)
     VALUES (@id, @actor_key, @employee_id, @quiz_id, @seed, @seed_source, @issued_at, @expires_at) ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare('SELECT * FROM quiz_attempts WHERE id = ?');
  const open = db.prepare('SELECT COUNT(*) AS n FROM quiz_attempts WHERE actor_key = ? AND scored_at IS NULL AND expires_at > ?');
  const prune = db.prepare('DELETE FROM quiz_attempts WHERE scored_at IS NULL AND expires_at < ?');
  const recentLocal = db.prepare("SELECT issued_at FROM quiz_attempts WHERE actor_key = ? AND quiz_id = ? AND seed_source = 'page' AND issued_at > ?");
  const score = db.prepare(
    `UPDATE quiz_attempts SET started_at = @started_at, ended_at = @ended_at, scored_at = @scored_at, score = @score, passed = @passed, answers = @answers, result = @result
     WHERE id = @id AND scored_at IS NULL`,
  );
  const scoredOf = db.prepare('SELECT quiz_id, score, passed, ended_at FROM quiz_attempts WHERE actor_key = ? AND scored_at IS NOT NULL ORDER BY ended_at');
  const traineeName = db.prepare('SELECT name FROM trainees WHERE employee_id = ?');
  const statementAbout = db.prepare('SELECT 1 AS one FROM statements WHERE actor_key = ? AND verb_id = ? AND object_id = ? AND voided = 0 LIMIT 1');

  return {
    add: (row: Pick<AttemptRow, 'id' | 'actor_key' | 'employee_id' | 'quiz_id' | 'seed' | 'seed_source' | 'issued_at' | 'expires_at'>) => insert.run(row).changes === 1,
    get: (id: string) => byId.get(id) as AttemptRow | undefined,
    /** Issued seeds of a trainee still waiting for answers. */
    openCount: (actorKey: string, now: string) => (open.get(actorKey, now) as { n: number }).n,
    /** Forgets issued seeds whose answers never came. */
    pruneExpired: (now: string) => prune.run(now).changes,
    /** When this trainee's offline attempts at a quiz arrived, since `since`. */
    localArrivals: (actorKey: string, quizId: string, since: string) => (recentLocal.all(actorKey, quizId, since) as { issued_at: string }[]).map((r) => Date.parse(r.issued_at)),
    /** Files the result; false when the attempt was already scored (by a request that came first). */
    markScored: (row: { id: string; started_at: string; ended_at: string; scored_at: string; score: number; passed: boolean; answers: string; result: string }) =>
      score.run({ ...row, passed: row.passed ? 1 : 0 }).changes === 1,
    /** A trainee's scored attempts, oldest first: what certificates rest on. */
    scored: (actorKey: string) =>
      (scoredOf.all(actorKey) as { quiz_id: string; score: number; passed: number; ended_at: string }[]).map((r) => ({ quizId: r.quiz_id, score: r.score, passed: r.passed === 1, at: r.ended_at })),
    traineeName: (employeeId: string) => (traineeName.get(employeeId) as { name: string } | undefined)?.name,
    /** Whether the trainee has a standing statement with this verb about this activity. */
    hasStatement: (actorKey: string, verbId: string, objectId: string) => statementAbout.get(actorKey, verbId, objectId) !== undefined,
  };
}

export type AttemptStore = ReturnType<typeof attemptStore>;
