import { isRecord } from '../guards';
import type { Answer } from './types';
import type { DrawnItem } from './draw';
import type { QuizAttempt } from './results';

export type QuizLayout = 'one' | 'all';

/** An attempt under way, kept so a reload or a closed tab loses no answer. */
export interface ActiveAttempt {
  id: string;
  quizId: string;
  seed: string;
  /** The previous attempt's item ids the draw kept clear of. */
  avoid?: string[];
  items: DrawnItem[];
  answers: Record<string, Answer>;
  /** Items whose feedback was revealed (immediate-feedback banks); their answers are locked. */
  checked: string[];
  layout: QuizLayout;
  /** The item shown when one item is shown at a time. */
  index: number;
  startedAt: string;
}

export interface QuizState {
  attempts: QuizAttempt[];
  active: Record<string, ActiveAttempt>;
}

export const emptyQuizState: QuizState = { attempts: [], active: {} };

export function startAttempt(state: QuizState, attempt: Omit<ActiveAttempt, 'answers' | 'checked' | 'index'>): QuizState {
  return { ...state, active: { ...state.active, [attempt.quizId]: { ...attempt, answers: {}, checked: [], index: 0 } } };
}

function updateActive(state: QuizState, quizId: string, change: (a: ActiveAttempt) => ActiveAttempt): QuizState {
  const active = state.active[quizId];
  return active ? { ...state, active: { ...state.active, [quizId]: change(active) } } : state;
}

/** Records an answer (undefined clears it); an item whose feedback was already shown keeps its answer. */
export function answerItem(state: QuizState, quizId: string, itemId: string, answer: Answer | undefined): QuizState {
  return updateActive(state, quizId, (a) => {
    if (a.checked.includes(itemId)) return a;
    const { [itemId]: _previous, ...others } = a.answers;
    return { ...a, answers: answer ? { ...others, [itemId]: answer } : others };
  });
}

export function checkItem(state: QuizState, quizId: string, itemId: string): QuizState {
  return updateActive(state, quizId, (a) => (a.checked.includes(itemId) ? a : { ...a, checked: [...a.checked, itemId] }));
}

export function showItem(state: QuizState, quizId: string, index: number): QuizState {
  return updateActive(state, quizId, (a) => ({ ...a, index: Math.max(0, Math.min(index, a.items.length - 1)) }));
}

export function setLayout(state: QuizState, quizId: string, layout: QuizLayout): QuizState {
  return updateActive(state, quizId, (a) => ({ ...a, layout }));
}

/** Files the finished attempt and clears the one under way. */
export function finishAttempt(state: QuizState, attempt: QuizAttempt): QuizState {
  const { [attempt.quizId]: _done, ...active } = state.active;
  return { attempts: [...state.attempts, attempt], active };
}

export function discardAttempt(state: QuizState, quizId: string): QuizState {
  const { [quizId]: _gone, ...active } = state.active;
  return { ...state, active };
}

/** The records server's result of an attempt (see `POST /api/attempts/:id`). */
export interface ServerScore {
  attemptId: string;
  score: number;
  passed: boolean;
  itemScores: Record<string, number>;
}

/** Marks attempts as waiting for the records server's score. */
export function awaitServerScore(state: QuizState, attemptIds: readonly string[]): QuizState {
  const ids = new Set(attemptIds);
  if (!state.attempts.some((a) => ids.has(a.id) && a.scoredBy !== 'pending')) return state;
  return { ...state, attempts: state.attempts.map((a) => (ids.has(a.id) && a.scoredBy !== 'server' ? { ...a, scoredBy: 'pending' } : a)) };
}

/** The answers the server scored, when they come with its result; what is not an answer map is left out. */
export interface ScoredAnswers {
  answers: unknown;
  /** The server had scored another submission of this attempt already (another tab or device). */
  elsewhere?: boolean;
}

const isAnswerMap = (v: unknown): v is Record<string, Answer> =>
  isRecord(v) && Object.values(v).every((a) => isRecord(a) && typeof a.type === 'string');

/**
 * Files the records server's score: it replaces the page's, which only ever stood in for it. With
 * the answers it scored, those replace the page's too, so the result shown question by question
 * is the one that counts (another tab may have sent other answers to the same attempt first).
 */
export function settleServerScore(state: QuizState, result: ServerScore, scored?: ScoredAnswers): QuizState {
  if (!state.attempts.some((a) => a.id === result.attemptId)) return state;
  const answers = scored && isAnswerMap(scored.answers) ? { answers: { ...scored.answers } } : {};
  return {
    ...state,
    attempts: state.attempts.map((a) => {
      if (a.id !== result.attemptId) return a;
      const { submittedElsewhere: _was, ...rest } = a;
      return { ...rest, ...answers, score: result.score, passed: result.passed, itemScores: { ...result.itemScores }, scoredBy: 'server', ...(scored?.elsewhere ? { submittedElsewhere: true } : {}) };
    }),
  };
}

/** Marks an attempt the records server would not score: its score no longer counts (until it is sent again and scored). */
export function refuseServerScore(state: QuizState, attemptId: string): QuizState {
  if (!state.attempts.some((a) => a.id === attemptId && a.scoredBy !== 'server' && a.scoredBy !== 'refused')) return state;
  return { ...state, attempts: state.attempts.map((a) => (a.id === attemptId && a.scoredBy !== 'server' ? { ...a, scoredBy: 'refused' } : a)) };
}
