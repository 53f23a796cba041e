import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { useFormatters } from '../../ui/use-formatters';
import { getReviews } from './hr-reports-api';
import { useHrContext } from './hr-context';
import { TableScroll } from './table-scroll';
import { useHrResource } from './use-hr-resource';

/** Whether the course stuck: per module, completion beside retention in review, and who has reviews overdue. */
export function ReviewPanel() {
  const { t, i18n } = useTranslation('hr');
  const f = useFormatters();
  const { expire } = useHrContext();
  const reviews = useHrResource('reviews', (signal) => getReviews(signal), expire);
  const titles = new Map(courseModules(i18n.language as Locale).map((m) => [m.id, m.title]));
  const data = reviews.data;
  return (
    <section className="hr-panel hr-reviews" aria-labelledby="hr-reviews-title">
      <h2 id="hr-reviews-title">{t('reviews.title')}</h2>
      <p className="hint">{t('reviews.intro')}</p>
      {reviews.error ? (
        // The matrix above carries the page's alerts; this panel's state is plain text beside it.
        <p>{t('reviews.failed')}</p>
      ) : !data ? (
        <p>{t('matrix.loading')}</p>
      ) : (
        <>
          {data.pending ? <p className="hint">{t('reviews.pending', { count: data.pending, formatted: f.number(data.pending) })}</p> : null}
          <TableScroll label={t('reviews.tableLabel')}>
            <table className="hr-table">
              <caption>{t('reviews.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reviews.module')}</th>
                  <th scope="col">{t('reviews.completed')}</th>
                  <th scope="col">{t('reviews.retention')}</th>
                  <th scope="col">{t('reviews.answered')}</th>
                </tr>
              </thead>
              <tbody>
                {data.modules.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{titles.get(m.id) ?? m.id}</th>
                    <td className="num">{f.number(m.completed)}</td>
                    <td className="num">{m.retention.share === null ? t('reviews.noData') : f.ratio(m.retention.share)}</td>
                    <td className="num">{f.number(m.retention.answered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3>{t('reviews.overdueTitle')}</h3>
          {data.overdue.length === 0 ? (
            <p>{t('reviews.noneOverdue')}</p>
          ) : (
            <ul className="hr-reviews__overdue">
              {data.overdue.map((o) => (
                <li key={o.actorKey ?? o.employeeId}>
                  <Link to={paths.hrTrainee.href(o.actorKey ?? o.employeeId)}>{o.name || o.employeeId}</Link>{' '}
                  {t('reviews.overdueItem', { department: o.department, count: o.items, items: f.number(o.items), since: f.date(o.since) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
