import { FINAL_ASSESSMENT } from '../../domain';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { ItemFlag } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { exportHref, getItems } from './hr-reports-api';
import { useHrContext } from './hr-context';
import { useHrFormat } from './use-hr-format';
import { useHrResource } from './use-hr-resource';
import { CriteriaTable, EndingsTable } from './practice-tables';
import { useItemText } from './use-item-text';
import './items.css';
import { TableScroll } from './table-scroll';

const flagLabel = {
  too_easy: 'items.flagNames.too_easy',
  too_hard: 'items.flagNames.too_hard',
  negative_discrimination: 'items.flagNames.negative_discrimination',
} as const satisfies Record<ItemFlag, string>;

/** `/hr/items`: per quiz item its attempts, facility, discrimination and options chosen, flagged where it needs a look. */
export function ItemsPage() {
  const { t, i18n } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const f = useFormatters();
  const format = useHrFormat();
  const { expire } = useHrContext();
  const items = useHrResource('items', (signal) => getItems(signal), expire);
  const text = useItemText();
  const quizName = (quizId: string) => (quizId === FINAL_ASSESSMENT ? t('items.final') : format.moduleTitle(quizId));
  // The full text and the stable id on hover: analysts join the exports on the ids.
  const tooltip = (full: string, id: string) => (full === id ? undefined : `${full}\n(${id})`);

  return (
    <>
      <title>{`${t('items.title')} · ${tApp('app.name')}`}</title>
      <p>
        <Link to={paths.hr.href()}>{t('trainee.back')}</Link>
      </p>
      <h1>{t('items.title')}</h1>
      <p className="lead">{t('items.intro')}</p>
      <nav className="hr-exports" aria-label={t('export.title')}>
        <a className="button button--small" href={exportHref.itemsCsv(i18n.language)} download>
          {t('export.csv')}
        </a>
        <a className="button button--small" href={exportHref.itemsXlsx(i18n.language)} download>
          {t('export.xlsx')}
        </a>
      </nav>
      {items.data?.pending ? (
        <p className="hint" role="status">
          {t('items.pending', { count: items.data.pending, formatted: f.number(items.data.pending) })}
        </p>
      ) : null}
      {items.error ? (
        <div className="hr-panel load-error" role="alert">
          <p>{t('items.failed')}</p>
          <button type="button" className="button" onClick={items.retry}>
            {t('retry')}
          </button>
        </div>
      ) : !items.data ? (
        <p className="hr-panel loading" role="status">
          {t('items.loading')}
        </p>
      ) : items.data.items.length === 0 ? (
        <p className="hr-panel hr-empty">{t('items.empty')}</p>
      ) : (
        <TableScroll label={t('items.title')} panel>
          <table className="hr-table">
            <caption className="visually-hidden">{t('items.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('items.quiz')}</th>
                <th scope="col">{t('items.item')}</th>
                <th scope="col">{t('items.attempts')}</th>
                <th scope="col">{t('items.facility')}</th>
                <th scope="col">{t('items.discrimination')}</th>
                <th scope="col">{t('items.options')}</th>
                <th scope="col">{t('items.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.items.map((i) => {
                const question = text.question(i.quizId, i.itemId);
                return (
                  <tr key={`${i.quizId}/${i.itemId}`}>
                    <td title={i.quizId}>{quizName(i.quizId)}</td>
                    <th scope="row" className="hr-item-question" title={tooltip(question.full, question.id)}>
                      {question.short}
                    </th>
                    <td>{f.number(i.attempts)}</td>
                    <td>{f.ratio(i.facility)}</td>
                    <td>{i.discrimination === null ? t('none') : f.number(Math.round(i.discrimination * 100) / 100)}</td>
                    <td>
                      <ul className="hr-item-options">
                        {Object.entries(i.options).map(([option, count]) => {
                          const label = text.answers(i.quizId, i.itemId, option)[0] ?? { id: option, short: option, full: option };
                          return (
                            <li key={option} title={tooltip(label.full, label.id)}>
                              {t('items.optionCount', { option: label.short, n: f.number(count) })}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td>{i.flags.map((flag) => t(flagLabel[flag])).join(' · ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {items.data?.criteria && <CriteriaTable criteria={items.data.criteria} />}
      {items.data?.endings && <EndingsTable endings={items.data.endings} />}
    </>
  );
}
