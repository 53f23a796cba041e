import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDueDates, setDueDate } from './hr-api';
import { useHrSaved } from './use-hr-saved';

/** Each department's due day: set or cleared by HR; those past their day are marked overdue. */
export function DueDatesPanel({ departments }: { departments: string[] }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const { data, failed, save } = useHrSaved('due-dates', (signal) => getDueDates(signal));
  const [department, setDepartment] = useState('');
  const [due, setDue] = useState('');

  return (
    <section className="hr-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('due.title')}</h2>
      <form className="hr-filters__grid" onSubmit={(e) => void save(e, department ? (csrf) => setDueDate(csrf, department, due) : undefined)}>
        <div className="hr-field">
          <label htmlFor={`${id}-department`}>{t('due.department')}</label>
          <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('due.choose')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-due`}>{t('due.day')}</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!department}>
            {t('due.save')}
          </button>
        </div>
      </form>
      {failed && <p role="alert">{t('due.failed')}</p>}
      {data && data.dueDates.length > 0 && (
        <ul aria-label={t('due.list')}>
          {data.dueDates.map((d) => (
            <li key={d.department}>
              {t(d.due < data.today ? 'due.overdueItem' : 'due.item', { department: d.department, due: d.due })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
