import { useQuizStore } from '../stores/quiz-store';
import { useReviewStore } from '../stores/review-store';

const unseeded = () => {
  const seeded = new Set(useReviewStore.getState().review.seededAttempts);
  return useQuizStore.getState().quiz.attempts.some((a) => a.quizId !== 'final' && !seeded.has(a.id));
};

/**
 * Keeps the review deck up with the quizzes: when a finished module attempt is not in the deck,
 * the scheduler is loaded (its own chunk, never part of the first page) and takes it in. Runs at
 * start, for attempts made before the deck existed, and after each new attempt.
 */
export function syncReviewDeckWithQuizzes() {
  let running = false;
  const sync = () => {
    if (running || !unseeded()) return;
    running = true;
    import('../stores/review-scheduling')
      .then((m) => m.syncReviewDeck())
      .then(
        () => {
          running = false;
          sync(); // an attempt finished while the deck was syncing
        },
        (error: unknown) => {
          running = false; // tried again on the next change or start
          console.warn('review:', error);
        },
      );
  };
  sync();
  return useQuizStore.subscribe((s, prev) => s.quiz.attempts !== prev.quiz.attempts && sync());
}
