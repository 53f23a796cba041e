import { emptyQuizState, type ActiveAttempt, type QuizState } from './quiz-state';
import type { QuizAttempt } from './results';
import { keepValid, readStored } from '../stored';
import { isRecord } from '../guards';

export const QUIZ_STATE_VERSION = 1;

export interface RestoredQuizState {
  state: QuizState;
  /** Set when some or all of the stored copy could not be used. */
  recovered?: 'corrupt' | 'unknownVersion' | 'invalidShape';
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isDrawnList = (v: unknown) =>
  Array.isArray(v) && v.every((d) => isRecord(d) && isString(d.itemId) && (d.order === undefined || (Array.isArray(d.order) && d.order.every(isString))));
const isAnswerMap = (v: unknown) => isRecord(v) && Object.values(v).every((a) => isRecord(a) && isString(a.type));

function isAttempt(v: unknown): v is QuizAttempt {
  return (
    isRecord(v) &&
    isString(v.id) && isString(v.quizId) && isString(v.seed) &&
    isDrawnList(v.items) && isAnswerMap(v.answers) &&
    typeof v.score === 'number' && Number.isFinite(v.score) && v.score >= 0 && v.score <= 1 &&
    typeof v.passed === 'boolean' && isString(v.startedAt) && isString(v.endedAt)
  );
}

function isActive(v: unknown): v is ActiveAttempt {
  return (
    isRecord(v) &&
    isString(v.id) && isString(v.quizId) && isString(v.seed) &&
    isDrawnList(v.items) && isAnswerMap(v.answers) &&
    Array.isArray(v.checked) && v.checked.every(isString) &&
    (v.layout === 'one' || v.layout === 'all') && Number.isInteger(v.index) && isString(v.startedAt)
  );
}

/**
 * Restores stored quiz results. Valid attempts are kept one by one; if any entry is unusable
 * the state says so (the store keeps the raw copy aside), so no good result is thrown away
 * with a bad one. Never throws.
 */
export function restoreQuizState(raw: string | null): RestoredQuizState {
  const read = readStored(raw, QUIZ_STATE_VERSION);
  if (read.kind === 'empty') return { state: emptyQuizState };
  if (read.kind === 'recovered') return { state: emptyQuizState, recovered: read.reason };
  if (!isRecord(read.state)) return { state: emptyQuizState, recovered: 'invalidShape' };
  const { attempts, active } = read.state;
  const runs = keepValid(attempts, isAttempt);
  const goodActive = isRecord(active) ? Object.fromEntries(Object.entries(active).filter(([k, a]) => isActive(a) && a.quizId === k)) : {};
  const lost = runs.dropped || !isRecord(active) || Object.keys(goodActive).length !== Object.keys(active).length;
  const state = { attempts: runs.kept, active: goodActive as Record<string, ActiveAttempt> };
  return lost ? { state, recovered: 'invalidShape' } : { state };
}
