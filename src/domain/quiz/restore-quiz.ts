import { emptyQuizState, type ActiveAttempt, type QuizState } from './quiz-state';
import type { QuizAttempt } from './results';
import { keepValid, keepValidEntries, restoreStored, type Migration, type Restored, type StoredFormat } from '../stored';
import { isRecord } from '../guards';

export const QUIZ_STATE_VERSION = 2;

const isString = (v: unknown): v is string => typeof v === 'string';
const isUnit = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isDrawnList = (v: unknown) =>
  Array.isArray(v) && v.every((d) => isRecord(d) && isString(d.itemId) && (d.order === undefined || (Array.isArray(d.order) && d.order.every(isString))));
const isAnswerMap = (v: unknown) => isRecord(v) && Object.values(v).every((a) => isRecord(a) && isString(a.type));
const isScoreMap = (v: unknown) => isRecord(v) && Object.values(v).every(isUnit);

function isAttempt(v: unknown): v is QuizAttempt {
  return (
    isRecord(v) &&
    isString(v.id) && isString(v.quizId) && isString(v.seed) &&
    isDrawnList(v.items) && isAnswerMap(v.answers) &&
    isUnit(v.score) && (v.itemScores === undefined || isScoreMap(v.itemScores)) &&
    typeof v.passed === 'boolean' && isString(v.startedAt) && isString(v.endedAt) &&
    (v.scoredBy === undefined || v.scoredBy === 'pending' || v.scoredBy === 'server' || v.scoredBy === 'refused') &&
    (v.submittedElsewhere === undefined || typeof v.submittedElsewhere === 'boolean')
  );
}

function isActive(quizId: string, v: unknown): v is ActiveAttempt {
  return (
    isRecord(v) &&
    isString(v.id) && v.quizId === quizId && isString(v.seed) &&
    isDrawnList(v.items) && isAnswerMap(v.answers) &&
    Array.isArray(v.checked) && v.checked.every(isString) &&
    (v.layout === 'one' || v.layout === 'all') && Number.isInteger(v.index) && isString(v.startedAt)
  );
}

export const quizMigrations: Record<number, Migration> = {
  1: {
    // Version 1 kept only the attempt's score. Where it settles every item (all right or all
    // wrong), the items' scores follow; otherwise they stay unknown and are not invented.
    name: 'settleItemScores',
    up(state) {
      if (!isRecord(state) || !Array.isArray(state.attempts)) return state;
      const attempts = state.attempts.map((a: unknown) => {
        if (!isRecord(a) || !Array.isArray(a.items) || (a.score !== 0 && a.score !== 1)) return a;
        const score = a.score;
        return { ...a, itemScores: Object.fromEntries(a.items.map((d: { itemId?: unknown }) => [String(d?.itemId), score])) };
      });
      return { ...state, attempts };
    },
  },
};

/** Quiz results and attempts under way, as kept on the device. Valid entries are kept one by one, so no good result goes with a bad one. */
export const quizFormat: StoredFormat<QuizState> = {
  version: QUIZ_STATE_VERSION,
  migrations: quizMigrations,
  empty: emptyQuizState,
  check(state) {
    if (!isRecord(state)) return undefined;
    const attempts = keepValid(state.attempts, isAttempt);
    const active = keepValidEntries(state.active, isActive);
    return { state: { attempts: attempts.kept, active: active.kept }, lost: attempts.dropped || active.dropped };
  },
};

/** Restores stored quiz results. Never throws. */
export function restoreQuizState(raw: string | null, now = new Date().toISOString()): Restored<QuizState> {
  const { migratedFrom: _migrated, ...restored } = restoreStored(raw, quizFormat, now);
  return restored;
}
