import type { QuizAttempt } from '../quiz/results';
import { FINAL_ASSESSMENT } from '../quiz/results';

/** One module quiz attempt as the deck sees it: when, whether it passed, each item's score. */
export interface QuizAnswers {
  attemptId: string;
  moduleId: string;
  passed: boolean;
  at: string;
  items: { itemId: string; score: number }[];
}

/**
 * Which answers of a quiz attempt enter the deck: every item once its module is passed (in this
 * attempt or an earlier one), and every item answered wrong or partly wrong along the way.
 * Items already in the deck are always taken, since a quiz answer is a retrieval too.
 */
export function enteringItems(attempt: QuizAnswers, modulePassedBefore: boolean, inDeck: (itemId: string) => boolean) {
  const passed = modulePassedBefore || attempt.passed;
  return attempt.items.filter((i) => passed || i.score < 1 || inDeck(i.itemId));
}

/**
 * A finished module attempt as quiz answers; `score` scores one drawn item (the caller has the
 * banks). The final assessment is left out: its items belong to the modules' decks already.
 */
export function quizAnswersOf(attempt: QuizAttempt, score: (itemId: string) => number): QuizAnswers | undefined {
  if (attempt.quizId === FINAL_ASSESSMENT) return undefined;
  return {
    attemptId: attempt.id,
    moduleId: attempt.quizId,
    passed: attempt.passed,
    at: attempt.endedAt,
    items: attempt.items.map((d) => ({ itemId: d.itemId, score: score(d.itemId) })),
  };
}
