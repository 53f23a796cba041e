import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import {
  FINAL_ASSESSMENT,
  ISSUED_SEED_TTL_MS,
  SEED_SOURCE_EXTENSION,
  attemptDuration,
  drawQuiz,
  localAttemptVerdict,
  parseAttemptSubmission,
  quizRules,
  scoreQuiz,
  scoredAttemptStatements,
  type AttemptSubmission,
  type QuizBank,
} from '../../domain';
import type { Sql } from '../storage/sql';
import { fail, type AppEnv, type Route } from '../route-table';
import type { TraineeIdentity } from '../trainees';
import type { AttemptRow, AttemptStore } from './attempt-store';
import type { VerdictWriter } from './verdicts';

/** Seeds a trainee may hold unanswered at once: enough for every quiz in several tabs, not a flood of rows. */
const MAX_OPEN_ATTEMPTS = 30;

export interface AttemptRouteOptions {
  sql: Sql;
  attempts: AttemptStore;
  verdicts: VerdictWriter;
  /** Every question bank of the course, by module id: the same banks the page draws from. */
  banks: Readonly<Record<string, QuizBank>>;
  courseIri: string;
  now: () => number;
}

export interface AttemptResult {
  attemptId: string;
  quizId: string;
  score: number;
  passed: boolean;
  passScore: number;
  points: number;
  max: number;
  /** Each drawn item's score, 0…1, keyed as the answers are. */
  itemScores: Record<string, number>;
  seedSource: 'server' | 'page';
  scoredAt: string;
}

const traineeOf = (c: Context<AppEnv>): TraineeIdentity | undefined => (c.var.caller.kind === 'trainee' ? c.var.caller.trainee : undefined);

/**
 * Quiz attempts scored by the server. `POST /api/attempts` issues an attempt id and the seed its
 * items are drawn from; `POST /api/attempts/:id` takes the answers, draws the same items again
 * from the seed, scores them and writes the verdict statements itself. An attempt drawn offline
 * from the page's own seed is accepted within the limits of `localAttemptVerdict`.
 */
export function attemptRoutes(o: AttemptRouteOptions): Route[] {
  const iso = (ms: number) => new Date(ms).toISOString();

  const avoidOf = (row: Pick<AttemptRow, 'avoid'>): string[] => (row.avoid ? (JSON.parse(row.avoid) as string[]) : []);

  async function score(who: TraineeIdentity, row: AttemptRow, submission: AttemptSubmission): Promise<AttemptResult | 'raced'> {
    // A page from before retakes avoided anything sends no list and drew without one.
    const scored = scoreQuiz(row.quiz_id, o.banks, row.seed, submission.answers, submission.avoid === undefined ? [] : avoidOf(row))!;
    const now = o.now();
    // The attempt ended no later than it arrived, and (a server seed) no earlier than its seed was issued.
    let ended = Math.min(Date.parse(submission.endedAt), now);
    if (row.seed_source === 'server') ended = Math.max(ended, Date.parse(row.issued_at));
    const started = Math.min(Date.parse(submission.startedAt), ended);
    const result: AttemptResult = {
      attemptId: row.id,
      quizId: row.quiz_id,
      score: scored.score,
      passed: scored.passed,
      passScore: scored.passScore,
      points: scored.points,
      max: scored.max,
      itemScores: Object.fromEntries(Object.entries(scored.itemScores).map(([k, s]) => [k, s.score])),
      seedSource: row.seed_source,
      scoredAt: iso(now),
    };
    return o.sql.tx(async (q): Promise<AttemptResult | 'raced'> => {
      const filed = await o.attempts.markScored(q, {
        id: row.id,
        started_at: iso(started),
        ended_at: iso(ended),
        scored_at: result.scoredAt,
        score: result.score,
        passed: result.passed,
        answers: JSON.stringify(submission.answers),
        result: JSON.stringify(result),
      });
      if (!filed) return 'raced';
      const statements = scoredAttemptStatements({
        newId: randomUUID,
        trainee: await o.verdicts.trainee(who, q),
        courseIri: o.courseIri,
        scored,
        durationMs: attemptDuration({ startedAt: iso(started), endedAt: iso(ended) }),
        timestamp: iso(ended),
        extensions: { [SEED_SOURCE_EXTENSION]: row.seed_source },
      });
      await o.verdicts.recordAttempt(q, who, statements);
      return result;
    });
  }

  /**
   * The stored result when the same answers come again (a resend after a lost answer); a conflict
   * otherwise, which carries the result and answers recorded, so a page that sent the same
   * attempt from a second tab shows what counts instead of its own answers.
   */
  const replay = (c: Context<AppEnv>, row: AttemptRow, submission: AttemptSubmission) => {
    if (row.answers === JSON.stringify(submission.answers) && row.result) return c.json(JSON.parse(row.result) as AttemptResult, 200);
    const recorded = row.result && row.answers ? { result: JSON.parse(row.result) as AttemptResult, answers: JSON.parse(row.answers) as unknown } : {};
    return fail(c, 409, 'already_scored', 'this attempt was already scored; start a new attempt', recorded);
  };

  return [
    {
      method: 'POST',
      path: '/api/attempts',
      role: 'trainee',
      body: 'json',
      handler: async (c) => {
        const who = traineeOf(c);
        if (!who) return fail(c, 401, 'unauthorized', 'a trainee token is required');
        const body = c.var.body as { quizId?: unknown } | null;
        const quizId = typeof body?.quizId === 'string' ? body.quizId : '';
        const rules = quizRules(quizId, o.banks);
        if (!rules) return fail(c, 404, 'no_such_quiz', `no quiz "${quizId.slice(0, 100)}": a module with a quiz, or "${FINAL_ASSESSMENT}"`);
        const now = o.now();
        await o.attempts.pruneExpired(iso(now));
        if ((await o.attempts.openCount(who.actorKey, iso(now))) >= MAX_OPEN_ATTEMPTS)
          return fail(c, 429, 'too_many_open_attempts', `at most ${MAX_OPEN_ATTEMPTS} attempts may wait for answers at once`, { retryAfter: 3600 });
        // A retake keeps clear of the items the trainee's last scored attempt showed.
        const last = await o.attempts.lastScored(who.actorKey, quizId);
        const avoid = last ? drawQuiz(quizId, o.banks, last.seed, avoidOf(last)).map((d) => d.itemId) : [];
        const row = {
          id: randomUUID(),
          actor_key: who.actorKey,
          employee_id: who.employeeId,
          quiz_id: quizId,
          seed: randomBytes(16).toString('base64url'),
          seed_source: 'server' as const,
          avoid: avoid.length ? JSON.stringify(avoid) : null,
          issued_at: iso(now),
          expires_at: iso(now + ISSUED_SEED_TTL_MS),
        };
        await o.attempts.add(row);
        return c.json({ attemptId: row.id, quizId, seed: row.seed, avoid, expiresAt: row.expires_at, count: rules.count, passScore: rules.passScore }, 201);
      },
    },
    {
      method: 'POST',
      path: '/api/attempts/:id',
      role: 'trainee',
      body: 'json',
      maxBytes: 64 * 1024,
      handler: async (c) => {
        const who = traineeOf(c);
        if (!who) return fail(c, 401, 'unauthorized', 'a trainee token is required');
        const id = c.req.param('id') ?? '';
        if (id.length > 100) return fail(c, 400, 'bad_request', 'an attempt id is at most 100 characters');
        const parsed = parseAttemptSubmission(c.var.body);
        if ('problem' in parsed) return fail(c, 400, 'bad_attempt', parsed.problem);
        const submission = parsed.submission;
        if (!quizRules(submission.quizId, o.banks)) return fail(c, 404, 'no_such_quiz', `no quiz "${submission.quizId}"`);
        const now = o.now();
        let row = await o.attempts.get(id);
        // Another trainee's attempt answers exactly as an unknown one drawn with a wrong seed would.
        if (row && row.actor_key !== who.actorKey) return fail(c, 404, 'not_found', 'no such attempt');
        if (row) {
          if (row.quiz_id !== submission.quizId || row.seed !== submission.seed || (submission.avoid !== undefined && submission.avoid.join('\n') !== avoidOf(row).join('\n')))
            return fail(c, 409, 'mismatch', 'the quiz, seed or avoided items differ from the attempt issued');
          if (row.scored_at) return replay(c, row, submission);
          if (Date.parse(row.expires_at) < now) return c.json({ error: 'expired', message: 'this attempt waited too long for its answers; start a new attempt' }, 410);
        } else {
          const since = iso(now - 24 * 3_600_000);
          const verdict = localAttemptVerdict({ attemptId: id, submission, now, recentLocal: await o.attempts.localArrivals(who.actorKey, submission.quizId, since) });
          if (!verdict.ok) {
            if (verdict.status === 429) return fail(c, 429, 'too_many_offline_attempts', verdict.reason, { retryAfter: verdict.retryAfterSeconds });
            if (verdict.status === 410) return c.json({ error: 'expired', message: verdict.reason }, 410);
            return fail(c, 400, 'bad_attempt', verdict.reason);
          }
          // Offline, the page chose what to keep clear of (its own last attempt); the draw is repeated with the same list.
          const avoid = submission.avoid?.length ? JSON.stringify(submission.avoid) : null;
          await o.attempts.add({ id, actor_key: who.actorKey, employee_id: who.employeeId, quiz_id: submission.quizId, seed: submission.seed, seed_source: 'page', avoid, issued_at: iso(now), expires_at: iso(now + ISSUED_SEED_TTL_MS) });
          row = (await o.attempts.get(id))!;
          if (row.actor_key !== who.actorKey) return fail(c, 404, 'not_found', 'no such attempt');
        }
        const result = await score(who, row, submission);
        if (result === 'raced') return replay(c, (await o.attempts.get(id))!, submission);
        return c.json(result, 201);
      },
    },
  ];
}
