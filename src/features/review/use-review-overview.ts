import { useMemo } from 'react';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { completionFromStores, reviewOverview } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';
import { useReviewStore } from '../../stores/review-store';

/** The deck on the page's clock: what is due, the next date, the streak, the check-ins. */
export function useReviewOverview(locale: Locale, now: Date) {
  const progress = useProgressStore((s) => s.progress);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  const review = useReviewStore((s) => s.review);
  return useMemo(() => {
    const modules = courseModules(locale).map((m) => ({ id: m.id, slideIds: m.slides.map((s) => s.id), hasQuiz: Boolean(m.quiz) }));
    const completion = completionFromStores({ modules, progress, attempts });
    return { ...reviewOverview(review, now, completion.completedAt), completedAt: completion.completedAt };
  }, [locale, progress, attempts, review, now]);
}
