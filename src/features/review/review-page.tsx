import { useState } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { dueCards, REVIEW_SESSION_SIZE, type ReviewCard } from '../../domain';
import { useReviewStore } from '../../stores/review-store';
import { useFormatters } from '../../ui/use-formatters';
import { CalendarButton } from './calendar-button';
import { FollowUpList } from './follow-up-list';
import type { QuestionViews } from './question-views';
import { ReviewLoadBoundary } from './review-load-boundary';
import { ReviewSession } from './review-session';
import { useReviewOverview } from './use-review-overview';
import { useSyncedDeck } from './use-synced-deck';
import './review.css';

/** `/review`: what is due today, a short session, the streak, the follow-up check-ins and the calendar. */
export function ReviewPage({ views }: { views: QuestionViews }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  useSyncedDeck();
  // The page's clock is read once per render pass; a finished session reads it afresh.
  const [now, setNow] = useState(() => new Date());
  const overview = useReviewOverview(i18n.language as Locale, now);
  const [session, setSession] = useState<ReviewCard[] | null>(null);
  const [finished, setFinished] = useState<{ right: number; total: number } | null>(null);

  const start = () => {
    setFinished(null);
    const at = new Date();
    setNow(at);
    setSession(dueCards(useReviewStore.getState().review, at, REVIEW_SESSION_SIZE));
  };

  return (
    <div className="page page--narrow review-page">
      <title>{`${t('review.title')} · ${t('app.name')}`}</title>
      <p className="eyebrow">
        <Link to={paths.home.href()}>{t('reader.backHome')}</Link>
      </p>
      <h1>{t('review.title')}</h1>
      {session ? (
        <ReviewLoadBoundary>
          <ReviewSession
            cards={session}
            views={views}
            now={() => new Date()}
            onDone={(result) => {
              setSession(null);
              setFinished(result);
              setNow(new Date());
            }}
          />
        </ReviewLoadBoundary>
      ) : (
        <section className="review-card" aria-labelledby="review-today">
          <h2 id="review-today">{t('review.today')}</h2>
          {finished && (
            <p className="review-card__done" role="status">
              {t('review.sessionDone', { right: f.number(finished.right), total: f.number(finished.total) })}
            </p>
          )}
          {overview.due > 0 ? (
            <>
              <p>{t('review.dueCount', { count: overview.due, number: f.number(overview.due) })}</p>
              <button type="button" className="button button--primary" onClick={start}>
                {t('review.start', { count: Math.min(overview.due, REVIEW_SESSION_SIZE), number: f.number(Math.min(overview.due, REVIEW_SESSION_SIZE)) })}
              </button>
            </>
          ) : overview.next ? (
            <p>{t('review.nothingDue', { date: f.date(overview.next) })}</p>
          ) : (
            <p>{t('review.emptyDeck')}</p>
          )}
          {overview.cards > 0 && (
            <p className="hint">
              {t('review.deckSize', { count: overview.cards, number: f.number(overview.cards) })}{' '}
              {t('review.streak', { count: overview.streak, number: f.number(overview.streak) })}
            </p>
          )}
        </section>
      )}
      <FollowUpList followUps={overview.followUps} />
      <CalendarButton followUps={overview.followUps} next={overview.next} />
    </div>
  );
}
