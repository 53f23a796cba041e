import { useTranslation } from 'react-i18next';
import { ENDINGS, type CriterionStats, type EndingStats } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { endingLabel } from './labels';
import { TableScroll } from './table-scroll';
import { useRoleplayTitle } from './use-roleplay-titles';

const criterionLabel = {
  specific: 'items.criterionNames.specific',
  measurable: 'items.criterionNames.measurable',
  achievable: 'items.criterionNames.achievable',
  relevant: 'items.criterionNames.relevant',
  timeBound: 'items.criterionNames.timeBound',
} as const satisfies Record<CriterionStats['criterion'], string>;

/** Per SMART criterion, how many saved goals miss it. */
export function CriteriaTable({ criteria }: { criteria: readonly CriterionStats[] }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  return (
    <section aria-labelledby="hr-criteria-title">
      <h2 id="hr-criteria-title">{t('items.criteriaTitle')}</h2>
      <p>{t('items.criteriaIntro')}</p>
      {criteria.every((c) => c.goals === 0) ? (
        <p className="hr-panel hr-empty">{t('items.criteriaEmpty')}</p>
      ) : (
        <TableScroll label={t('items.criteriaTitle')} panel>
          <table className="hr-table">
            <caption className="visually-hidden">{t('items.criteriaTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('items.criterion')}</th>
                <th scope="col">{t('items.goals')}</th>
                <th scope="col">{t('items.missed')}</th>
                <th scope="col">{t('items.missRate')}</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.criterion}>
                  <th scope="row">{t(criterionLabel[c.criterion])}</th>
                  <td>{f.number(c.goals)}</td>
                  <td>{f.number(c.missed)}</td>
                  <td>{c.missRate === null ? t('none') : f.ratio(c.missRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Per role-play (by its title), how its finished runs ended. */
export function EndingsTable({ endings }: { endings: readonly EndingStats[] }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const title = useRoleplayTitle();
  return (
    <section aria-labelledby="hr-endings-title">
      <h2 id="hr-endings-title">{t('items.endingsTitle')}</h2>
      <p>{t('items.endingsIntro')}</p>
      {endings.length === 0 ? (
        <p className="hr-panel hr-empty">{t('items.endingsEmpty')}</p>
      ) : (
        <TableScroll label={t('items.endingsTitle')} panel>
          <table className="hr-table">
            <caption className="visually-hidden">{t('items.endingsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('items.roleplay')}</th>
                <th scope="col">{t('items.runs')}</th>
                {ENDINGS.map((e) => (
                  <th scope="col" key={e}>
                    {t(endingLabel[e])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {endings.map((r) => (
                <tr key={r.roleplayId}>
                  <th scope="row">{title(r.roleplayId)}</th>
                  <td>{f.number(r.runs)}</td>
                  {ENDINGS.map((e) => (
                    <td key={e}>{f.number(r.endings[e])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
