import { useEffect, useMemo } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { completionFromStores, reviewOverview, FINAL_ASSESSMENT } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';
import { useReviewStore } from '../../stores/review-store';
import { useFormatters } from '../../ui/use-formatters';

/**
 * The "Review" card of the home page: what is due today, or when the next review is, and any
 * check-in now open. It reads stored dates only; the scheduler loads with the review page.
 */
export function ReviewSummaryCard() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const progress = useProgressStore((s) => s.progress);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  const review = useReviewStore((s) => s.review);
  const overview = useMemo(() => {
    const modules = courseModules(locale).map((m) => ({ id: m.id, slideIds: m.slides.map((s) => s.id), hasQuiz: Boolean(m.quiz) }));
    return reviewOverview(review, new Date(), completionFromStores({ modules, progress, attempts }).completedAt);
  }, [locale, progress, attempts, review]);
  useEffect(() => {
    // A quiz attempt not yet in the deck is taken in; the scheduler loads only then.
    const seeded = new Set(review.seededAttempts);
    if (!attempts.some((a) => a.quizId !== FINAL_ASSESSMENT && !seeded.has(a.id))) return;
    import('../../stores/review-scheduling')
      .then((m) => m.syncReviewDeck())
      .catch((error: unknown) => console.warn('review:', error));
  }, [attempts, review.seededAttempts]);
  if (overview.cards === 0 && overview.followUps.length === 0) return null;
  const open = overview.followUps.filter((x) => x.status === 'open').length;
  return (
    <section className="final-card review-summary" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title">{t('home.review.title')}</h2>
      <p>
        {overview.due > 0
          ? t('home.review.due', { count: overview.due, number: f.number(overview.due) })
          : overview.next
            ? t('home.review.nothingDue', { date: f.date(overview.next) })
            : t('home.review.empty')}
      </p>
      {open > 0 && <p>{t('home.review.checkIn', { count: open, number: f.number(open) })}</p>}
      <Link className={overview.due > 0 || open > 0 ? 'button button--primary' : 'button'} to={paths.review.href()}>
        {t('home.review.open')}
      </Link>
    </section>
  );
}
