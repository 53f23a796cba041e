import {
  answerReview,
  effectiveAnswers,
  quizAnswersOf,
  resolveDrawnItems,
  scoreItem,
  syncDeck,
  type QuizAnswers,
  FINAL_ASSESSMENT,
} from '../domain';
import { loadQuizBank } from '../content/quiz-loader';
import { useQuizStore } from './quiz-store';
import { useReviewStore } from './review-store';

// This module brings the scheduler (ts-fsrs): it is imported lazily, by the review page and
// when a finished quiz attempt is not in the deck yet, never by the first page.

/** Takes every module quiz attempt not yet in the deck into it (scoring needs the banks). */
export async function syncReviewDeck(): Promise<void> {
  const seeded = new Set(useReviewStore.getState().review.seededAttempts);
  const attempts = useQuizStore.getState().quiz.attempts.filter((a) => a.quizId !== FINAL_ASSESSMENT && !seeded.has(a.id));
  if (attempts.length === 0) return;
  const banks = Object.fromEntries(await Promise.all([...new Set(attempts.map((a) => a.quizId))].map(async (id) => [id, await loadQuizBank(id)] as const)));
  const answers: QuizAnswers[] = [];
  for (const attempt of attempts) {
    const items = resolveDrawnItems(attempt.items, banks, attempt.quizId);
    const given = effectiveAnswers(items, attempt.answers);
    const score = (itemId: string) => {
      const entry = items.find((i) => i.key === itemId);
      return entry ? scoreItem(entry.item, given[itemId]).score : 0;
    };
    const entry = quizAnswersOf(attempt, score);
    if (entry) answers.push(entry);
  }
  // Earlier attempts (already in the deck) still tell which modules were passed before.
  const all = useQuizStore.getState().quiz.attempts;
  const passedEarlier = all.filter((a) => a.passed && seeded.has(a.id)).map((a): QuizAnswers => ({ attemptId: a.id, moduleId: a.quizId, passed: true, at: a.endedAt, items: [] }));
  useReviewStore.getState().apply((review) => syncDeck(review, [...passedEarlier, ...answers]));
}

/** Files one review answer: the scheduler moves the card to its next review. */
export function recordReviewAnswer(answer: { id: string; key: string; score: number; at: string; followUp?: string; response?: string }): void {
  useReviewStore.getState().apply((review) => answerReview(review, answer));
}
