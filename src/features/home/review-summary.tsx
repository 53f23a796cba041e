import { lazy, Suspense } from 'react';
import { FINAL_ASSESSMENT } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';

// The card and the deck's rules load only for a trainee who has taken a quiz (the deck is built
// from quiz attempts), so a first visit to the home page carries none of it.
const ReviewSummaryCard = lazy(async () => ({ default: (await import('./review-summary-card')).ReviewSummaryCard }));

/** The home page's "Review" entry: what is due today, the next review date, open check-ins. */
export function ReviewSummary() {
  const hasDeck = useQuizStore((s) => s.quiz.attempts.some((a) => a.quizId !== FINAL_ASSESSMENT));
  if (!hasDeck) return null;
  return (
    <Suspense fallback={null}>
      <ReviewSummaryCard />
    </Suspense>
  );
}
