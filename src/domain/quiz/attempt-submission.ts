import { isRecord } from '../guards';
import { isTimestamp, isUuid } from '../xapi/formats';
import { FINAL_ASSESSMENT } from './results';

/**
 * How long a seed the records server issued may wait for its answers: an attempt left open in a
 * tab, or finished offline and queued, still counts within a week.
 */
export const ISSUED_SEED_TTL_MS = 7 * 24 * 3_600_000;
/** How old an attempt drawn from the page's own seed (offline) may be when it arrives. */
export const LOCAL_ATTEMPT_MAX_AGE_MS = 30 * 24 * 3_600_000;
/** Attempts from the page's own seeds counted per trainee, quiz and day; more wait for the next day. */
export const LOCAL_ATTEMPTS_PER_DAY = 5;
/** Clocks differ: an attempt may claim to end this far after the server's now. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** What the page sends when an attempt is finished: the answers, keyed as the attempt's items are. */
export interface AttemptSubmission {
  /** A module id, or `final`. */
  quizId: string;
  /** The seed it was drawn from: the one the server issued, or (offline) the attempt's own id. */
  seed: string;
  answers: Record<string, unknown>;
  startedAt: string;
  endedAt: string;
  /** The previous attempt's item ids the draw kept clear of (see `drawQuiz`); none when absent. */
  avoid?: string[];
}

/** What the records server answers when asked for a new attempt (`POST /api/attempts`). */
export interface IssuedAttempt {
  attemptId: string;
  seed: string;
  /** The trainee's last scored attempt's item ids, for the draw to keep clear of. */
  avoid: string[];
}

const MAX_ANSWERS = 200;
const MAX_AVOIDED = 100;

/** Checks a submission's shape (the answers themselves are checked when scored); a reason when it is wrong. */
export function parseAttemptSubmission(body: unknown): { submission: AttemptSubmission } | { problem: string } {
  if (!isRecord(body)) return { problem: 'the body must be a JSON object' };
  const { quizId, seed, answers, startedAt, endedAt, avoid } = body;
  if (typeof quizId !== 'string' || !quizId || quizId.length > 100) return { problem: 'quizId must name a module or "final"' };
  if (typeof seed !== 'string' || !seed || seed.length > 100) return { problem: 'seed must be the seed the attempt was drawn from' };
  if (!isRecord(answers) || Object.keys(answers).length > MAX_ANSWERS) return { problem: `answers must be an object of at most ${MAX_ANSWERS} answers keyed by item` };
  if (!isTimestamp(startedAt) || !isTimestamp(endedAt)) return { problem: 'startedAt and endedAt must be ISO 8601 timestamps' };
  if (Date.parse(startedAt) > Date.parse(endedAt)) return { problem: 'the attempt cannot end before it started' };
  if (avoid !== undefined && (!Array.isArray(avoid) || avoid.length > MAX_AVOIDED || avoid.some((id) => typeof id !== 'string' || !id || id.length > 200)))
    return { problem: `avoid must list at most ${MAX_AVOIDED} item ids of the previous attempt` };
  return { submission: { quizId, seed, answers, startedAt, endedAt, ...(avoid ? { avoid: avoid as string[] } : {}) } };
}

/** A quiz id the course has: a module with a quiz, or the final assessment. */
export const isQuizId = (quizId: unknown, quizzes: readonly string[]): quizId is string =>
  typeof quizId === 'string' && (quizId === FINAL_ASSESSMENT || quizzes.includes(quizId));

/**
 * Whether an attempt drawn offline from the page's own seed may be scored, and if not why.
 * The page may draw without the server (offline, answer keys are in the page anyway), so what a
 * chosen seed could buy is bounded instead: the seed is the attempt's own UUID, used once; the
 * attempt is recent and not from the future; and only a few such attempts count per quiz and day,
 * the rest waiting (`wait`) rather than being lost.
 */
export function localAttemptVerdict(args: {
  attemptId: string;
  submission: AttemptSubmission;
  now: number;
  /** Arrival times (ms) of this trainee's local attempts at this quiz in the last day. */
  recentLocal: readonly number[];
}): { ok: true } | { ok: false; status: 400 | 410 | 429; reason: string; retryAfterSeconds?: number } {
  const { attemptId, submission, now, recentLocal } = args;
  if (!isUuid(attemptId) || submission.seed !== attemptId)
    return { ok: false, status: 400, reason: 'an attempt drawn without a server seed uses its own id (a UUID) as its seed' };
  const ended = Date.parse(submission.endedAt);
  if (ended > now + CLOCK_SKEW_MS) return { ok: false, status: 400, reason: 'the attempt ends in the future' };
  if (ended < now - LOCAL_ATTEMPT_MAX_AGE_MS) return { ok: false, status: 410, reason: 'the attempt is too old to be scored' };
  const day = 24 * 3_600_000;
  const inWindow = recentLocal.filter((t) => t > now - day).sort((a, b) => a - b);
  if (inWindow.length >= LOCAL_ATTEMPTS_PER_DAY) {
    const freeAt = inWindow[inWindow.length - LOCAL_ATTEMPTS_PER_DAY]! + day;
    return { ok: false, status: 429, reason: `at most ${LOCAL_ATTEMPTS_PER_DAY} offline attempts a day count for one quiz`, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
  }
  return { ok: true };
}
