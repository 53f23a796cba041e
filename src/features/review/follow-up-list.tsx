import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { FollowUpId, FollowUpView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

export const followUpTitle = {
  'two-weeks': 'review.followUp.two-weeks',
  'one-month': 'review.followUp.one-month',
  'quarter-end': 'review.followUp.quarter-end',
} as const satisfies Record<FollowUpId, string>;

/** The three check-ins after the course, each with its date and what can be done now. */
export function FollowUpList({ followUps }: { followUps: FollowUpView[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <section className="review-card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('review.followUpsTitle')}</h2>
      {followUps.length === 0 ? (
        <p>{t('review.followUpsLater')}</p>
      ) : (
        <ul className="follow-ups">
          {followUps.map((x) => (
            <li key={x.id}>
              <strong>{t(followUpTitle[x.id])}</strong> <span>{f.date(`${x.date}T12:00:00`)}</span>{' '}
              {x.status === 'open' && (
                <Link className="button button--primary" to={paths.followUp.href(x.id)}>
                  {t('review.followUpOpen', { title: t(followUpTitle[x.id]) })}
                </Link>
              )}
              {x.status === 'upcoming' && <span className="badge">{t('review.followUpUpcoming')}</span>}
              {x.status === 'done' && x.done && <span className="badge">{t('review.followUpDone', { date: f.date(x.done.at) })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
