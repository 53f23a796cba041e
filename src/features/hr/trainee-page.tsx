import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { useFormatters } from '../../ui/use-formatters';
import { getTrainee, type TraineeDetail } from './hr-reports-api';
import { useHrContext } from './hr-context';
import { StatusChip } from './status-chip';
import { TableScroll } from './table-scroll';
import { Timeline } from './timeline';
import { useHrFormat } from './use-hr-format';
import { useHrResource } from './use-hr-resource';
import { IdentityAdminPanel } from './identity-admin-panel';

/** `/hr/trainees/:employeeId`: one trainee's details, progress by module and learning record. */
export function TraineePage() {
  const { employeeId = '' } = useParams();
  const { search } = useLocation();
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const { expire } = useHrContext();
  const detail = useHrResource(employeeId, (signal) => getTrainee(employeeId, signal), expire);
  // Only the answer for this address: while another trainee's loads, theirs is not shown as this one.
  const data = detail.loading ? undefined : detail.data;

  return (
    <>
      <p className="eyebrow">
        {/* The dashboard's filters came along in the query; they go back the same way. */}
        <Link to={paths.hr.href(search)}>← {t('trainee.back')}</Link>
      </p>
      {detail.error === 'not_found' ? (
        <>
          <title>{`${t('title')} · ${tApp('app.name')}`}</title>
          <p className="hr-panel" role="alert">
            {t('trainee.notFound', { id: employeeId })}
          </p>
        </>
      ) : detail.error ? (
        <div className="hr-panel load-error" role="alert">
          <p>{t('trainee.failed')}</p>
          <button type="button" className="button" onClick={detail.retry}>
            {t('retry')}
          </button>
        </div>
      ) : !data ? (
        <p className="hr-panel loading" role="status">
          {t('trainee.loading')}
        </p>
      ) : (
        <TraineeDetails detail={data} />
      )}
    </>
  );
}

function TraineeDetails({ detail }: { detail: TraineeDetail }) {
  const { t } = useTranslation('hr');
  const { t: tApp, i18n } = useTranslation();
  const format = useHrFormat();
  const f = useFormatters();
  const { trainee, row } = detail;
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : t('none'));
  const facts: [string, ReactNode][] = [
    [t('trainee.employeeId'), trainee.employeeId],
    [t('trainee.department'), trainee.department],
    [t('trainee.identity'), row.identity === 'self-declared' ? t('identity.selfDeclared') : row.identity === 'company' ? t('identity.company') : t('identity.unregistered')],
    [t('trainee.courseStatus'), <StatusChip key="status" status={row.status} />],
    [
      t('trainee.final'),
      row.final.attempts === 0
        ? t('matrix.finalNone')
        : `${row.final.passed ? t('matrix.finalPassed') : t('matrix.finalFailed')} · ${row.final.bestScore !== null ? t('matrix.best', { score: f.ratio(row.final.bestScore), count: row.final.attempts, formatted: f.number(row.final.attempts) }) : t('matrix.attempts', { count: row.final.attempts, formatted: f.number(row.final.attempts) })}`,
    ],
    [t('trainee.certificate'), row.certificate ? t('trainee.certificateIssued', { code: row.certificate.code, date: f.date(row.certificate.issuedAt) }) : t('matrix.noCertificate')],
    [t('trainee.registered'), when(trainee.registered)],
    [t('trainee.firstActivity'), when(row.firstActivity)],
    [t('trainee.lastActivity'), when(row.lastActivity)],
  ];
  // Every module of the course, begun or not, then any the server knows and this build does not.
  const courseIds = courseModules(i18n.language as Locale).map((m) => m.id);
  const moduleIds = [...courseIds, ...Object.keys(row.modules).filter((id) => !courseIds.includes(id))];

  return (
    <>
      <title>{`${trainee.name} · ${t('title')} · ${tApp('app.name')}`}</title>
      <h1>{trainee.name}</h1>
      <dl className="hr-panel hr-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {row.identity === 'self-declared' && <IdentityAdminPanel employeeId={trainee.employeeId} />}
      <section className="hr-panel" aria-labelledby="hr-modules-title">
        <h2 id="hr-modules-title">{t('trainee.modules')}</h2>
        <TableScroll label={t('trainee.modules')}>
          <table className="hr-table">
            <thead>
              <tr>
                <th scope="col">{t('trainee.module')}</th>
                <th scope="col">{t('trainee.status')}</th>
                <th scope="col">{t('trainee.bestScore')}</th>
                <th scope="col">{t('trainee.attempts')}</th>
                <th scope="col">{t('trainee.timeSpent')}</th>
                <th scope="col">{t('trainee.moduleLastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {moduleIds.map((id) => {
                const cell = row.modules[id];
                return (
                  <tr key={id}>
                    <th scope="row">{format.moduleTitle(id)}</th>
                    <td>
                      <StatusChip status={cell?.status ?? 'not_started'} />
                    </td>
                    <td className="num">{cell && cell.bestScore !== null ? f.ratio(cell.bestScore) : t('none')}</td>
                    <td className="num">{cell ? f.number(cell.attempts) : t('none')}</td>
                    <td className="num">{cell ? format.duration(cell.timeSpentMs) : t('none')}</td>
                    <td>{when(cell?.lastActivity ?? null)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <Timeline entries={detail.timeline} />
    </>
  );
}
