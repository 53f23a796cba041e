import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { FUNNEL_STAGES, type FunnelStage } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { BarChart } from './bar-chart';
import { TableScroll } from './table-scroll';
import { getSummary } from './hr-reports-api';
import { useHrContext } from './hr-context';
import { useHrResource } from './use-hr-resource';

const stageLabel = {
  not_started: 'charts.stages.not_started',
  reading: 'charts.stages.reading',
  read: 'charts.stages.read',
  passed: 'charts.stages.passed',
  certified: 'charts.stages.certified',
} as const satisfies Record<FunnelStage, string>;

/** `/hr/charts`: the funnel, completion and average score by department, and completions over time; a table behind each chart. */
export function ChartsPage() {
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const f = useFormatters();
  const { expire } = useHrContext();
  const summary = useHrResource('summary', (signal) => getSummary(signal), expire);
  const s = summary.data;

  return (
    <>
      <title>{`${t('charts.title')} · ${tApp('app.name')}`}</title>
      <p>
        <Link to={paths.hr.href()}>{t('trainee.back')}</Link>
      </p>
      <h1>{t('charts.title')}</h1>
      {summary.error ? (
        <div className="hr-panel load-error" role="alert">
          <p>{t('charts.failed')}</p>
          <button type="button" className="button" onClick={summary.retry}>
            {t('retry')}
          </button>
        </div>
      ) : !s ? (
        <p className="hr-panel loading" role="status">
          {t('charts.loading')}
        </p>
      ) : (
        <>
          <section className="hr-panel" aria-labelledby="chart-funnel">
            <h2 id="chart-funnel">{t('charts.funnel')}</h2>
            <BarChart title={t('charts.funnel')} max={Math.max(...FUNNEL_STAGES.map((st) => s.funnel[st]))} bars={FUNNEL_STAGES.map((st) => ({ label: t(stageLabel[st]), value: s.funnel[st], text: f.number(s.funnel[st]) }))} />
            <details>
              <summary>{t('charts.showTable')}</summary>
              <table className="hr-table">
                <caption className="visually-hidden">{t('charts.funnel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('charts.stage')}</th>
                    <th scope="col">{t('charts.trainees')}</th>
                  </tr>
                </thead>
                <tbody>
                  {FUNNEL_STAGES.map((st) => (
                    <tr key={st}>
                      <th scope="row">{t(stageLabel[st])}</th>
                      <td>{f.number(s.funnel[st])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
          <section className="hr-panel" aria-labelledby="chart-departments">
            <h2 id="chart-departments">{t('charts.departments')}</h2>
            <BarChart title={t('charts.departments')} max={1} bars={s.departments.map((d) => ({ label: d.department || t('none'), value: d.completion, text: f.ratio(d.completion) }))} />
            <details>
              <summary>{t('charts.showTable')}</summary>
              <TableScroll label={t('charts.departments')}>
                <table className="hr-table">
                  <caption className="visually-hidden">{t('charts.departments')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('matrix.department')}</th>
                      <th scope="col">{t('charts.trainees')}</th>
                      <th scope="col">{t('charts.completion')}</th>
                      <th scope="col">{t('charts.averageScore')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.departments.map((d) => (
                      <tr key={d.department}>
                        <th scope="row">{d.department || t('none')}</th>
                        <td>{f.number(d.trainees)}</td>
                        <td>{f.ratio(d.completion)}</td>
                        <td>{d.averageScore === null ? t('none') : f.ratio(d.averageScore)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </section>
          <section className="hr-panel" aria-labelledby="chart-time">
            <h2 id="chart-time">{t('charts.overTime')}</h2>
            {s.completions.length === 0 ? (
              <p>{t('charts.noCompletions')}</p>
            ) : (
              <>
                <BarChart title={t('charts.overTime')} max={s.completions.at(-1)!.total} bars={s.completions.map((c) => ({ label: f.date(`${c.day}T12:00:00Z`), value: c.total, text: f.number(c.total) }))} />
                <details>
                  <summary>{t('charts.showTable')}</summary>
                  <table className="hr-table">
                    <caption className="visually-hidden">{t('charts.overTime')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('charts.day')}</th>
                        <th scope="col">{t('charts.certified')}</th>
                        <th scope="col">{t('charts.total')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.completions.map((c) => (
                        <tr key={c.day}>
                          <th scope="row">{f.date(`${c.day}T12:00:00Z`)}</th>
                          <td>{f.number(c.count)}</td>
                          <td>{f.number(c.total)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
