import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  answerItem,
  awaitServerScore,
  checkItem,
  discardAttempt,
  emptyQuizState,
  finishAttempt,
  quizFormat,
  setLayout,
  refuseServerScore,
  settleServerScore,
  showItem,
  startAttempt,
  type ActiveAttempt,
  type Answer,
  type QuizAttempt,
  type QuizLayout,
  type QuizState,
  type ScoredAnswers,
  type ServerScore,
} from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

interface QuizStore {
  quiz: QuizState;
  start: (attempt: Omit<ActiveAttempt, 'answers' | 'checked' | 'index'>) => void;
  answer: (quizId: string, itemId: string, answer: Answer | undefined) => void;
  check: (quizId: string, itemId: string) => void;
  show: (quizId: string, index: number) => void;
  layout: (quizId: string, layout: QuizLayout) => void;
  finish: (attempt: QuizAttempt) => void;
  discard: (quizId: string) => void;
  /** The answers went to the records server: its score is awaited. */
  awaitServer: (attemptIds: readonly string[]) => void;
  /** The records server scored an attempt (with the answers it scored, when known). */
  settle: (result: ServerScore, scored?: ScoredAnswers) => void;
  /** The records server would not score an attempt: its score no longer counts. */
  refuse: (attemptId: string) => void;
}

export const QUIZ_KEY = storageKey('quiz');

export const useQuizStore = create<QuizStore>()(
  persist(
    (set) => ({
      quiz: emptyQuizState,
      start: (attempt) => set((s) => ({ quiz: startAttempt(s.quiz, attempt) })),
      answer: (quizId, itemId, answer) => set((s) => ({ quiz: answerItem(s.quiz, quizId, itemId, answer) })),
      check: (quizId, itemId) => set((s) => ({ quiz: checkItem(s.quiz, quizId, itemId) })),
      show: (quizId, index) => set((s) => ({ quiz: showItem(s.quiz, quizId, index) })),
      layout: (quizId, layout) => set((s) => ({ quiz: setLayout(s.quiz, quizId, layout) })),
      finish: (attempt) => set((s) => ({ quiz: finishAttempt(s.quiz, attempt) })),
      discard: (quizId) => set((s) => ({ quiz: discardAttempt(s.quiz, quizId) })),
      awaitServer: (ids) => set((s) => ({ quiz: awaitServerScore(s.quiz, ids) })),
      settle: (result, scored) => set((s) => ({ quiz: settleServerScore(s.quiz, result, scored) })),
      refuse: (attemptId) => set((s) => ({ quiz: refuseServerScore(s.quiz, attemptId) })),
    }),
    {
      name: QUIZ_KEY,
      version: quizFormat.version,
      partialize: (s) => s.quiz,
      merge: (persisted, current) => ({ ...current, quiz: (persisted as QuizState | undefined) ?? current.quiz }),
      storage: recoveringStorage(quizFormat),
    },
  ),
);

followOtherTabs(useQuizStore, quizFormat, () => import('./tab-merges').then((m) => m.mergeQuiz));
