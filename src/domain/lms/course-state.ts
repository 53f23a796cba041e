import type { Progress } from '../progress/progress';
import { readingStatus } from '../progress/progress';
import { bestAttempt, hasPassed, type QuizAttempt } from '../quiz/results';
import { moduleSatisfied } from '../xapi/completion';

export interface OutlineModule {
  id: string;
  slideIds: readonly string[];
  hasQuiz: boolean;
}

/** What an LMS is told about the one SCO/AU that holds the whole course. */
export interface LmsCourseState {
  /** Every module read to its end. */
  completed: boolean;
  /** Every module's quiz passed (cmi5 moveOn CompletedAndPassed needs both). */
  passed: boolean;
  /** Mean of the best scores of the quizzes taken so far, 0…1; null before the first. */
  scaled: number | null;
  /** Modules satisfied (read and passed) out of all, 0…1. */
  progressMeasure: number;
}

export function lmsCourseState(modules: readonly OutlineModule[], progress: Progress, attempts: readonly QuizAttempt[]): LmsCourseState {
  const read = modules.map((m) => readingStatus(progress, m.id, m.slideIds) === 'read');
  const quizzes = modules.filter((m) => m.hasQuiz);
  const best = quizzes.map((m) => bestAttempt(attempts, m.id)?.score).filter((s): s is number => s !== undefined);
  const satisfied = modules.filter((m, i) => moduleSatisfied({ read: read[i]!, hasQuiz: m.hasQuiz, passed: hasPassed(attempts, m.id) })).length;
  return {
    completed: modules.length > 0 && read.every(Boolean),
    passed: quizzes.length > 0 && quizzes.every((m) => hasPassed(attempts, m.id)),
    scaled: best.length ? Math.round((best.reduce((a, b) => a + b, 0) / best.length) * 10_000) / 10_000 : null,
    progressMeasure: modules.length ? Math.round((satisfied / modules.length) * 10_000) / 10_000 : 0,
  };
}
