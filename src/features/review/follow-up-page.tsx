import { useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { isFollowUpId } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { FollowUpForm } from './follow-up-form';
import { followUpTitle } from './follow-up-list';
import type { QuestionViews } from './question-views';
import { ReviewLoadBoundary } from './review-load-boundary';
import { useReviewOverview } from './use-review-overview';
import './review.css';

/** `/review/check-in/:followUpId`: a check-in after the course, open from its date on. */
export function FollowUpPage({ views }: { views: QuestionViews }) {
  const { followUpId } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const [now] = useState(() => new Date());
  const overview = useReviewOverview(i18n.language as Locale, now);
  const view = overview.followUps.find((x) => x.id === followUpId);
  const title = isFollowUpId(followUpId) ? t(followUpTitle[followUpId]) : t('errors.notFoundTitle');
  let body;
  if (!isFollowUpId(followUpId)) body = <p>{t('review.followUpUnknown')}</p>;
  else if (!view || !overview.completedAt) body = <p>{t('review.followUpsLater')}</p>;
  else if (view.status === 'upcoming') body = <p>{t('review.followUpOpensOn', { date: f.date(`${view.date}T12:00:00`) })}</p>;
  else
    body = (
      <ReviewLoadBoundary>
        <FollowUpForm followUpId={followUpId} seed={`${followUpId}:${overview.completedAt}`} done={view.done} views={views} />
      </ReviewLoadBoundary>
    );
  return (
    <div className="page page--narrow review-page">
      <title>{`${title} · ${t('app.name')}`}</title>
      <p className="eyebrow">
        <Link to={paths.review.href()}>{t('review.title')}</Link>
      </p>
      <h1>{title}</h1>
      {body}
    </div>
  );
}
